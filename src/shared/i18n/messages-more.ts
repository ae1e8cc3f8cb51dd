import type { Catalog } from './messages-en.ts';
import { LANGUAGE_NAMES } from './language-names.ts';
import { clearanceKk, clearanceKy, clearanceTg, clearanceTk, clearanceUz } from './messages-clearance.ts';
import { bindingsKk, bindingsKy, bindingsTg, bindingsTk, bindingsUz } from './messages-bindings.ts';
import { accountKk, accountKy, accountTg, accountTk, accountUz } from './messages-account.ts';

/*
 * Catalogs that grow over time. A missing message falls back to Russian, then English.
 * These few were written for a start and await review by speakers of each language.
 */
export const kk: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceKk,
  ...bindingsKk,
  ...accountKk,
  'nav.dialogues': 'Диалогтар',
  'auth.signIn': 'Кіру',
  'auth.signOut': 'Шығу',
};
export const ky: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceKy,
  ...bindingsKy,
  ...accountKy,
  'nav.dialogues': 'Диалогдор',
  'auth.signIn': 'Кирүү',
  'auth.signOut': 'Чыгуу',
};
export const tg: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceTg,
  ...bindingsTg,
  ...accountTg,
  'nav.dialogues': 'Муколамаҳо',
  'auth.signIn': 'Воридшавӣ',
  'auth.signOut': 'Баромад',
};
export const tk: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceTk,
  ...bindingsTk,
  ...accountTk,
  'nav.dialogues': 'Dialoglar',
  'auth.signIn': 'Girmek',
  'auth.signOut': 'Çykmak',
};
export const uz: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceUz,
  ...bindingsUz,
  ...accountUz,
  'nav.dialogues': 'Muloqotlar',
  'auth.signIn': 'Kirish',
  'auth.signOut': 'Chiqish',
};
