import { nativeLanguageName } from '../../shared/i18n/native-names.ts';

/** A language's name, in that language ("ru" → «Русский», "kk" → «Қазақша»), the same for every reader. */
export function useLanguageName(): (tag: string) => string {
  return nativeLanguageName;
}
