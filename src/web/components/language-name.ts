import { fallbackChain } from '../../shared/i18n/translate.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * A content language's name in the reader's interface language ("ru" → "Russian", «русский»). Where
 * the browser has no names in that language (Chromium has none in Kazakh), the fallback languages
 * name it, as the interface's own messages fall back.
 */
export function useLanguageName(): (tag: string) => string {
  const { lang } = useI18n();
  const namers = fallbackChain(lang).map((l) => new Intl.DisplayNames([l], { type: 'language', fallback: 'none' }));
  return (tag) => {
    for (const names of namers) {
      const name = names.of(tag);
      if (name && name !== tag) return name;
    }
    return tag;
  };
}
