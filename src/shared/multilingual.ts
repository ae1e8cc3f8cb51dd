import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** BCP 47 tags as used here: a language, optionally a script (`kk-Latn`, `uz-Cyrl`). */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'expected a language tag such as en, ru, kk-Latn')
  .meta({ id: 'LanguageTag', examples: ['en', 'ru', 'kk-Latn', 'uz-Cyrl'] });
export type LanguageTag = z.infer<typeof LanguageTag>;

export { UI_LANGUAGES } from './languages.ts';
export { localize, type Localized } from './localize.ts';

const translation = (max: number) =>
  z.strictObject({
    text: z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`),
    /** A person has read this translation against the original. The original itself counts as checked. */
    checked: z.boolean().default(false),
    /** Who made it: a machine translation says so; a version without `by` was written by a person. */
    by: z.enum(['human', 'machine']).optional(),
  });

/**
 * A human-readable text in several languages: the language it was written in, and every
 * version of it. The original must be among the versions.
 */
const multilingualOf = (max: number) =>
  z
    .strictObject({
      original: LanguageTag,
      texts: z.record(LanguageTag, translation(max)),
    })
    .check((ctx) => {
      const langs = Object.keys(ctx.value.texts);
      if (!langs.includes(ctx.value.original)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['texts'],
          message: `must hold the original language "${ctx.value.original}"`,
        });
      }
      if (langs.length > LIMITS.translationsPerField) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['texts'],
          message: `at most ${LIMITS.translationsPerField} languages`,
        });
      }
    });

export const MultiText = multilingualOf(LIMITS.shortText).meta({
  id: 'MultiText',
  description: 'A short text in several languages.',
});
export const MultiLongText = multilingualOf(LIMITS.longText).meta({
  id: 'MultiLongText',
  description: 'A long text in several languages.',
});
export type MultiText = z.infer<typeof MultiText>;

/** Builds a multilingual value from plain strings; the first language given is the original. */
export function ml(texts: Record<string, string>, original?: string): MultiText {
  const entries = Object.entries(texts);
  const first = original ?? entries[0]?.[0];
  if (!first) throw new Error('ml() needs at least one text');
  return {
    original: first,
    texts: Object.fromEntries(entries.map(([lang, text]) => [lang, { text, checked: lang === first }])),
  };
}
