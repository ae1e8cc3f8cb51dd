import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ERROR_CODES } from '../../src/shared/errors.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('the API describes itself', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('pglite');
  });
  after(async () => {
    await t.close();
  });

  test('openapi.json is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const res = await t.call('GET', '/api/v1/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2)?.slice(0, 2000));
    assert.equal(validator.version, '3.1');
    const refs = [...res.body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref], `dangling $ref ${ref}`);
  });

  test('it lists every route with its policy, and every error code', async () => {
    const doc = (await t.call('GET', '/api/v1/openapi.json')).json();
    for (const r of t.routes) {
      const path = `/api/v1${r.url}`.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${path} missing`);
      assert.equal(op['x-policy'], r.action);
    }
    assert.deepEqual(Object.keys(doc['x-error-codes']).sort(), Object.keys(ERROR_CODES).sort());
    const page = await t.call('GET', '/api/v1/docs');
    assert.match(String(page.headers['content-type']), /text\/html/);
    for (const code of Object.keys(ERROR_CODES)) assert.ok(page.body.includes(`id="${code}"`), `${code} undocumented`);
    assert.ok(page.body.includes('/api/v1/dialogues/:id/statements'));
  });
});
