/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { APP_ROUTES } from '../src/shared/app-routes.ts';
import { E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

/**
 * The header bar holds one row of controls 40 px high (--control-height) inside 8 px of padding above
 * and below and a 1 px rule: 57 px. A second row would add at least another 40 px and the 8 px gap, so
 * any height under 72 px is one row, with room for a font a little taller than the one here.
 */
const ONE_ROW_HEADER = 72;

/** The pages: every address without a parameter, and the demo dialogue's own (its page, editing, live room, clearing). */
function pages(dialogueId: string): { name: string; path: string }[] {
  return Object.entries(APP_ROUTES).flatMap(([name, pattern]) => {
    // The hall's projector has no chrome at all: live-room-ui.e2e.test.ts checks it.
    if (name === 'liveProjector') return [];
    const params = pattern.split('/').filter((s) => s.startsWith(':'));
    if (params.length === 0) return [{ name, path: pattern }];
    if (params.length === 1 && params[0] === ':id' && pattern.startsWith('/dialogues/')) {
      return [{ name, path: pattern.replace(':id', dialogueId) }];
    }
    return [];
  });
}

async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('main [role="status"]')).some((s) => /^Loading/.test(s.textContent ?? '')),
  );
}

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, client, widest } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The first element that reaches past the right edge, to say what to fix.
    const over = Array.from(document.querySelectorAll('body *')).find(
      (e) => e.getBoundingClientRect().right > client + 0.5,
    );
    return {
      scroll: document.documentElement.scrollWidth,
      client,
      widest: over ? `${over.tagName.toLowerCase()}.${over.className}` : '',
    };
  });
  assert.ok(scroll <= client, `no sideways scroll on ${where}: ${scroll} > ${client} (${widest})`);
}

async function axeClean(page: Page, where: string): Promise<void> {
  const serious = await seriousViolations(page);
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `no serious axe violations on ${where}`,
  );
}

/** The demo dialogue, opened from the dialogues list. */
async function demoDialogueId(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/`);
  // The dialogue of 22 June 2020 that the demo data rebuilds, with its participants, record and publications.
  const first = page.getByRole('link', { name: /^Dialogue of representatives of research centres/ });
  await first.waitFor();
  const href = (await first.getAttribute('href')) ?? '';
  const id = /^\/dialogues\/([^/]+)$/.exec(href)?.[1];
  assert.ok(id, `a dialogue link: ${href}`);
  return id;
}

// The two widths are independent walks: side by side, their waits overlap.
describe('the chrome on every page, in Chromium', { skip: E2E_SKIP, concurrency: 2 }, () => {
  const on = stage();

  test('at 1366 × 900: the header is one row, the navigation shows both groups, no sideways scroll, axe passes', async () => {
    const page = await on.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const id = await demoDialogueId(page, on.server.url);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const problems: string[] = [];
    for (const { name, path } of pages(id)) {
      const where = `${name} (${path}) at 1366 px`;
      try {
        await page.goto(`${on.server.url}${path}`);
        await settle(page);
        const header = await page.locator('header.top').boundingBox();
        assert.ok(header && header.height < ONE_ROW_HEADER, `one-row header on ${where}: ${header?.height} px`);
        assert.equal(await menu.isVisible(), false, `no menu button on ${where}`);
        // Every link of the navigation sits on one line.
        const tops = await nav
          .getByRole('link')
          .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().top));
        assert.ok(tops.length >= 9, `the everyday and the secretariat's links on ${where}`);
        assert.equal(new Set(tops).size, 1, `the navigation is one row on ${where}: ${tops.join(', ')}`);
        await nav.getByRole('group', { name: 'Secretariat' }).getByRole('link', { name: 'Outbox' }).waitFor();
        await noSidewaysScroll(page, where);
        await axeClean(page, where);
        await screenshot(page, `chrome-1366-${name}`);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    // Every page is checked before failing, so one run names every problem.
    assert.deepEqual(problems, []);
  });

  test('at 390 × 844: the menu button opens and closes the navigation with the keyboard; no sideways scroll; axe passes', async () => {
    const page = await on.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const id = await demoDialogueId(page, on.server.url);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const expanded = () => menu.getAttribute('aria-expanded');
    const problems: string[] = [];
    for (const { name, path } of pages(id)) {
      const where = `${name} (${path}) at 390 px`;
      try {
        await page.goto(`${on.server.url}${path}`);
        await settle(page);
        assert.equal(await menu.getAttribute('aria-controls'), 'site-nav');
        assert.equal(await expanded(), 'false', `closed at first on ${where}`);
        assert.equal(await nav.isVisible(), false, `the navigation is folded on ${where}`);
        await noSidewaysScroll(page, where);
        await axeClean(page, where);
        await screenshot(page, `chrome-390-${name}`);

        // Enter opens it; Tab goes from the button into it; Escape closes it and returns to the button.
        await menu.focus();
        await page.keyboard.press('Enter');
        assert.equal(await expanded(), 'true', `Enter opens the menu on ${where}`);
        await nav.getByRole('link', { name: 'Dialogues' }).waitFor();
        await nav.getByRole('group', { name: 'Secretariat' }).getByRole('link', { name: 'Accounts' }).waitFor();
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => document.activeElement?.closest('#site-nav') !== null),
          true,
          `Tab moves into the open menu on ${where}`,
        );
        await noSidewaysScroll(page, `${where}, the menu open`);
        if (name === 'dialogues') {
          await axeClean(page, `${where}, the menu open`);
          await screenshot(page, 'chrome-390-menu-open');
        }
        await page.keyboard.press('Escape');
        assert.equal(await expanded(), 'false', `Escape closes the menu on ${where}`);
        assert.equal(await nav.isVisible(), false);
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('menu-button')), true);
        // Space opens it too, and pressing the button again closes it.
        await page.keyboard.press('Space');
        assert.equal(await expanded(), 'true', `Space opens the menu on ${where}`);
        await page.keyboard.press('Space');
        assert.equal(await expanded(), 'false', `Space closes the menu on ${where}`);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    assert.deepEqual(problems, []);

    // Following a link from the menu closes it and takes focus to the new page.
    await menu.click();
    await nav.getByRole('link', { name: 'Bindings' }).click();
    await page.getByRole('heading', { name: 'Accounts waiting to be bound', level: 1 }).waitFor();
    assert.equal(await expanded(), 'false', 'the menu closes on navigation');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });
});
