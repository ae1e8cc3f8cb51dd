import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/shared/contracts/dialogue-record.ts';
import { localize } from '../../src/shared/localize.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { escape } from '../../src/public/html.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';
import { createDialogue } from '../support/dialogue.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';

/** Text that breaks out of an element or an attribute if it is not escaped. */
const HOSTILE = `<script>alert("t'itle")</script> & "Water"`;

const secret = (tag: string) => ({
  title: ml({ en: `Title ${tag}`, ru: `Заголовок ${tag}` }, 'en'),
  summary: ml({ en: `Summary ${tag}` }),
  venue: { city: ml({ en: `City ${tag}` }), place: ml({ en: `Place ${tag}` }) },
});

for (const backend of BACKENDS) {
  describe(`a dialogue's page as the server sends it (${backend})`, () => {
    let t: TestApp;
    let webDir: string;
    let open: string;
    let restricted: string;
    let draft: string;
    before(async () => {
      // The app's own index.html, as its source has it: the slots the server fills are in it.
      webDir = await mkdtemp(join(tmpdir(), 'ed-shell-'));
      await copyFile(join(import.meta.dirname, '../../src/web/index.html'), join(webDir, 'index.html'));
      t = await startTestApp(backend, { webDir });
      open = await createDialogue(t, {
        title: ml({ en: HOSTILE, ru: 'Водные ресурсы' }, 'en'),
        summary: ml({ en: `A summary with ${HOSTILE} in it` }),
        venue: { city: ml({ en: 'Turkistan' }), place: null },
      });
      restricted = await createDialogue(t, { ...secret('RESTRICTED-7f3'), confidentiality: 'restricted' });
      draft = await createDialogue(t, { ...secret('DRAFT-91c'), status: 'draft' });
    });
    after(async () => {
      await t.close();
      await rm(webDir, { recursive: true, force: true });
    });

    const page = (id: string, as: Role = 'anonymous', headers: Record<string, string> = {}) =>
      t.call('GET', `/dialogues/${id}`, { as, headers });
    const apiTitle = async (id: string, as: Role) =>
      localize((await t.call('GET', `/api/v1/dialogues/${id}`, { as })).json<DialogueRecord>().dialogue.title, ['en'])
        .text;

    test('an anonymous reader gets the heading, title and description, every text escaped', async () => {
      const res = await page(open, 'anonymous', { 'accept-language': 'en-GB,en;q=0.9' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.match(String(res.headers.vary), /cookie/);
      assert.match(String(res.headers.vary), /accept-language/);
      const html = res.body;
      assert.ok(!html.includes('<script>alert'), 'no text breaks out of its element');
      assert.ok(!html.includes('"Water"'), 'no quote is left to end an attribute');
      const title = escape(await apiTitle(open, 'anonymous'));
      assert.ok(html.includes(`<h1><span lang="en">${title}</span></h1>`), 'the heading');
      assert.ok(html.includes(`<title>${title} — Expert Dialogue</title>`), 'the title');
      assert.ok(
        html.includes(`<meta name="description" content="A summary with ${title} in it" />`),
        'the description',
      );
      assert.ok(html.includes('<html lang="en">'));
      assert.ok(
        html.includes('<a href="/sign-in" class="button-primary">Sign in</a>'),
        'the chrome of a reader signed out',
      );
      assert.equal((html.match(/<title>/g) ?? []).length, 1);
    });

    test("in the language the app will choose: the address's, the cookie's, the browser's", async () => {
      const ru = (await page(open, 'anonymous', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' })).body;
      assert.ok(ru.includes('<html lang="ru">'));
      assert.ok(ru.includes('<h1><span lang="ru">Водные ресурсы</span></h1>'));
      assert.ok(ru.includes('<title>Водные ресурсы — '));
      const kk = (await t.call('GET', `/dialogues/${open}?lang=kk`, { headers: { 'accept-language': 'ru' } })).body;
      assert.ok(kk.includes('<html lang="kk">'));
      const cookie = (await t.call('GET', `/dialogues/${open}`, { headers: { cookie: 'ed_lang=uz-Cyrl' } })).body;
      assert.ok(cookie.includes('<html lang="uz-Cyrl">'));
    });

    test('a dialogue the reader may not see is answered as an id that does not exist, with nothing of it', async () => {
      const unknown = await page(randomUUID());
      assert.equal(unknown.statusCode, 200);
      assert.ok(!unknown.body.includes('<h1>'), 'an unknown id: index.html as it is');
      for (const [id, tag] of [
        [restricted, 'RESTRICTED-7f3'],
        [draft, 'DRAFT-91c'],
      ] as const) {
        for (const as of ['anonymous', 'member'] as const) {
          const hidden = await page(id, as);
          const none = await page(randomUUID(), as);
          assert.equal(hidden.statusCode, none.statusCode, `${tag} as ${as}`);
          assert.equal(hidden.body, none.body, `${tag} as ${as}: the same bytes as an unknown id`);
          for (const header of ['cache-control', 'vary', 'content-type', 'content-length'])
            assert.equal(hidden.headers[header], none.headers[header], `${tag} as ${as}: ${header}`);
          assert.ok(!hidden.body.includes(tag), `${tag} as ${as}: nothing of its title, summary or venue`);
        }
      }
    });

    test('the secretariat sees the restricted one, in a page no cache keeps', async () => {
      const res = await page(restricted, 'admin');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.ok(res.body.includes('<h1><span lang="en">Title RESTRICTED-7f3</span></h1>'));
      assert.ok(res.body.includes('Summary RESTRICTED-7f3'));
      assert.ok(res.body.includes('class="who"'), 'the chrome of a reader signed in');
      assert.ok(res.body.includes('href="/outbox"'), "the secretariat's links");
      assert.ok(res.body.includes(`href="/dialogues/${restricted}/edit"`), 'the edit link of one who may plan it');
    });

    test('under the Chatham House Rule an outsider reads the heading as the API gives it, names cleared', async () => {
      const id = await createDialogue(t, {
        title: ml({ en: 'A frank round with Norov' }),
        summary: ml({ en: 'Norov opens the round.' }),
        status: 'concluded',
        confidentiality: 'chatham_house',
      });
      const joined = await t.call('POST', `/api/v1/dialogues/${id}/participants`, {
        as: 'admin',
        body: { personId: personId('norov'), organizationId: orgId('sco'), role: 'speaker', invitation: 'accepted' },
      });
      assert.equal(joined.statusCode, 201, joined.body);
      const outside = await apiTitle(id, 'anonymous');
      assert.ok(!outside.includes('Norov'), `the API clears the name: ${outside}`);
      const html = (await page(id)).body;
      assert.ok(html.includes(`<h1><span lang="en">${escape(outside)}</span></h1>`), 'the outside view of the title');
      assert.ok(!html.includes('Norov'), 'no name, in the heading, the summary, the title or the description');
      assert.ok((await page(id, 'admin')).body.includes('A frank round with Norov'), 'insiders read it whole');
    });

    test('other addresses of the app are not drawn in', async () => {
      assert.ok(!(await page('new')).body.includes('<h1>'));
      assert.ok(!(await t.call('GET', `/dialogues/${open}/edit`)).body.includes('<h1>'));
      assert.equal((await t.call('GET', `/dialogues/not-an-id`)).statusCode, 200);
    });
  });
}
