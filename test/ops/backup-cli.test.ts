import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { freshStore } from '../support/fresh-store.ts';
import { startServer, stopServer } from '../support/server-process.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

type Outcome = { code: number; stdout: string; stderr: string };
const script = async (name: string, args: string[], env: Record<string, string>): Promise<Outcome> =>
  run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: Outcome) => e,
  );

describe('npm run db:export and db:import, as an operator runs them', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  test('a running embedded server is asked for its archive; without the server, the directory is read; both load elsewhere', async () => {
    const source = await freshStore('pglite', { seeded: true });
    cleanups.push(source.drop);
    const live = join(source.env.DATA_DIR!, '..', `live-${process.pid}.ed.gz`);
    const offline = join(source.env.DATA_DIR!, '..', `offline-${process.pid}.ed.gz`);
    const server = await startServer({ ...source.env, DEMO: '1' }, 300_000);
    try {
      const record = await (await fetch(`${server.url}/api/v1/dialogues/${DIALOGUE_2020_ID}`)).text();
      const credentials = { ED_ADMIN_EMAIL: server.adminEmail!, ED_ADMIN_PASSWORD: server.adminPassword! };
      const refused = await script('db-export', ['--out', live], source.env);
      assert.equal(refused.code, 1, refused.stdout);
      assert.match(refused.stderr, /holds .*: give an administrator's e-mail/);

      const asked = await script('db-export', ['--out', live, '--server', server.url], {
        ...source.env,
        ...credentials,
      });
      assert.equal(asked.code, 0, asked.stderr);
      assert.match(asked.stdout, /asking it at/);
      assert.match(asked.stdout, /Wrote .*: \d+ tables, \d+ rows/);
      // The server kept serving while it exported.
      assert.equal(await (await fetch(`${server.url}/api/v1/dialogues/${DIALOGUE_2020_ID}`)).text(), record);
    } finally {
      await stopServer(server);
    }
    const read = await script('db-export', ['--out', offline], source.env);
    assert.equal(read.code, 0, read.stderr);
    assert.doesNotMatch(read.stdout, /asking it/);

    for (const [archive, backend] of [
      [live, BACKENDS.at(-1)!],
      [offline, 'pglite'],
    ] as const) {
      const target = await freshStore(backend);
      cleanups.push(target.drop);
      const loaded = await script('db-import', ['--in', archive], target.env);
      assert.equal(loaded.code, 0, loaded.stderr);
      assert.match(loaded.stdout, /checksum good/);
      assert.match(loaded.stdout, /Loaded \d+ tables, \d+ rows/);
      const again = await script('db-import', ['--in', archive], target.env);
      assert.equal(again.code, 2, again.stdout);
      assert.match(again.stderr, /not empty.*Nothing was changed/);
    }

    const cut = `${offline}.cut`;
    const bytes = await readFile(offline);
    await writeFile(cut, bytes.subarray(0, bytes.length - 40));
    const empty = await freshStore('pglite');
    cleanups.push(empty.drop);
    const truncated = await script('db-import', ['--in', cut], empty.env);
    assert.equal(truncated.code, 2, truncated.stdout);
    assert.match(truncated.stderr, /truncated.*Nothing was changed/);
    assert.deepEqual(await readdir(empty.env.DATA_DIR!), [], 'the database was not even created');
  });
});
