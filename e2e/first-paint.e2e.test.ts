/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { E2E_SKIP, signIn, stage } from './support/browser.ts';

interface Seen {
  rect: { x: number; y: number; width: number; height: number };
  texts: string[];
}
interface Watch {
  drawn: Seen;
  taken: Seen;
  /** The server's heading is gone: React drew its own in its place. */
  replaced: boolean;
  takenAt: number;
  lcp: number[];
  shift: number;
}

const PARTS = ['header.top', 'nav.site-nav', 'article.dialogue > header', 'nav.section-nav'];

/** In the page before anything else: its paints and shifts, and what the server drew, once styled. */
const WATCHER = `(() => {
  const seen = () => {
    const r = document.querySelector('h1').getBoundingClientRect();
    return {
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      texts: ${JSON.stringify(PARTS)}.map((s) => document.querySelector(s)?.innerText ?? 'no ' + s),
    };
  };
  window.lcp = [];
  window.shift = 0;
  new PerformanceObserver((l) => window.lcp.push(...l.getEntries().map((e) => e.startTime)))
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const h1 = document.querySelector('h1');
    // Read as it is painted: once its style sheet applies (parsing the document does not wait for it).
    const link = document.querySelector('link[rel="stylesheet"]');
    const read = () => (window.drawn = h1 && h1.isConnected ? seen() : 'replaced before it was styled');
    if (link.sheet) read();
    else link.addEventListener('load', read);
    new MutationObserver((_, observer) => {
      if (!h1 || h1.isConnected) return;
      window.takenAt = performance.now();
      window.replaced = true;
      observer.disconnect();
    }).observe(document.getElementById('root'), { childList: true, subtree: true });
  });
})();`;

/**
 * Loads a dialogue's page on a phone with a fourfold slower CPU, and compares what the server drew
 * (read when the document is parsed, before the app renders) with what React draws in its place.
 */
async function watch(page: Page, path: string): Promise<Watch> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript({ content: WATCHER });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path);
  await page.locator('.statement').first().waitFor();
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate((parts) => {
    const w = window as unknown as Watch;
    const r = document.querySelector('h1')!.getBoundingClientRect();
    const taken = {
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      texts: parts.map((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? `no ${s}`),
    };
    return { drawn: w.drawn, taken, replaced: w.replaced ?? false, takenAt: w.takenAt, lcp: w.lcp, shift: w.shift };
  }, PARTS);
}

function assertSeamless(w: Watch, who: string): void {
  assert.ok(w.replaced, `${who}: React drew the page in place of the server's`);
  assert.deepEqual(w.taken.texts, w.drawn.texts, `${who}: the chrome and the heading read the same before and after`);
  assert.deepEqual(w.taken.rect, w.drawn.rect, `${who}: the heading did not move`);
  assert.ok(w.shift < 0.01, `${who}: cumulative layout shift ${w.shift}`);
  assert.ok(w.lcp.length > 0, `${who}: a largest contentful paint`);
  assert.ok(
    Math.max(...w.lcp) < w.takenAt,
    `${who}: the largest paint (${w.lcp}) was the server's (React at ${w.takenAt})`,
  );
}

describe(
  "a dialogue's page paints before its scripts run, and the app takes it over in place",
  { skip: E2E_SKIP },
  () => {
    const on = stage();
    const url = () => `${on.server.url}/dialogues/${DIALOGUE_2020_ID}`;

    test('without JavaScript the heading is there, in the page the server sent', async () => {
      const page = await on.page({ javaScriptEnabled: false });
      await page.goto(url());
      await page.getByRole('heading', { level: 1, name: /Dialogue of representatives of research centres/ }).waitFor();
      assert.match(await page.title(), /^Dialogue of representatives .* — Expert Dialogue$/);
      await page.context().close();
    });

    test('an anonymous reader: nothing flashes or moves, and the largest paint is the first', async () => {
      const page = await on.page();
      assertSeamless(await watch(page, url()), 'anonymous');
      await page.context().close();
    });

    test('the secretariat: its chrome and actions are drawn the same way', async () => {
      const page = await on.page();
      await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
      const w = await watch(page, url());
      assert.match(w.drawn.texts[0]!, /Signed in as/);
      assert.match(w.drawn.texts[2]!, /Edit dialogue/);
      assertSeamless(w, 'admin');
      await page.context().close();
    });
  },
);
