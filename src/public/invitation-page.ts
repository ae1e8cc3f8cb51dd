import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvitationToken } from '../shared/contracts/convening.ts';
import { AppError } from '../shared/errors.ts';
import { readFileSync } from 'node:fs';
import { createTranslator, isUiLanguage, type UiLanguage } from '../shared/i18n/translate.ts';
import { localize } from '../shared/multilingual.ts';
import { mailLanguage, whenText } from '../server/convening/invitation-mail.ts';
import { checkInvitation, respond } from '../server/convening/respond.ts';
import { calendarFeed } from '../server/convening/calendar-feed.ts';
import type { Deps } from '../server/deps.ts';
import { escape, page } from './html.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * The web app's design system (its tokens and button kinds) inlined, so the page an e-mail opens looks
 * like the app it leads to, with no script and no asset request. The CSP hashes inline styles.
 */
const DESIGN = ['tokens.css', 'buttons.css']
  .map((f) => readFileSync(new URL(`../web/styles/${f}`, import.meta.url), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '');
const PAGE_STYLE = `<style>${DESIGN}
body{font-family:var(--font-sans);background:var(--color-wash);color:var(--color-ink)}
main .card{background:var(--color-paper);border:1px solid var(--color-line);border-radius:var(--radius-l);padding:var(--space-5);margin:var(--space-5) 0}
main h1{font-size:var(--text-2xl);line-height:var(--leading-tight)}
main form{display:flex;flex-wrap:wrap;gap:var(--space-3);margin-top:var(--space-4)}
.lead{color:var(--color-muted)}</style>`;

/** The interface language the app opens in after this page; a reader's own earlier choice stands. */
function rememberLanguage(req: FastifyRequest, reply: FastifyReply, lang: UiLanguage) {
  if (!/(?:^|;\s*)ed_lang=/.test(req.headers.cookie ?? ''))
    reply.header('set-cookie', `ed_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`);
}

function render(reply: FastifyReply, status: number, lang: UiLanguage, title: string, main: string) {
  const t = createTranslator(lang);
  return reply
    .code(status)
    .type(HTML)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(
      page({
        lang,
        title,
        description: title,
        canonical: '/',
        head: `<meta name="robots" content="noindex">${PAGE_STYLE}`,
        header: `<a class="brand" href="/">${escape(t('app.name'))}</a>`,
        footer: '',
        main,
      }),
    );
}

const invitationLanguage = (stored: string | null, d: Parameters<typeof mailLanguage>[0]): UiLanguage =>
  isUiLanguage(stored) ? stored : mailLanguage(d);

/** A link's state as a page: why it no longer works, and that nothing changed. */
function refused(reply: FastifyReply, state: 'unknown' | 'used' | 'expired') {
  const t = createTranslator('en');
  const ru = createTranslator('ru');
  const status = state === 'unknown' ? 404 : 410;
  return render(
    reply,
    status,
    'en',
    t('invitation.title'),
    `<h1>${escape(t('invitation.title'))}</h1><p>${escape(t(`invitation.${state}`))}</p><p lang="ru">${escape(ru(`invitation.${state}`))}</p>`,
  );
}

/**
 * What links in messages open. An invitation: the dialogue, its time in the host's zone and the
 * invitee's, and two buttons; a plain form post answers, so it works in any mail client's browser,
 * without script. A private calendar feed. The token in the path is the credential; nothing here is
 * cached by others or indexed.
 */
export function mountInvitationPages(app: FastifyInstance, deps: Deps): void {
  void app.register(async (fastify) => {
    // The answer comes as a plain HTML form post; only these pages take that encoding.
    fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
      done(null, body),
    );
    const token = (req: FastifyRequest) => InvitationToken.safeParse(req.params).data?.token;
    fastify.get('/invitations/:token', async (req, reply) => {
      const tk = token(req);
      const check = tk ? await checkInvitation(deps.db, tk, deps.clock()) : { state: 'unknown' as const };
      if (check.state !== 'open') return refused(reply, check.state);
      // The language the e-mail went in, from the first page on: no switch after answering.
      const lang = invitationLanguage(check.invitation.language, check.dialogue);
      const t = createTranslator(lang);
      const title = localize(check.dialogue.title, [lang, 'en', 'ru']).text;
      rememberLanguage(req, reply, lang);
      return render(
        reply,
        200,
        lang,
        t('invitation.title'),
        `<div class="card"><p class="lead">${escape(t('invitation.lead'))}</p><h1>${escape(title)}</h1>
  <p>${escape(whenText(check.dialogue, check.invitation.zone, lang))}</p>
  <form method="post"><button class="button-primary" name="response" value="accepted">${escape(t('invitation.accept'))}</button><button class="button-secondary" name="response" value="declined">${escape(t('invitation.decline'))}</button></form></div>`,
      );
    });
    fastify.get<{ Params: { file: string } }>('/calendar/:file', async (req, reply) => {
      const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(req.params.file)?.[1];
      const body = token ? await calendarFeed(deps, token) : null;
      if (!body) return reply.code(404).type('text/plain; charset=utf-8').send('No such calendar.\n');
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-cache').send(body);
    });
    fastify.post('/invitations/:token', async (req, reply) => {
      const tk = token(req);
      const body = req.body as Record<string, unknown> | string | undefined;
      const value = typeof body === 'string' ? new URLSearchParams(body).get('response') : body?.response;
      if (!tk || (value !== 'accepted' && value !== 'declined')) return refused(reply, 'unknown');
      let accountToken: string | null = null;
      let hasAccount = false;
      const before = await checkInvitation(deps.db, tk, deps.clock());
      const lang =
        before.state === 'open' ? invitationLanguage(before.invitation.language, before.dialogue) : ('en' as const);
      let dialogueId = '';
      try {
        ({ accountToken, hasAccount, dialogueId } = await respond(deps, { token: tk, response: value }));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const check = await checkInvitation(deps.db, tk, deps.clock());
        return refused(reply, check.state === 'open' ? 'unknown' : check.state);
      }
      const t = createTranslator(lang);
      rememberLanguage(req, reply, lang);
      // One who has an account (the invitation went to its address) signs in and lands on the dialogue.
      const account = accountToken
        ? `<p><a class="button-primary" href="/setup-account/${accountToken}">${escape(t('invitation.createAccount'))}</a></p>`
        : hasAccount && value === 'accepted'
          ? `<p><a class="button-primary" href="/sign-in?next=${encodeURIComponent(`/dialogues/${dialogueId}`)}">${escape(t('invitation.signIn'))}</a></p>`
          : '';
      return render(
        reply,
        200,
        lang,
        t('invitation.title'),
        `<div class="card"><h1>${escape(t('invitation.title'))}</h1><p>${escape(t(value === 'accepted' ? 'invitation.thanksAccepted' : 'invitation.thanksDeclined'))}</p>${account}</div>`,
      );
    });
  });
}
