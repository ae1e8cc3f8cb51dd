import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { users } from '../../src/server/db/schema.ts';
import { testConfig } from '../../src/server/config.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { createDialogue } from '../support/dialogue.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The language of an invitation e-mail is the recipient's: their account's stored choice, else the
 * invitation's language, else the organizer's. Read over real SMTP, with the link absolute and the
 * greeting fit for a person the directory knows only by office.
 */
for (const backend of BACKENDS) {
  describe(`invitations in the recipient's language (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let dialogueId = '';
    const base = testConfig().publicUrl;

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, {
        clock: () => new Date('2026-04-01T08:00:00Z'),
        config: { smtpUrl: box.url },
      });
      // The participant client stands for kaziss; here kaziss has no account, so the invitation is theirs to answer.
      await t.deps.db.update(users).set({ personId: null }).where(eq(users.email, 'participant@test.example'));
      dialogueId = await createDialogue(t, {
        title: ml({ ru: 'Водные ресурсы', en: 'Water resources', kk: 'Су ресурстары' }, 'ru'),
      });
    });
    after(async () => {
      await t.close();
      await box.close();
    });

    const invite = async (body: Record<string, unknown>) => {
      const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/invitations`, { as: 'admin', body });
      assert.equal(res.statusCode, 201, res.body);
    };
    const linkIn = (text: string) => /(\S+\/invitations\/[A-Za-z0-9_-]+)/.exec(text)?.[1];

    test('the invitation’s language, an absolute link, and "Dear colleague" for a person known by office', async () => {
      await invite({
        personId: personId('kaziss'),
        organizationId: orgId('kaziss'),
        role: 'delegate',
        email: 'kz@example.org',
        language: 'kk',
      });
      const [mail] = await box.waitFor(1);
      assert.equal(mail!.subject, 'Шақыру: Су ресурстары');
      const text = mail!.text ?? '';
      assert.ok(text.startsWith('Құрметті әріптес,'), text);
      assert.doesNotMatch(text, /имя не указано|name not recorded|Руководитель/);
      const link = linkIn(text);
      assert.ok(link?.startsWith(`${base}/invitations/`), `absolute link: ${link}`);

      // Its page opens in Kazakh, styled, and tells the app to open in Kazakh too.
      const path = new URL(link!).pathname;
      const page = await t.call('GET', path);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="kk">/);
      assert.match(page.body, /class="button-primary"[^>]*>Қабылдау</);
      assert.match(String(page.headers['set-cookie']), /ed_lang=kk/);
      const answered = await t.call('POST', path, {
        body: 'response=accepted',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(answered.statusCode, 200);
      assert.match(answered.body, /<html lang="kk">/);
      const setup = /\/setup-account\/([A-Za-z0-9_-]+)/.exec(answered.body)?.[1];
      assert.ok(setup, 'an account is offered');
      const info = (await t.call('GET', `/api/v1/account-setup/${setup}`)).json();
      assert.equal(info.dialogueId, dialogueId, 'the new account lands on the dialogue');
      assert.equal(info.language, 'kk');
      const opened = await t.call('POST', `/api/v1/account-setup/${setup}`, {
        body: { method: 'password', password: 'a long enough passphrase' },
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const [account] = await t.deps.db.select().from(users).where(eq(users.email, 'kz@example.org'));
      assert.equal(account?.locale, 'kk', 'the account speaks its invitation’s language');
    });

    test('the recipient’s stored choice wins over the invitation’s language, and a real name is used', async () => {
      const person = await t.call('POST', '/api/v1/people', {
        as: 'admin',
        body: {
          name: ml({ ru: 'Фарход Назаров', tg: 'Фарҳод Назаров' }, 'ru'),
          email: 'fn@example.org',
          positions: [],
        },
      });
      assert.equal(person.statusCode, 201, person.body);
      const client = await t.personClient(person.json().id);
      const chose = await t.call('PATCH', '/api/v1/me/locale', { as: client, body: { locale: 'tg' } });
      assert.equal(chose.statusCode, 204, chose.body);
      const bad = await t.call('PATCH', '/api/v1/me/locale', { as: client, body: { locale: 'xx' } });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].path, 'locale');
      assert.equal((await t.call('PATCH', '/api/v1/me/locale', { body: { locale: 'tg' } })).statusCode, 401);
      const before = box.received.length;
      await invite({ personId: person.json().id, role: 'delegate', email: 'fn@example.org', language: 'kk' });
      const [mail] = (await box.waitFor(before + 1)).slice(before);
      assert.equal(mail!.subject, 'Даъватнома: Water resources');
      assert.match(mail!.text ?? '', /^Мӯҳтарам Фарҳод Назаров,/);
    });

    test('with neither, the organizer’s language', async () => {
      const chose = await t.call('PATCH', '/api/v1/me/locale', { as: 'admin', body: { locale: 'ky' } });
      assert.equal(chose.statusCode, 204);
      const before = box.received.length;
      await invite({
        personId: personId('isrs'),
        organizationId: orgId('isrs'),
        role: 'delegate',
        email: 'uz@example.org',
      });
      const [mail] = (await box.waitFor(before + 1)).slice(before);
      assert.match(mail!.text ?? '', /^Урматтуу кесиптеш,/);
      assert.match(mail!.subject ?? '', /^Чакыруу: /);
    });
  });
}
