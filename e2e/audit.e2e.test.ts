/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitsWidth, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('the secretariat reads the audit log, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('the admin filters the audit page at 390 px: failed sign-ins, the CSV of the filter, no sideways scroll', async () => {
    const url = on.server.url;
    const typed = 'someone.who.has.no.account.at.all@unknown-institute.example';
    const failed = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: typed, password: 'a guess' }),
    });
    assert.equal(failed.status, 401);

    const page = await on.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.locator('#audit-list > li').first().waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Kind').selectOption({ label: 'Failed sign-ins' });
    await page.getByRole('button', { name: 'Show' }).click();
    // The unfiltered list holds the entry too: wait for the filter's answer to replace it.
    await page.waitForFunction(() => {
      const kinds = Array.from(document.querySelectorAll('#audit-list > li strong code'), (c) => c.textContent);
      return kinds.length > 0 && kinds.every((k) => k === 'session.failed');
    });
    const entry = page.locator('#audit-list > li', { hasText: typed });
    await entry.waitFor();
    await entry.getByText('nobody (the system, or an unknown caller)').waitFor();
    await entry.locator('time').waitFor();
    const types = await page.locator('#audit-list > li strong code').allTextContents();
    assert.ok(types.length > 0 && types.every((t) => t === 'session.failed'), types.join(', '));
    const csv = await page.getByRole('link', { name: 'Download this list as CSV' }).getAttribute('href');
    assert.equal(csv, '/api/v1/audit.csv?kind=session.failed');

    assert.ok(await fitsWidth(page), 'no sideways scrolling at 390 px');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'audit-390');

    const file = await page.evaluate(async (href) => (await fetch(href)).text(), csv!);
    assert.ok(file.includes(typed), 'the CSV holds the filtered entries');
  });
});
