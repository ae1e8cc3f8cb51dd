/// <reference lib="dom" />
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DIALOGUE_2020_ID, NEWS_2020 } from '../src/server/demo/dialogue-2020.ts';
import { startServer, stopServer } from '../test/support/server-process.ts';
import { CHROMIUM, launch } from '../e2e/support/browser.ts';
import { benchLine, median, type Figure } from './report.ts';

/**
 * npm run bench:web — what a first visit costs on a phone. The gzipped JS a first visit to the 2020
 * dialogue's page loads before it shows the record, beside a React "hello world" built with the same
 * Vite; the largest contentful paint of that page in Chromium emulating a 390×844 phone with its CPU
 * slowed fourfold, beside the server-rendered news article about the same dialogue; and Lighthouse's
 * mobile performance score for both, in the same run.
 */
const root = join(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_ROUNDS ?? 7);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 3);
const gzipSize = async (dir: string, path: string) => gzipSync(await readFile(join(dir, path)), { level: 9 }).length;

/** What index.html loads before any script runs: its scripts, module preloads and style sheets. */
async function initialAssets(dir: string): Promise<{ js: number; css: number }> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, path, kind] of refs) {
    if (kind === 'js') js += await gzipSize(dir, path!);
    else css += await gzipSize(dir, path!);
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
    const args = ['vite', 'build', dir, '--outDir', join(dir, 'out'), '--logLevel', 'error', '--emptyOutDir'];
    execFileSync('npx', [...args, '--config', join(root, 'vite.config.ts')], { cwd: root });
    return await initialAssets(join(dir, 'out'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The news article the demo published about the 2020 dialogue: the one dated as its release was. */
async function newsArticleOf2020(base: string): Promise<string> {
  const list = await (await fetch(`${base}/news`)).text();
  for (const [, slug] of list.matchAll(/href="\/news\/([^"?/]+)"/g)) {
    const url = `${base}/news/${slug}`;
    if ((await (await fetch(url)).text()).includes(`content="${NEWS_2020.publishedAt.replace('Z', '')}`)) return url;
  }
  throw new Error('no news article of the 2020 dialogue');
}

await mkdir(join(root, '.tmp'), { recursive: true });
// BENCH_WEB_BUILT=1 measures dist/web as it is (built from the same sources by another run).
if (!process.env.BENCH_WEB_BUILT)
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const dist = join(root, 'dist/web');
const app = await initialAssets(dist);
const hello = await helloWorldBaseline();

const dataDir = await mkdtemp(join(tmpdir(), 'ed-bench-web-'));
const server = await startServer({ DATA_DIR: dataDir, DEMO: '1', RATE_LIMIT_WRITES_PER_MINUTE: '1000000' }, 300_000);
const dialogueUrl = `${server.url}/dialogues/${DIALOGUE_2020_ID}`;
const browser = await launch();

async function phone(): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
}

/**
 * One cold load on a phone with a fourfold slower CPU: the largest contentful paint, and the scripts
 * it fetched before and after `ready` appeared, as the page's own clock tells (a script the page
 * asks for once it is idle after showing the record is never counted as needed to show it).
 */
async function coldLoad(
  url: string,
  ready: string,
  after = 0,
): Promise<{ lcp: number; scripts: string[]; later: string[] }> {
  const context = await phone();
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      (window as unknown as { shownAt: number }).shownAt = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  }, ready);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await page.waitForTimeout(after);
  const fetched = await page.evaluate(() => {
    const shownAt = (window as unknown as { shownAt: number }).shownAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, before: e.startTime < shownAt }));
  });
  await context.close();
  return {
    lcp,
    scripts: fetched.filter((f) => f.before).map((f) => f.path),
    later: fetched.filter((f) => !f.before).map((f) => f.path),
  };
}

/** Lighthouse's mobile performance score (0–100), with its default simulated slow 4G and CPU. */
async function lighthouseScores(urls: string[]): Promise<{ scores: number[][]; audits: Record<string, string>[] }> {
  const { default: lighthouse } = await import('lighthouse');
  const profile = await mkdtemp(join(tmpdir(), 'ed-bench-lh-'));
  const chrome = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      chrome.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) resolve(Number(m[1]));
      });
      chrome.once('exit', () => reject(new Error(`chromium exited: ${err}`)));
    });
    const scores: number[][] = urls.map(() => []);
    const audits: Record<string, string>[] = urls.map(() => ({}));
    for (let i = 0; i < lighthouseRuns; i++) {
      for (const [n, url] of urls.entries()) {
        const result = await lighthouse(url, {
          port,
          onlyCategories: ['performance', 'seo'],
          logLevel: 'error',
          output: 'json',
        });
        const lhr = result!.lhr;
        scores[n]!.push(Math.round((lhr.categories.performance!.score ?? 0) * 100));
        for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']) {
          audits[n]![id] = lhr.audits[id]?.displayValue ?? '';
        }
        audits[n]!.seo = String(Math.round((lhr.categories.seo!.score ?? 0) * 100));
      }
    }
    return { scores, audits };
  } finally {
    if (chrome.exitCode === null && chrome.signalCode === null) {
      const exited = new Promise((r) => chrome.once('exit', r));
      chrome.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  }
}

