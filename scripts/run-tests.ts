import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPgliteTemplate, buildPostgresTemplate, dropPostgresDatabases } from '../test/support/template.ts';

/**
 * npm test: builds the database templates once, then runs every *.test.ts with node's test runner.
 * PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it).
 * Extra arguments filter test files by substring: npm run test:only -- record
 */
const root = resolve(import.meta.dirname, '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

// Browser tests run when Chromium is there; CI sets E2E=required so a missing browser fails instead.
const chromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const e2e = chromium || process.env.E2E === 'required';
const filters = process.argv.slice(2);
const files = [
  ...findTests(join(root, 'src')),
  ...findTests(join(root, 'test')),
  ...(e2e ? findTests(join(root, 'e2e')) : []),
]
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const started = Date.now();
if (e2e && files.some((f) => f.includes('/e2e/'))) {
  // The browser tests drive the built app: build it from the current sources first.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
const pgliteTemplate = join(tmp, 'pglite-template.tar');
await buildPgliteTemplate(pgliteTemplate);
const env: NodeJS.ProcessEnv = { ...process.env, ED_PGLITE_TEMPLATE: pgliteTemplate };

const pgUrl = process.env.TEST_DATABASE_URL;
const prefix = `ed_test_${process.pid}_`;
if (pgUrl) {
  await buildPostgresTemplate(pgUrl, `${prefix}template`);
  env.ED_PG_TEMPLATE = `${prefix}template`;
  env.ED_PG_PREFIX = prefix;
}
console.log(
  `templates ready in ${Date.now() - started} ms (${pgUrl ? 'PGlite and PostgreSQL' : 'PGlite only; set TEST_DATABASE_URL to add PostgreSQL'}; browser tests ${e2e ? 'on' : 'off: no Chromium'})`,
);

const code = await new Promise<number>((done) => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    { env, stdio: 'inherit' },
  );
  child.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0)));
});
if (pgUrl) await dropPostgresDatabases(pgUrl, prefix);
process.exit(code);
