import type { Catalog } from './messages-en.ts';

/*
 * Catalogs that grow over time. A missing message falls back to Russian, then English.
 * Only messages a speaker of the language has checked belong here.
 */
const names = {
  'language.en': 'English', 'language.ru': 'Русский', 'language.kk': 'Қазақша', 'language.ky': 'Кыргызча',
  'language.tg': 'Тоҷикӣ', 'language.tk': 'Türkmençe', 'language.uz': 'Oʻzbekcha',
} as const;

export const kk: Catalog = { ...names, 'nav.dialogues': 'Диалогтар', 'auth.signIn': 'Кіру', 'auth.signOut': 'Шығу' };
export const ky: Catalog = { ...names, 'nav.dialogues': 'Диалогдор', 'auth.signIn': 'Кирүү', 'auth.signOut': 'Чыгуу' };
export const tg: Catalog = { ...names, 'nav.dialogues': 'Муколамаҳо', 'auth.signIn': 'Воридшавӣ', 'auth.signOut': 'Баромад' };
export const tk: Catalog = { ...names, 'nav.dialogues': 'Dialoglar', 'auth.signIn': 'Girmek', 'auth.signOut': 'Çykmak' };
export const uz: Catalog = { ...names, 'nav.dialogues': 'Muloqotlar', 'auth.signIn': 'Kirish', 'auth.signOut': 'Chiqish' };
