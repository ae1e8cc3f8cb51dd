import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testConfig } from '../../src/server/config.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { createDialogue } from '../support/dialogue.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';

/**
 * A publication sent for review asks each institution that signs it off, by e-mail, through its focal
 * point: in the reader's own language, with an absolute link, read over real SMTP. Nobody else is
 * written to, and sending the same revision for review again writes to nobody twice.
 */
for (const backend of BACKENDS) {
  describe(`reviewers are asked to sign off by e-mail (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let tajik: Client;
    let dialogueId = '';
    const base = testConfig().publicUrl;

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, {
        clock: () => new Date('2026-04-20T08:00:00Z'),
        config: { smtpUrl: box.url },
      });
      // The participant client stands for KazISS's head, its focal point; NISS Tajikistan's head reads Tajik.
      tajik = await t.personClient(personId('niss-tj'));
      const chose = await t.call('PATCH', '/api/v1/me/locale', { as: tajik, body: { locale: 'tg' } });
      assert.equal(chose.statusCode, 204, chose.body);
      dialogueId = await createDialogue(t, {
        title: ml({ ru: 'Водные ресурсы', en: 'Water resources', tg: 'Захираҳои об' }, 'ru'),
        status: 'concluded',
      });
      for (const key of ['kaziss', 'niss-tj', 'isrs']) {
        const added = await t.call('POST', `/api/v1/dialogues/${dialogueId}/participants`, {
          as: 'admin',
          body: { personId: personId(key), organizationId: orgId(key), role: 'delegate', invitation: 'accepted' },
        });
        assert.equal(added.statusCode, 201, added.body);
      }
    });
    after(async () => {
      await t.close();
      await box.close();
    });

    test('each focal point with an account gets one message, in their language, with an absolute link', async () => {
      const created = await t.call('POST', `/api/v1/dialogues/${dialogueId}/publications`, {
        as: 'admin',
        body: { kind: 'press_release', language: 'ru' },
      });
      assert.equal(created.statusCode, 201, created.body);
      const publication = created.json() as { id: string; version: number; title: string };
      assert.equal(box.received.length, 0, 'a draft asks nobody');
      const move = async (to: string, version: number) => {
        const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/publications/${publication.id}/status`, {
          as: 'admin',
          body: { to, version },
        });
        assert.equal(res.statusCode, 200, res.body);
        return (res.json() as { version: number }).version;
      };
      let version = await move('in_review', publication.version);
      // ISRS takes part and signs off too, but its focal point has no account: two messages, not three.
      const mails = await box.waitFor(2);
      const to = (m: (typeof mails)[number]) => JSON.stringify(m.to);
      const kazakh = mails.find((m) => to(m).includes('participant@test.example'));
      const tajikMail = mails.find((m) => to(m).includes('@people.test.example'));
      assert.ok(kazakh && tajikMail, `to the two focal points: ${mails.map(to).join(', ')}`);

      // No stored choice: the dialogue's first language. Known by office only: "Dear colleague".
      assert.equal(kazakh.subject, `На согласование: ${publication.title}`);
      assert.match(kazakh.text ?? '', /^Уважаемый коллега,\n/);
      assert.match(kazakh.text ?? '', /\(Водные ресурсы\) ожидает согласования вашей организации/);
      assert.doesNotMatch(kazakh.text ?? '', /имя не указано|name not recorded/);
      // Their own choice: Tajik, the dialogue's title in Tajik too.
      assert.equal(tajikMail.subject, `Барои мувофиқа: ${publication.title}`);
      assert.match(tajikMail.text ?? '', /^Ҳамкори мӯҳтарам,\n/);
      assert.match(tajikMail.text ?? '', /\(Захираҳои об\)/);
      for (const m of [kazakh, tajikMail]) {
        const link = /(\S+\/dialogues\/\S+)/.exec(m.text ?? '')?.[1];
        assert.equal(link, `${base}/dialogues/${dialogueId}#publications`, 'an absolute link to the publications');
      }

      // Back to draft and for review again, the same revision: nobody is asked twice.
      version = await move('draft', version);
      await move('in_review', version);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(box.received.length, 2);
    });
  });
}
