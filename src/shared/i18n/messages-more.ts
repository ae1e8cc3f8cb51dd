import type { Catalog } from './messages-en.ts';
import { LANGUAGE_NAMES } from './language-names.ts';
import { clearanceKk, clearanceKy, clearanceTg, clearanceTk, clearanceUz } from './messages-clearance.ts';
import { bindingsKk, bindingsKy, bindingsTg, bindingsTk, bindingsUz } from './messages-bindings.ts';
import { usersKk, usersKy, usersTg, usersTk, usersUz } from './messages-users.ts';
import {
  institutionsKk,
  institutionsKy,
  institutionsTg,
  institutionsTk,
  institutionsUz,
} from './messages-institutions.ts';
import { accountKk, accountKy, accountTg, accountTk, accountUz } from './messages-account.ts';

/*
 * Catalogs that grow over time. A missing message falls back to Russian, then English.
 * These few were written for a start and await review by speakers of each language.
 */
export const kk: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceKk,
  ...bindingsKk,
  ...usersKk,
  ...institutionsKk,
  ...accountKk,
  'nav.dialogues': 'Диалогтар',
  'auth.signIn': 'Кіру',
  'auth.signOut': 'Шығу',
};
export const ky: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceKy,
  ...bindingsKy,
  ...usersKy,
  ...institutionsKy,
  ...accountKy,
  'nav.dialogues': 'Диалогдор',
  'auth.signIn': 'Кирүү',
  'auth.signOut': 'Чыгуу',
};
export const tg: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceTg,
  ...bindingsTg,
  ...usersTg,
  ...institutionsTg,
  ...accountTg,
  'nav.dialogues': 'Муколамаҳо',
  'auth.signIn': 'Воридшавӣ',
  'auth.signOut': 'Баромад',
};
export const tk: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceTk,
  ...bindingsTk,
  ...usersTk,
  ...institutionsTk,
  ...accountTk,
  'nav.dialogues': 'Dialoglar',
  'auth.signIn': 'Girmek',
  'auth.signOut': 'Çykmak',
};
export const uz: Catalog = {
  ...LANGUAGE_NAMES,
  ...clearanceUz,
  ...bindingsUz,
  ...usersUz,
  ...institutionsUz,
  ...accountUz,
  'nav.dialogues': 'Muloqotlar',
  'auth.signIn': 'Kirish',
  'auth.signOut': 'Chiqish',
};
