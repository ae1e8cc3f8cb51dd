import type { FastifyRequest } from 'fastify';
import {
  contentPreference,
  createTranslator,
  type InterfaceLanguage,
  type Translate,
} from '../../shared/i18n/translate.ts';
import type { Deps } from '../deps.ts';
import { readRecordForPage } from '../dialogues/read-for-page.ts';
import { chromeHtml } from './chrome.ts';
import { dialogueHeading } from './dialogue-heading.ts';
import type { IndexPage } from './index-page.ts';
import { appLanguage } from './reader-language.ts';

/** A dialogue's page, as early-reads.ts and the app's router know it. */
export const DIALOGUE_PAGE = /^\/dialogues\/([^/]+)\/?$/i;

const translators = new Map<InterfaceLanguage, Translate>();
const translatorOf = (lang: InterfaceLanguage): Translate => {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createTranslator(lang)));
  return t;
};

/**
 * What index.html carries for a dialogue's page, so its heading paints before any script has run: the
 * chrome and the top of the page, the title and description, in the language the app will choose.
 * Drawn from the record the API would answer this reader, and null wherever it would answer 404 — the
 * reader then gets index.html as it is, the same bytes as for an id that does not exist.
 */
export async function dialoguePage(deps: Deps, req: FastifyRequest, path: string): Promise<IndexPage | null> {
  const id = DIALOGUE_PAGE.exec(path)?.[1];
  if (!id) return null;
  const record = await readRecordForPage(deps, req.actor, id);
  if (!record) return null;
  const asked = new URLSearchParams(req.url.slice(path.length)).get('lang');
  const lang = appLanguage(asked, req.cookies.ed_lang, req.headers['accept-language']);
  const t = translatorOf(lang);
  const user = req.actor.user;
  const heading = dialogueHeading(record, { t, prefer: contentPreference(lang), user });
  return {
    lang,
    title: heading.title ? `${heading.title} — ${t('app.name')}` : t('app.name'),
    description: heading.description || t('chrome.description'),
    root: chromeHtml({ t, lang, user, path, main: heading.html }),
  };
}
