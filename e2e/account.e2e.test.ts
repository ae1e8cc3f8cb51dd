/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signInOver } from '../test/support/server-process.ts';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('the account page, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('shows this session marked, ends another, makes a calendar address; fits 1366 and 390 px; passes axe', async () => {
    const email = on.server.adminEmail!;
    const password = on.server.adminPassword!;
    // Signed in elsewhere too: another device, as far as the server can tell.
    const elsewhere = await signInOver(on.server.url, email, password);
    const whoElsewhere = async () =>
      (
        (await (await fetch(`${on.server.url}/api/v1/session`, { headers: { cookie: elsewhere.cookie } })).json()) as {
          user: unknown;
        }
      ).user;
    assert.notEqual(await whoElsewhere(), null);

    const page = await on.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, on.server.url, email, password);
    await page.getByRole('link', { name: `Signed in as ${email}` }).click();
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    const current = page.locator('[data-session="current"]');
    await current.getByText('This session').waitFor();
    assert.equal(await current.count(), 1, 'one session is marked as this one');
    assert.equal(await current.getByRole('button').count(), 0, 'this session has no End button');
    const others = page.locator('[data-session="other"]');
    assert.ok((await others.count()) >= 1, 'the other session is listed');
    await page.getByText('You have no passkey yet.').waitFor();
    await assertNoSidewaysScroll(page, '1366 px');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'account-1366');

    const before = await others.count();
    await others
      .first()
      .getByRole('button', { name: /^End the session signed in on/ })
      .click();
    await page.getByText('That session has ended.').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-session="other"]').length === n - 1, before);
    assert.equal(await whoElsewhere(), null, 'the other device is signed out');

    await page.getByRole('button', { name: 'Make an address' }).click();
    const address = page.getByLabel('Your new address. Copy it now: it will not be shown again.');
    assert.match(await address.inputValue(), /\/calendar\/[A-Za-z0-9_-]+\.ics$/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('[data-session="current"]').getByText('This session').waitFor();
    await page.getByText(/Your address was made/).waitFor();
    await assertNoSidewaysScroll(page, '390 px');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'account-390');
  });
});