const dialogueLcp: number[] = [];
const newsLcp: number[] = [];
let firstVisitJs = 0;
let laterJs = 0;
let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> | null = null;
let lighthouseError = '';
let newsUrl = '';
try {
  newsUrl = await newsArticleOf2020(server.url);
  const first = await coldLoad(dialogueUrl, '.statement', 3000);
  for (const path of new Set(first.scripts)) firstVisitJs += await gzipSize(dist, path.replace(/^\//, ''));
  for (const path of new Set(first.later)) laterJs += await gzipSize(dist, path.replace(/^\//, ''));
  console.log('Scripts of a first visit before the record shows:', first.scripts.join(' '));
  console.log('and in the 3 s after:', first.later.join(' ') || 'none');
  for (let i = 0; i < runs; i++) {
    newsLcp.push((await coldLoad(newsUrl, 'h1')).lcp);
    dialogueLcp.push((await coldLoad(dialogueUrl, '.statement')).lcp);
  }
  await browser.close();
  try {
    if (lighthouseRuns > 0) lighthouse = await lighthouseScores([dialogueUrl, newsUrl]);
    else lighthouseError = 'BENCH_LIGHTHOUSE_ROUNDS=0';
  } catch (err) {
    lighthouseError = err instanceof Error ? (err.stack ?? err.message) : String(err);
  }
} finally {
  await browser.close();
  await stopServer(server);
  await rm(dataDir, { recursive: true, force: true });
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
console.log('\nJS and CSS, gzipped (level 9):');
console.table({
  'React hello world (baseline)': { 'index.html JS KB': kb(hello.js), 'CSS KB': kb(hello.css) },
  'Expert Dialogue app': {
    'index.html JS KB': kb(app.js),
    'CSS KB': kb(app.css),
    'dialogue page, first visit, until its record shows, JS KB': kb(firstVisitJs),
    'then in the 3 s after (the contracts that check answers), JS KB': kb(laterJs),
  },
});
console.log(`Largest contentful paint, 390×844 phone, CPU ×4 slower, median of ${runs} cold loads on loopback:`);
console.table({
  'news article, server-rendered (baseline)': { 'LCP ms': Math.round(median(newsLcp)) },
  '2020 dialogue page in the app': { 'LCP ms': Math.round(median(dialogueLcp)) },
});
if (lighthouse) {
  console.log(`Lighthouse ${lighthouseRuns}× each, mobile (simulated slow 4G, CPU ×4):`);
  console.table({
    'news article (baseline)': { scores: lighthouse.scores[1]!.join(' '), ...lighthouse.audits[1] },
    '2020 dialogue page': { scores: lighthouse.scores[0]!.join(' '), ...lighthouse.audits[0] },
  });
} else console.log(`Lighthouse did not run: ${lighthouseError}`);

const figures: Figure[] = [
  {
    name: 'web.initial_js_gzip_kb',
    value: kb(firstVisitJs),
    baseline: 'react-hello-world',
    baseline_value: kb(hello.js),
    ratio: firstVisitJs / hello.js,
    target: '<=120',
    met: kb(firstVisitJs) <= 120,
  },
  {
    name: 'web.index_js_gzip_kb',
    value: kb(app.js),
    baseline: 'react-hello-world',
    baseline_value: kb(hello.js),
    ratio: app.js / hello.js,
  },
  {
    name: 'web.initial_css_gzip_kb',
    value: kb(app.css),
    baseline: 'react-hello-world',
    baseline_value: kb(hello.css),
    ratio: hello.css ? app.css / hello.css : 0,
  },
  {
    name: 'web.dialogue_lcp_ratio',
    value: median(dialogueLcp),
    baseline: 'ssr-news-article',
    baseline_value: median(newsLcp),
    ratio: median(dialogueLcp) / median(newsLcp),
    target: '<=2',
    met: median(dialogueLcp) / median(newsLcp) <= 2,
  },
];
if (lighthouse) {
  const appScore = median(lighthouse.scores[0]!);
  const newsScore = median(lighthouse.scores[1]!);
  figures.push({
    name: 'web.lighthouse_mobile_ratio',
    value: appScore,
    baseline: 'ssr-news-article',
    baseline_value: newsScore,
    ratio: appScore / newsScore,
    target: '>=0.9',
    met: appScore / newsScore >= 0.9,
  });
}
console.log('');
for (const f of figures) console.log(benchLine(f));
