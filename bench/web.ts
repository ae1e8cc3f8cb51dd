/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { startServer, stopServer } from '../test/support/server-process.ts';
import { launch } from '../e2e/support/browser.ts';
import { benchLine, median, type Figure } from './report.ts';

/**
 * npm run bench:web — what a first visit costs: the gzipped JS and CSS the app loads first, beside
 * a React "hello world" built the same way; and the largest contentful paint of the demo dialogue
 * page in Chromium on loopback, beside the server-rendered API docs page of the same server.
 */
const root = join(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_ROUNDS ?? 7);

async function initialAssets(dir: string): Promise<{ js: number; css: number }> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, path, kind] of refs) {
    const size = gzipSync(await readFile(join(dir, path!)), { level: 9 }).length;
    if (kind === 'js') js += size;
    else css += size;
  }
  return { js, css };
}

async function helloWorldBaseline(): Promise<{ js: number; css: number }> {
  const dir = await mkdtemp(join(root, '.tmp', 'hello-'));
  try {
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>',
    );
    await writeFile(
      join(dir, 'main.tsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<p>Hello</p>);\n",
    );
    await mkdir(join(dir, 'out'));
    execFileSync(
      'npx',
      [
        'vite',
        'build',
        dir,
        '--outDir',
        join(dir, 'out'),
        '--logLevel',
        'error',
        '--config',
        join(root, 'vite.config.ts'),
        '--emptyOutDir',
      ],
      { cwd: root },
    );
    return await initialAssets(join(dir, 'out'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await mkdir(join(root, '.tmp'), { recursive: true });
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const app = await initialAssets(join(root, 'dist/web'));
const hello = await helloWorldBaseline();

const dataDir = await mkdtemp(join(tmpdir(), 'ed-bench-web-'));
const server = await startServer({ DATA_DIR: dataDir, DEMO: '1' });
const browser = await launch();
async function lcp(url: string, ready: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  const value = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return value;
}
const dialogueLcp: number[] = [];
const docsLcp: number[] = [];
try {
  await lcp(`${server.url}/dialogues/${DIALOGUE_2020_ID}`, '.statement');
  for (let i = 0; i < runs; i++) {
    docsLcp.push(await lcp(`${server.url}/api/v1/docs`, 'h1'));
    dialogueLcp.push(await lcp(`${server.url}/dialogues/${DIALOGUE_2020_ID}`, '.statement'));
  }
} finally {
  await browser.close();
  await stopServer(server);
  await rm(dataDir, { recursive: true, force: true });
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
console.log('\nInitial assets, gzipped (level 9):');
console.table({
  'React hello world (baseline)': { 'JS KB': kb(hello.js), 'CSS KB': kb(hello.css) },
  'Expert Dialogue app': { 'JS KB': kb(app.js), 'CSS KB': kb(app.css) },
});
console.log(`Largest contentful paint, median of ${runs} cold page loads on loopback:`);
console.table({
  'server-rendered API docs (baseline)': { 'LCP ms': Math.round(median(docsLcp)) },
  'demo dialogue page': { 'LCP ms': Math.round(median(dialogueLcp)) },
});
const figures: Figure[] = [
  {
    name: 'web.initial_js_gzip_kb',
    value: kb(app.js),
    baseline: 'react-hello-world',
    baseline_value: kb(hello.js),
    ratio: app.js / hello.js,
    target: '<=200',
    met: kb(app.js) <= 200,
  },
  {
    name: 'web.initial_css_gzip_kb',
    value: kb(app.css),
    baseline: 'react-hello-world',
    baseline_value: kb(hello.css),
    ratio: hello.css ? app.css / hello.css : 0,
  },
  {
    name: 'web.dialogue_lcp_ms',
    value: median(dialogueLcp),
    baseline: 'ssr-docs-page',
    baseline_value: median(docsLcp),
    ratio: median(dialogueLcp) / median(docsLcp),
    target: '<1000',
    met: median(dialogueLcp) < 1000,
  },
];
console.log('');
for (const f of figures) console.log(benchLine(f));
