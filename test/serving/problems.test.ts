import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES } from '../../src/shared/errors.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('every problem type resolves to a page that explains its code', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => app.close());

  test('a real problem points at its page, and the page names the code, its status and its meaning', async () => {
    const refused = await app.call('POST', '/api/v1/dialogues', { as: 'admin', body: { title: 42 } });
    assert.equal(refused.statusCode, 400);
    const type = refused.json().type as string;
    assert.equal(type, '/api/v1/problems/validation_failed');
    const page = await app.call('GET', type);
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.ok(page.body.includes(ERROR_CODES.validation_failed.description), page.body);
  });

  test('each code has its page; the index links them all; an unknown code is a 404 problem', async () => {
    const index = await app.call('GET', '/api/v1/problems');
    assert.equal(index.statusCode, 200);
    for (const [code, e] of Object.entries(ERROR_CODES)) {
      assert.ok(index.body.includes(`/api/v1/problems/${code}"`), `the index links ${code}`);
      const page = await app.call('GET', `/api/v1/problems/${code}`);
      assert.equal(page.statusCode, 200, code);
      assert.ok(page.body.includes(`<code>${code}</code>`) && page.body.includes(`<strong>${e.status}</strong>`), code);
    }
    const unknown = await app.call('GET', '/api/v1/problems/no_such_code');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().type, '/api/v1/problems/not_found');
  });
});
