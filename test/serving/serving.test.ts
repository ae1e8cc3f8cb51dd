import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { APP_ROUTES } from '../../src/shared/app-routes.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { freshStore } from '../support/fresh-store.ts';
import { signInOver, startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: fetch would ask for and undo compression itself. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (a: Answer): Buffer => {
  const encoding = a.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(a.body);
  if (encoding === 'gzip') return gunzipSync(a.body);
  assert.equal(encoding, undefined, `unexpected encoding ${String(encoding)}`);
  return a.body;
};

describe('serving like a production web server (the real server)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  let server: ServerProcess;
  let cookie: string;
  let script: string;
  before(async () => {
    const store = await freshStore('pglite', { seeded: true });
    cleanups.push(store.drop);
    server = await startServer({ ...store.env, DEMO: '1' });
    cleanups.push(() => stopServer(server));
    ({ cookie } = await signInOver(server.url, server.adminEmail!, server.adminPassword!));
    const index = (await get(server.url, '/')).body.toString();
    script = /<script[^>]*src="([^"]+\.js)"/.exec(index)![1]!;
  });
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  const targets = (): { path: string; headers: Record<string, string>; type: RegExp }[] => [
    { path: script, headers: {}, type: /javascript/ },
    { path: `/api/v1/dialogues/${DIALOGUE_2020_ID}`, headers: { cookie }, type: /^application\/json/ },
    { path: '/news', headers: {}, type: /^text\/html/ },
  ];

  test('the script, a full record and /news come brotli or gzip compressed, and decode to the same bytes', async () => {
    for (const { path, headers, type } of targets()) {
      const plain = await get(server.url, path, headers);
      assert.equal(plain.status, 200, path);
      assert.equal(plain.headers['content-encoding'], undefined, `${path}: nothing asked, nothing compressed`);
      assert.match(String(plain.headers['content-type']), type, path);
      for (const encoding of ['br', 'gzip']) {
        const packed = await get(server.url, path, { ...headers, 'accept-encoding': encoding });
        assert.equal(packed.status, 200, `${path} ${encoding}`);
        assert.equal(packed.headers['content-encoding'], encoding, `${path} ${encoding}`);
        assert.match(String(packed.headers.vary), /accept-encoding/i, `${path} ${encoding}: Vary`);
        assert.match(String(packed.headers['content-type']), type, `${path} ${encoding}`);
        assert.ok(packed.body.length < plain.body.length / 2, `${path} ${encoding}: ${packed.body.length} bytes`);
        assert.ok(decode(packed).equals(plain.body), `${path} ${encoding}: the same bytes`);
        // Security headers go out on compressed answers too.
        assert.ok(packed.headers['content-security-policy'], `${path} ${encoding}: CSP`);
        assert.equal(packed.headers['x-content-type-options'], 'nosniff');
      }
      const both = await get(server.url, path, { ...headers, 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(both.headers['content-encoding'], 'br', `${path}: brotli preferred`);
    }
  });

  test('a compressed answer still revalidates: its ETag answers 304, compressed or not', async () => {
    for (const { path, headers } of targets()) {
      const first = await get(server.url, path, { ...headers, 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      assert.ok(first.headers.etag, `${path}: ETag`);
      for (const encoding of ['br', 'gzip', 'identity']) {
        const again = await get(server.url, path, {
          ...headers,
          'accept-encoding': encoding,
          'if-none-match': etag,
        });
        if (path === script && encoding !== 'br') {
          // Another file of the build answers (a .gz sibling or the original): its own validator.
          assert.equal(again.status, 200, `${path} ${encoding}`);
          continue;
        }
        assert.equal(again.status, 304, `${path} ${encoding}`);
        assert.equal(again.body.length, 0);
        // (@fastify/static repeats the file's Content-Encoding on its 304, which is harmless.)
        if (path !== script) assert.equal(again.headers['content-encoding'], undefined, `${path} ${encoding}`);
      }
    }
  });

  test('/robots.txt is plain text: the news site open, the API and private pages closed, the sitemap absolute', async () => {
    const res = await get(server.url, '/robots.txt');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    const lines = res.body.toString().split('\n');
    assert.ok(lines.includes('User-agent: *'));
    assert.ok(lines.includes('Allow: /news'));
    for (const path of ['/api/', '/account', '/sign-in', '/reset-password/', '/dialogues/*/edit'])
      assert.ok(lines.includes(`Disallow: ${path}`), path);
    assert.ok(!lines.some((l) => /^Disallow: \/?$/.test(l)), 'the site is not closed as a whole');
    assert.ok(lines.includes(`Sitemap: ${server.url}/sitemap.xml`), res.body.toString());
  });

  test('unknown addresses answer 404; every page of the app still serves the app', async () => {
    const index = (await get(server.url, '/')).body;
    for (const path of ['/no-such-page', '/dialogues/x/y/z/w', '/assets/no-such.js', '/index.html.br']) {
      const res = await get(server.url, path, { 'accept-language': 'ru, en;q=0.5' });
      assert.equal(res.status, 404, path);
      assert.match(String(res.headers['content-type']), /^text\/html/, path);
      assert.match(res.body.toString(), /<html lang="ru">/, `${path}: in the reader's language`);
      assert.ok(res.headers['content-security-policy'], path);
    }
    const english = await get(server.url, '/no-such-page');
    assert.match(english.body.toString(), /<html lang="en">/);
    const api = await get(server.url, '/api/v1/no-such-route');
    assert.equal(api.status, 404);
    assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
    for (const pattern of Object.values(APP_ROUTES)) {
      const path = pattern.replace(/:[a-z]+/g, 'x1');
      const res = await get(server.url, path);
      assert.equal(res.status, 200, path);
      assert.ok(res.body.equals(index), `${path}: the app`);
    }
    assert.equal((await get(server.url, '/dialogues/x1/')).status, 200, 'a trailing slash, as the app accepts it');
  });
});
