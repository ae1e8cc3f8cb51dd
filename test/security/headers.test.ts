import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { BACKENDS } from '../support/databases.ts';
import { freshStore } from '../support/fresh-store.ts';
import { signInOver, startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

for (const backend of BACKENDS) {
  describe(`security headers from the real server (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    let server: ServerProcess;
    after(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    test('CSP, nosniff, frame-ancestors and Referrer-Policy on the app, the news site and the API', async () => {
      const store = await freshStore(backend, { seeded: true });
      cleanups.push(store.drop);
      server = await startServer({ ...store.env, DEMO: '1' });
      cleanups.push(() => stopServer(server));
      for (const path of ['/', '/news', '/api/v1/dialogues', '/api/v1/docs']) {
        const res = await fetch(`${server.url}${path}`);
        assert.equal(res.status, 200, path);
        const csp = res.headers.get('content-security-policy');
        assert.ok(csp, `${path}: CSP`);
        const d = directives(csp);
        assert.deepEqual(d.get('script-src'), ["'self'"], `${path}: scripts from this origin only`);
        assert.ok(!csp.includes("'unsafe-inline'"), `${path}: nothing inline without a hash`);
        assert.deepEqual(d.get('frame-ancestors'), ["'none'"]);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS over plain HTTP');
        const html = await res.text();
        for (const m of html.matchAll(/<style>/g))
          assert.ok(m && d.get('style-src')!.some((s) => s.startsWith("'sha256-")), path);
        assert.ok(!/<script(?![^>]*\bsrc=)/.test(html), `${path}: no inline script`);
      }
      const { cookie } = await signInOver(server.url, server.adminEmail!, server.adminPassword!);
      const session = await fetch(`${server.url}/api/v1/session`, { headers: { cookie } });
      assert.equal(session.headers.get('cache-control'), 'no-store');
    });

    test('a request naming Host: evil.example never puts it into the news site, feeds, sitemap or tags', async () => {
      const port = new URL(server.url).port;
      for (const path of ['/news', '/news/rss.xml', '/news/atom.xml', '/sitemap.xml', '/news?lang=ru']) {
        // fetch will not send another Host; a raw request does.
        const body = await new Promise<string>((resolve, reject) => {
          import('node:http').then(({ request }) => {
            const req = request(
              { host: '127.0.0.1', port, path, headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } },
              (res) => {
                let b = '';
                res.on('data', (c: Buffer) => (b += c.toString()));
                res.on('end', () => resolve(`${res.statusCode} ${b}`));
              },
            );
            req.on('error', reject);
            req.end();
          }, reject);
        });
        assert.ok(!body.includes('evil.example'), `${path}: ${body.slice(0, 200)}`);
        const again = await (await fetch(`${server.url}${path}`)).text();
        assert.ok(!again.includes('evil.example'), `${path}: cached for everyone`);
      }
    });
  });
}
