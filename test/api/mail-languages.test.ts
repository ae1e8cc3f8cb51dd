import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { users } from '../../src/server/db/schema.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { orgId } from '../../src/server/demo/directory-data.ts';
import { nextDigestAt, scheduleDigest } from '../../src/server/tracker/digest.ts';
import { greeting } from '../../src/server/convening/mail-language.ts';
import { createTranslator, type UiLanguage } from '../../src/shared/i18n/translate.ts';
import { ml, UI_LANGUAGES } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { foreignMessages } from '../support/foreign-messages.ts';
import { createDialogue } from '../support/dialogue.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const NAMES: Record<UiLanguage, string> = {
  en: 'Alice Grant',
  ru: 'Анна Смирнова',
  kk: 'Айгүл Сәрсенова',
  ky: 'Айжан Токтогулова',
  tg: 'Фарҳод Назаров',
  tk: 'Aýna Orazowa',
  uz: 'Dilnoza Karimova',
};

/**
 * Every e-mail the platform sends, in each interface language, read over real SMTP: the invitation,
 * the notice of a changed time, the reminder, the password reset, the secretariat's sign-in alert
 * and the focal points' weekly digest. Each reads in its recipient's language from the greeting on, with no message of another
 * language's catalog in it.
 */
for (const backend of BACKENDS) {
  describe(`every e-mail in every language (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let now = new Date('2026-04-01T08:00:00Z');
    const address = (kind: string, lang: UiLanguage) => `${kind}.${lang}@mail.example`;
    const to = (recipient: string) =>
      box.received.filter((m) => m.to && 'text' in m.to && m.to.text.includes(recipient));
    const assertIn = (lang: UiLanguage, mail: ParsedMail | undefined, what: string) => {
      assert.ok(mail, `${lang}: a ${what}`);
      const text = `${mail.subject ?? ''}\n${mail.text ?? ''}`;
      const leaked = foreignMessages(lang).filter((m) => text.includes(m.text));
      assert.deepEqual(
        leaked.map((m) => m.from),
        [],
        `${lang} ${what}: ${leaked.map((m) => m.text).join(' | ')}`,
      );
    };

    /** An account at `address(kind, lang)` whose stored interface language is `lang`. */
    const account = async (kind: string, lang: UiLanguage, role: string, personId?: string) => {
      const made = await t.call('POST', '/api/v1/users', {
        as: 'admin',
        body: { email: address(kind, lang), password: 'a long enough passphrase', role, personId },
      });
      assert.equal(made.statusCode, 201, made.body);
      await t.deps.db
        .update(users)
        .set({ locale: lang })
        .where(eq(users.email, address(kind, lang)));
    };

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, {
        clock: () => now,
        config: { smtpUrl: box.url, signInAlertFailures: 3 },
      });
    });
    after(async () => {
      await t.close();
      await box.close();
    });

    test('invitations, a changed time and the reminder, each in the invitation’s language', async () => {
      const dialogueId = await createDialogue(t);
      for (const lang of UI_LANGUAGES) {
        const person = await t.call('POST', '/api/v1/people', {
          as: 'admin',
          body: { name: ml({ [lang]: NAMES[lang] }, lang), positions: [] },
        });
        assert.equal(person.statusCode, 201, person.body);
        const invited = await t.call('POST', `/api/v1/dialogues/${dialogueId}/invitations`, {
          as: 'admin',
          body: { personId: person.json().id, role: 'delegate', email: address('invitee', lang), language: lang },
        });
        assert.equal(invited.statusCode, 201, invited.body);
      }
      await box.waitFor(UI_LANGUAGES.length);

      const { version } = (await t.call('GET', `/api/v1/dialogues/${dialogueId}`, { as: 'admin' })).json().dialogue;
      const moved = await t.call('PATCH', `/api/v1/dialogues/${dialogueId}`, {
        as: 'admin',
        body: {
          version,
          startsAt: { date: '2026-04-15', time: '11:00', zone: 'Asia/Almaty' },
          endsAt: { date: '2026-04-15', time: '13:00', zone: 'Asia/Almaty' },
        },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      await box.waitFor(2 * UI_LANGUAGES.length);

      now = new Date('2026-04-14T06:30:00Z'); // past the moment a day before the new start
      await runDueJobs(t.deps, JOB_HANDLERS);
      await box.waitFor(3 * UI_LANGUAGES.length);

      for (const lang of UI_LANGUAGES) {
        const mails = to(address('invitee', lang));
        assert.equal(mails.length, 3, `${lang}: ${mails.map((m) => m.subject).join(' | ')}`);
        const hello = greeting(createTranslator(lang), NAMES[lang]);
        for (const [i, what] of ['invitation', 'change notice', 'reminder'].entries()) {
          assertIn(lang, mails[i], what);
          assert.ok(mails[i]!.text?.startsWith(hello), `${lang} ${what} opens with “${hello}”: ${mails[i]!.text}`);
        }
      }
    });

    test('a password reset in the account’s own language', async () => {
      for (const lang of UI_LANGUAGES) {
        await account('account', lang, 'member');
        const asked = await t.call('POST', '/api/v1/password-reset', { body: { email: address('account', lang) } });
        assert.equal(asked.statusCode, 202, asked.body);
      }
      const before = box.received.length;
      await runDueJobs(t.deps, JOB_HANDLERS);
      await box.waitFor(before + UI_LANGUAGES.length);
      for (const lang of UI_LANGUAGES) {
        const [mail] = to(address('account', lang));
        assertIn(lang, mail, 'password reset');
        assert.equal(mail!.subject, createTranslator(lang)('reset.subject'));
      }
    });

    test('the sign-in alert reaches each admin in their own language', async () => {
      for (const lang of UI_LANGUAGES) {
        await account('admin', lang, 'admin');
      }
      for (const host of [1, 2, 3]) {
        const res = await t.fastify.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { email: 'member@test.example', password: 'not the password' },
          remoteAddress: `192.0.2.${host}`,
        });
        assert.equal(res.statusCode, 401, res.body);
      }
      // The alert rides on the courier's next round: wait for each admin's own.
      for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50)))
        if (UI_LANGUAGES.every((lang) => to(address('admin', lang)).length > 0)) break;
      for (const lang of UI_LANGUAGES) {
        const [mail] = to(address('admin', lang));
        assertIn(lang, mail, 'sign-in alert');
        assert.equal(mail!.subject, createTranslator(lang)('signInAlert.subject', { email: 'member@test.example' }));
        assert.ok(mail!.text?.includes('member@test.example'), mail!.text);
      }
    });

    test('the weekly digest reaches each focal point in their own language', async () => {
      const action = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
        as: 'admin',
        body: {
          kind: 'follow_up_action',
          text: ml({ en: 'Send the draft roadmap to the ministries' }),
          proposerIds: [],
          endorserIds: [],
          areaIds: [],
          provisionIds: [],
          ownerOrganizationId: orgId('kaziss'),
          dueOn: '2026-04-10',
          status: 'in_progress',
        },
      });
      assert.equal(action.statusCode, 201, action.body);
      for (const lang of UI_LANGUAGES) {
        const person = await t.call('POST', '/api/v1/people', {
          as: 'admin',
          body: { name: ml({ [lang]: NAMES[lang] }, lang), positions: [] },
        });
        assert.equal(person.statusCode, 201, person.body);
        const focal = await t.call('POST', `/api/v1/organizations/${orgId('kaziss')}/memberships`, {
          as: 'admin',
          body: { personId: person.json().id, role: 'focal_point', validFrom: '2026-01-01' },
        });
        assert.equal(focal.statusCode, 201, focal.body);
        await account('focal', lang, 'member', person.json().id);
      }
      await scheduleDigest(t.deps.db, now);
      now = nextDigestAt(now);
      await runDueJobs(t.deps, JOB_HANDLERS);
      for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50)))
        if (UI_LANGUAGES.every((lang) => to(address('focal', lang)).length > 0)) break;
      for (const lang of UI_LANGUAGES) {
        const [mail] = to(address('focal', lang));
        assertIn(lang, mail, 'digest');
        assert.ok(mail!.text?.includes('Send the draft roadmap to the ministries'), mail!.text);
      }
    });
  });
}
