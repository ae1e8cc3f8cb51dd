import { CATALOGS, INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../src/shared/i18n/translate.ts';

/**
 * The messages of other languages' catalogs distinctive enough to betray them in a text meant for
 * `lang`: whole messages with no argument, of some length, that `lang`'s own catalog does not share.
 */
export function foreignMessages(lang: InterfaceLanguage): { from: string; text: string }[] {
  const own = CATALOGS[lang];
  const ownTexts = new Set(Object.values(own));
  const out: { from: string; text: string }[] = [];
  for (const other of INTERFACE_LANGUAGES) {
    if (other === lang || (lang.startsWith('uz') && other.startsWith('uz'))) continue;
    for (const [key, message] of Object.entries(CATALOGS[other])) {
      if (key.startsWith('language.') || /[{}<]/.test(message) || message.length < 8) continue;
      if (ownTexts.has(message) || [...ownTexts].some((t) => t.includes(message))) continue;
      out.push({ from: `${other} ${key}`, text: message });
    }
  }
  return out;
}
