import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import type { DialogueRecord } from '../src/shared/contracts/dialogue-record.ts';
import { BACKENDS } from './support/databases.ts';
import { freshStore } from './support/fresh-store.ts';
import { signInOver, startServer, stopServer, type ServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

for (const backend of BACKENDS) {
  describe(`the quick start (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    test('npm run user:create makes an admin who can sign in; the demo record is served to anyone', async () => {
      const store = await freshStore(backend);
      cleanups.push(store.drop);
      const env = { ...process.env, ...store.env };
      const created = await run(
        'npm',
        [
          'run',
          '--silent',
          'user:create',
          '--',
          '--email',
          'chief@secretariat.example',
          '--password',
          'a long enough password',
          '--role',
          'admin',
        ],
        { cwd: root, env },
      );
      assert.match(created.stdout, /Created admin chief@secretariat\.example/);
      const weak = await run(
        'npm',
        ['run', '--silent', 'user:create', '--', '--email', 'x@example.org', '--password', 'short', '--role', 'admin'],
        { cwd: root, env },
      ).catch((e: { code: number; stderr: string }) => e);
      assert.equal((weak as { code: number }).code, 2);
      assert.match((weak as { stderr: string }).stderr, /--password: at least 12 characters/);

      const server: ServerProcess = await startServer({ ...store.env, DEMO: '1' });
      cleanups.push(() => stopServer(server));
      assert.equal(server.adminPassword, null, 'an admin exists, so no password is generated');
      await signInOver(server.url, 'chief@secretariat.example', 'a long enough password');

      const list = (await (await fetch(`${server.url}/api/v1/dialogues`)).json()) as { items: { id: string }[] };
      assert.ok(list.items.some((d) => d.id === DIALOGUE_2020_ID));
      const record = (await (
        await fetch(`${server.url}/api/v1/dialogues/${DIALOGUE_2020_ID}`)
      ).json()) as DialogueRecord;
      assert.ok(record.participants.length >= 6);
      assert.ok(record.statements.length >= 8);
      const openapi = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { openapi: string };
      assert.equal(openapi.openapi, '3.1.0');
    });
  });
}
