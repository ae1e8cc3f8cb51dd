import type { Phrases } from './types.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { kk } from './kk.ts';
import { ky } from './ky.ts';
import { tg } from './tg.ts';
import { tk } from './tk.ts';
import { uz } from './uz.ts';

export type { Phrases, Tense, Day, DateForm } from './types.ts';

/** Every language the generators write: the seven of the interface. */
export const PHRASES: Record<string, Phrases> = { en, ru, kk, ky, tg, tk, uz };

/**
 * The language a publication asked for in `language` is written in: itself, its base language
 * (uz-Cyrl → uz), else Russian, the region's lingua franca; the text then says so.
 */
export function writingLanguage(language: string): string {
  const base = language.split('-')[0]!;
  return [language, base, 'ru'].find((l) => l in PHRASES)!;
}
