import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { orgId } from '../../src/server/demo/directory-data.ts';
import type { Publication } from '../../src/shared/contracts/publishing.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';

const base = `/api/v1/dialogues/${DIALOGUE_2020_ID}/publications`;

for (const backend of BACKENDS) {
  describe(`publishing: generate, edit, review, publish under embargo (${backend})`, () => {
    let t: TestApp;
    let now = new Date('2026-03-02T08:00:00Z');
    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
    });
    after(async () => {
      await t.close();
    });

    const call = async (method: string, url: string, as: Role, body?: unknown, status = 200) => {
      const res = await t.call(method, url, { as, body });
      assert.equal(res.statusCode, status, `${method} ${url} → ${res.body.slice(0, 300)}`);
      return res;
    };
    let p: Publication;
    const NOWHERE = Array(8).fill(false);
    const EVERYWHERE = Array(8).fill(true);
    const move = async (to: string, as: Role = 'moderator', extra = {}) => {
      p = (await call('POST', `${base}/${p.id}/status`, as, { to, version: p.version, ...extra })).json();
      return p;
    };
    /** What the public sees, through every door: the API, the pages, the feeds, the sitemap. */
    const publicly = async (slug: string) => {
      const seen = await Promise.all([
        t.call('GET', `/api/v1/news/${slug}`).then((r) => r.statusCode === 200),
        t.call('GET', `/news/${slug}`).then((r) => r.statusCode === 200),
        t
          .call('GET', '/api/v1/news?lang=kk')
          .then((r) => r.json().items.some((a: { slug: string }) => a.slug === slug)),
        t.call('GET', '/news?lang=kk').then((r) => r.body.includes(`/news/${slug}`)),
        t.call('GET', '/news/rss.xml?lang=kk').then((r) => r.body.includes(`/news/${slug}`)),
        t.call('GET', '/news/atom.xml').then((r) => r.body.includes(`/news/${slug}`)),
        t.call('GET', '/sitemap.xml').then((r) => r.body.includes(`/news/${slug}`)),
        t
          .call('GET', `/api/v1/search?q=${encodeURIComponent(p.title)}&kind=publication`)
          .then((r) => r.json().hits.some((h: { slug: string | null }) => h.slug === slug)),
      ]);
      return seen;
    };

    test('a press release in Kazakh is written in Kazakh, from the Kazakh versions of the record', async () => {
      p = (await call('POST', base, 'moderator', { kind: 'press_release', language: 'kk' }, 201)).json();
      assert.equal(p.status, 'draft');
      assert.equal(p.writtenIn, 'kk');
      assert.match(p.body, /2020 жылғы 22 маусым — /, 'a Kazakh dateline');
      assert.match(p.body, /Шанхай ынтымақтастық ұйымының Хатшылығы/, "the SCO's Kazakh name");
      assert.doesNotMatch(p.body, /^> /m, 'nothing borrowed from another language');
      // The record holds no Kyrgyz version: a Kyrgyz release says at its end which language it quotes.
      const ky = (await call('POST', base, 'moderator', { kind: 'summary', language: 'ky' }, 201)).json();
      assert.equal(ky.writtenIn, 'ky');
      assert.match(ky.body, /\n> [^\n]*орус тилинде[^\n]*$/, 'the text ends saying what it gives in Russian');
      assert.deepEqual(
        p.revisions.map((r) => [r.n, r.origin]),
        [[1, 'generated']],
      );
      assert.match(p.slug, /^2020-06-22-[a-z0-9-]+-kk$/);
      const again = await call('POST', base, 'moderator', { kind: 'press_release', language: 'kk' }, 409);
      assert.equal(again.json().errors[0].path, 'language');
    });

    test('an edit is a revision; regenerating asks before setting edits aside, and the diff shows them', async () => {
      const edited = `${p.body}\n\nA paragraph written by hand.`;
      p = (await call('PATCH', `${base}/${p.id}`, 'moderator', { body: edited, version: p.version })).json();
      assert.deepEqual(
        p.revisions.map((r) => r.origin),
        ['generated', 'edited'],
      );
      const stale = await call('PATCH', `${base}/${p.id}`, 'moderator', { body: 'lost', version: p.version - 1 }, 409);
      assert.equal(stale.json().code, 'version_conflict');

      const asked = await call('POST', `${base}/${p.id}/regenerate`, 'moderator', { version: p.version }, 409);
      assert.equal(asked.json().errors[0].path, 'discardEdits');
      assert.equal((await call('GET', `${base}/${p.id}`, 'moderator')).json().body, edited, 'asking changed nothing');

      p = (
        await call('POST', `${base}/${p.id}/regenerate`, 'moderator', { version: p.version, discardEdits: true })
      ).json();
      assert.deepEqual(
        p.revisions.map((r) => r.origin),
        ['generated', 'edited', 'generated'],
      );
      assert.equal(p.body, (await call('GET', `${base}/${p.id}/revisions/1`, 'moderator')).json().body);
      const diff = (await call('GET', `${base}/${p.id}/diff?from=2&to=3`, 'moderator')).json();
      assert.ok(
        diff.parts.some((x: { op: string; text: string }) => x.op === 'removed' && x.text.includes('written by hand')),
      );
      assert.equal(
        (await call('GET', `${base}/${p.id}/revisions/2`, 'moderator')).json().body,
        edited,
        'the edit stays in the history',
      );
    });

    test('review: institutions approve the current revision; an edit asks them again', async () => {
      const skip = await call(
        'POST',
        `${base}/${p.id}/status`,
        'moderator',
        { to: 'published', version: p.version },
        409,
      );
      assert.equal(skip.json().errors[0].path, 'to');
      await move('in_review');
      const institutions = p.approvals.map((a) => a.organizationId);
      assert.ok(
        institutions.includes(orgId('kaziss')) && institutions.length === 7,
        'every represented institution signs off',
      );

      // The Kazakh institute's focal point approves for their own institute, and only for it.
      p = (await call('POST', `${base}/${p.id}/reviews`, 'participant', { decision: 'approve' }, 201)).json();
      assert.deepEqual(
        p.approvals.filter((a) => a.approved).map((a) => a.organizationId),
        [orgId('kaziss')],
      );
      const notTheirs = await call(
        'POST',
        `${base}/${p.id}/reviews`,
        'participant',
        { decision: 'approve', organizationId: orgId('sco') },
        400,
      );
      assert.equal(notTheirs.json().errors[0].path, 'organizationId');
      p = (
        await call(
          'POST',
          `${base}/${p.id}/reviews`,
          'participant',
          { decision: 'comment', comment: 'Please name the institute in full.' },
          201,
        )
      ).json();
      assert.equal(p.reviews.at(-1)!.comment, 'Please name the institute in full.');

      const early = await call(
        'POST',
        `${base}/${p.id}/status`,
        'moderator',
        { to: 'approved', version: p.version },
        409,
      );
      assert.equal(early.json().errors[0].code, 'awaiting_approvals');
      for (const org of institutions.filter((o) => o !== orgId('kaziss'))) {
        p = (
          await call('POST', `${base}/${p.id}/reviews`, 'admin', { decision: 'approve', organizationId: org }, 201)
        ).json();
      }
      assert.equal(p.status, 'approved', 'the last approval approves');

      p = (
        await call('PATCH', `${base}/${p.id}`, 'moderator', { title: `${p.title} (draft 2)`, version: p.version })
      ).json();
      assert.equal(p.status, 'in_review');
      assert.ok(
        p.approvals.every((a) => !a.approved),
        'approvals were for the words before',
      );
      await move('approved', 'admin');
    });

    test('the embargo holds everywhere until publish-at, then everything shows it', async () => {
      const at = new Date(now.getTime() + 24 * 3600_000);
      await move('published', 'moderator', { publishAt: at.toISOString() });
      assert.equal(p.publishAt, at.toISOString());
      const rewrite = await call(
        'PATCH',
        `${base}/${p.id}`,
        'moderator',
        { body: 'Other words.', version: p.version },
        409,
      );
      assert.equal(
        rewrite.json().errors[0].path,
        'body',
        'published words change only after a withdrawal and a new review',
      );
      assert.deepEqual(await publicly(p.slug), NOWHERE, 'nothing before publish-at');

      now = new Date(at.getTime() - 1);
      assert.deepEqual(await publicly(p.slug), NOWHERE, 'not a moment before');
      now = at;
      assert.deepEqual(await publicly(p.slug), EVERYWHERE, 'everything from publish-at');

      const page = (await t.call('GET', `/news/${p.slug}`)).body;
      assert.match(page, /<a href="\/news\?lang=kk">« /, 'the back link');
      assert.match(
        page,
        /<time datetime="[^"]+">03\.03\.2026 \d\d:00<\/time>/,
        "dd.MM.yyyy HH:mm in the publisher's zone",
      );
      assert.match(page, /hreflang="en" href="[^"]+\/news\/[^"]+-en"/, 'links to its other language versions');
      assert.match(page, /<meta property="og:title" content="[^"]+">/);

      await move('approved');
      assert.deepEqual(await publicly(p.slug), NOWHERE, 'a withdrawn article is gone');
      const inside = await t.call('GET', `/api/v1/search?q=${encodeURIComponent(p.title)}&kind=publication`, {
        as: 'participant',
      });
      assert.ok(
        inside.json().hits.some((h: { id: string; slug: string | null }) => h.id === p.id && h.slug === null),
        "its dialogue's participants still find it, with no public address",
      );
    });

    test('bad input names the field and changes nothing', async () => {
      const cases: [string, string, unknown, string][] = [
        ['POST', base, { kind: 'blog', language: 'en' }, 'kind'],
        ['POST', base, { kind: 'minutes', language: 'english' }, 'language'],
        ['POST', base, { kind: 'minutes', language: 'en', zone: 'Mars/Olympus' }, 'zone'],
        ['PATCH', `${base}/${p.id}`, { slug: 'Not A Slug', version: p.version }, 'slug'],
        ['PATCH', `${base}/${p.id}`, { body: '   ', version: p.version }, 'body'],
        ['POST', `${base}/${p.id}/reviews`, { decision: 'comment' }, 'comment'],
        [
          'POST',
          `${base}/${p.id}/status`,
          { to: 'approved', publishAt: now.toISOString(), version: p.version },
          'publishAt',
        ],
      ];
      const before = (await call('GET', `${base}/${p.id}`, 'admin')).json();
      for (const [method, url, body, field] of cases) {
        const res = await t.call(method, url, { as: 'admin', body });
        assert.equal(res.statusCode, 400, `${method} ${url} ${JSON.stringify(body)} → ${res.body}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        assert.ok(
          res.json().errors.some((e: { path: string }) => e.path === field || e.path.startsWith(`${field}.`)),
          `${field}: ${res.body}`,
        );
      }
      assert.deepEqual((await call('GET', `${base}/${p.id}`, 'admin')).json(), before);
      assert.equal(
        (await t.call('GET', `${base}/${p.id}/diff?from=99`, { as: 'admin' })).json().errors[0].path,
        'from',
      );
    });
  });
}
