import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { migrationsFolder } from '../../src/server/db/database.ts';

const run = promisify(execFile);

test('the committed migrations match the schema (drizzle-kit generates nothing new)', async () => {
  // drizzle-kit resolves --out against the working directory, so the copy lives inside the repo.
  const root = join(import.meta.dirname, '../..');
  await mkdir(join(root, '.tmp'), { recursive: true });
  const out = await mkdtemp(join(root, '.tmp', 'drift-'));
  try {
    await cp(migrationsFolder, out, { recursive: true });
    const before = (await readdir(out, { recursive: true })).sort();
    const { stdout, stderr } = await run(
      'npx',
      [
        'drizzle-kit',
        'generate',
        '--dialect',
        'postgresql',
        '--schema',
        './src/server/db/schema.ts',
        '--out',
        relative(root, out),
      ],
      { cwd: root },
    );
    const after = (await readdir(out, { recursive: true })).sort();
    assert.deepEqual(
      after,
      before,
      `schema.ts changed without a migration; run npm run db:generate\n${stdout}${stderr}`,
    );
    assert.match(stdout + stderr, /No schema changes/);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
