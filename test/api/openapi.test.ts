import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ERROR_CODES } from '../../src/shared/errors.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const ROOT = join(import.meta.dirname, '../..');
const REDOCLY = join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');

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

  test('each operation declares its security, the problems its spec and policy allow, and its media types', async () => {
    const doc = (await t.call('GET', '/api/v1/openapi.json')).json();
    const op = (method: string, path: string) => doc.paths[`/api/v1${path}`][method];
    for (const [path, ops] of Object.entries(doc.paths) as [string, Record<string, { security?: unknown[] }>][])
      for (const [method, o] of Object.entries(ops)) assert.ok(Array.isArray(o.security), `${method} ${path}`);
    // Open to anyone: anonymous or with the cookie; admin-only: the cookie, and the CSRF header on writes.
    assert.deepEqual(op('get', '/dialogues').security, [{}, { session: [] }]);
    assert.deepEqual(op('post', '/dialogues').security, [{ session: [], csrf: [] }]);
    const statuses = (method: string, path: string) =>
      Object.keys(op(method, path).responses).filter((s) => s !== 'default');
    assert.deepEqual(statuses('patch', '/dialogues/{id}'), [
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
    ]);
    // A hidden dialogue answers 404, never 401 or 403.
    assert.deepEqual(statuses('get', '/dialogues/{id}'), ['200', '400', '404']);
    assert.deepEqual(statuses('get', '/health'), ['200']);
    const problem = op('patch', '/dialogues/{id}').responses['409'];
    assert.ok(problem.content['application/problem+json'], 'problems are problem+json');
    assert.match(problem.description, /version_conflict/);
    const types = (path: string) => Object.keys(op('get', path).responses['200'].content);
    assert.deepEqual(types('/dialogues/{id}/minutes.docx'), [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    assert.deepEqual(types('/dialogues/{id}/minutes.pdf'), ['application/pdf']);
    assert.deepEqual(types('/dialogues/{id}/record.csv'), ['text/csv']);
    assert.deepEqual(types('/dialogues/{id}/calendar.ics'), ['text/calendar']);
    assert.deepEqual(types('/dialogues/{id}/record.json'), ['application/json']);
    assert.ok(op('get', '/dialogues/{id}/record.json').responses['200'].content['application/json'].schema);
  });
});

describe('the OpenAPI document lints clean', () => {
  test('redocly: the recommended rules, no error and no warning', async () => {
    const t = await startTestApp('pglite');
    const body = (await t.call('GET', '/api/v1/openapi.json')).body;
    await t.close();
    // At the path .redocly.lint-ignore.yaml names, beside redocly.yaml (.tmp is not committed).
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const file = join(ROOT, '.tmp/openapi.json');
    writeFileSync(file, body);
    const run = spawnSync(process.execPath, [REDOCLY, 'lint', file, '--config', join(ROOT, 'redocly.yaml')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const out = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, out.slice(-4000));
    assert.match(out, /Your API description is valid/, out.slice(-4000));
    assert.doesNotMatch(out, /You have \d+ warning/, out.slice(-4000));
  });
});
