import { useI18n } from '../i18n/i18n-context.tsx';

/** A content language's name in the reader's interface language ("ru" → "Russian", «русский»). */
export function useLanguageName(): (tag: string) => string {
  const { lang } = useI18n();
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return (tag) => names.of(tag) ?? tag;
}
