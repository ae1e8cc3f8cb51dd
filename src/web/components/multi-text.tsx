import type { MultiText as MultiTextValue } from '../../shared/multilingual.ts';
import { localize } from '../../shared/localize.ts';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';

/**
 * A multilingual field in the reader's language, or its original labelled with its language. Where the
 * reader's language is missing, a block of text (`as` p or blockquote) offers the versions that exist;
 * `status` (for insiders) shows whether the version shown is the original or a translation, checked
 * or not.
 */
export function MultiText({
  value,
  as: Tag = 'span',
  status = false,
}: {
  value: MultiTextValue | null | undefined;
  as?: 'span' | 'p' | 'blockquote';
  status?: boolean;
}) {
  const { prefer, t } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  if (!value) return null;
  const preferred = localize(value, prefer);
  const shown =
    chosen && value.texts[chosen]
      ? { text: value.texts[chosen].text, lang: chosen, fallback: chosen === value.original }
      : preferred;
  const others = preferred.fallback && Tag !== 'span' ? Object.keys(value.texts).filter((l) => l !== shown.lang) : [];
  const version = value.texts[shown.lang];
  const state =
    shown.lang === value.original
      ? 'original'
      : version?.by === 'machine'
        ? version.checked
          ? 'machineChecked'
          : 'machineUnchecked'
        : version?.checked
          ? 'checked'
          : 'unchecked';
  return (
    <>
      <Tag lang={shown.lang}>{shown.text}</Tag>
      {shown.fallback && (
        <span className="badge badge-lang" title={t('common.untranslated')}>
          {t('common.originalBadge', { lang: nativeLanguageName(shown.lang) })}
        </span>
      )}
      {status && <span className={`badge badge-translation-${state}`}>{t(`languages.status.${state}`)}</span>}
      {others.length > 0 && (
        <span className="versions muted">
          {' '}
          {t('languages.alsoIn')}{' '}
          {others.map((l) => (
            <button
              key={l}
              type="button"
              className="button-quiet"
              lang={l}
              aria-label={t('languages.showVersion', { lang: nativeLanguageName(l) })}
              onClick={() => setChosen(l)}
            >
              {nativeLanguageName(l)}
            </button>
          ))}
        </span>
      )}
    </>
  );
}

/** An option naming content (a person, an institution), marked with the language its name is shown in. */
export function ContentOption({
  value,
  name,
  prefix = '',
}: {
  value: string;
  name: MultiTextValue | null | undefined;
  /** What stands before the name in every language, such as a document's symbol. */
  prefix?: string;
}) {
  const { prefer } = useI18n();
  const shown = name ? localize(name, prefer) : null;
  return (
    <option value={value} lang={shown?.lang}>
      {prefix}
      {shown?.text ?? ''}
    </option>
  );
}

/** A name or title in the reader's language, marked with its language, without badges: for lists and checklists. */
export function ContentText({ value }: { value: MultiTextValue | null | undefined }) {
  const { prefer } = useI18n();
  if (!value) return null;
  const shown = localize(value, prefer);
  return <span lang={shown.lang}>{shown.text}</span>;
}

const SLOT = '\u2063';

/**
 * A sentence of the catalog with content in it ("Follow-up: {name}"): the message is asked for with a
 * placeholder, and the content (a `ContentText`, marked with its own language) stands where it was.
 */
export function Sentence({ message, children }: { message: (slot: string) => string; children: ReactNode }) {
  const [before, after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}

/** The same, as a plain string (for attributes and sorting). */
export function useText(): (value: MultiTextValue | null | undefined) => string {
  const { prefer } = useI18n();
  return (value) => (value ? localize(value, prefer).text : '');
}

/** Compares two names as the reader's language sorts them (Kazakhstan before Kyrgyzstan, in any script). */
export function useCollator(): (a: string, b: string) => number {
  const { lang } = useI18n();
  return (a, b) => collatorOf(lang).compare(a, b);
}

const collators = new Map<string, Intl.Collator>();
/** Made once per language, when first asked to compare: a phone takes a long moment to make one. */
function collatorOf(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator)
    collators.set(lang, (collator = new Intl.Collator([lang, 'ru', 'en'], { sensitivity: 'base', numeric: true })));
  return collator;
}
