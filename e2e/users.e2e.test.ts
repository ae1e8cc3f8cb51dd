/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signInOver } from '../test/support/server-process.ts';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('the secretariat disables an account, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('at 390 px: finds the account, disables it after confirming; its session is gone and its password no longer works', async () => {
    const url = on.server.url;
    const admin = await signInOver(url, on.server.adminEmail!, on.server.adminPassword!);
    const email = 'departing.delegate.with.a.long.address@institute.example';
    const password = 'a long enough password of theirs';
    const created = await fetch(`${url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: JSON.stringify({ email, password, role: 'member' }),
    });
    assert.equal(created.status, 201, await created.text());
    const theirs = await signInOver(url, email, password);
    const whoIsTheirs = async () =>
      (
        (await (await fetch(`${url}/api/v1/session`, { headers: { cookie: theirs.cookie } })).json()) as {
          user: unknown;
        }
      ).user;
    assert.notEqual(await whoIsTheirs(), null);

    const page = await on.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);
    // At 390 px the navigation is folded behind the menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    // The admin's own account offers no change.
    const own = page.locator('.users > li', { hasText: on.server.adminEmail! });
    await own.getByText('This is your own account').waitFor();
    assert.equal(await own.getByRole('button').count(), 0);

    await page.getByLabel('E-mail or name').fill('DEPARTING');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const item = page.locator('.users > li', { hasText: email });
    await item.getByText('in 1 session').waitFor();
    await page.getByText('1 account', { exact: true }).waitFor();
    await assertNoSidewaysScroll(page, '390 px, the list');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'users-390');

    await item.getByRole('button', { name: `Disable: ${email}` }).click();
    await item.getByText(`Disable ${email}? Every session of the account ends at once`).waitFor();
    await assertNoSidewaysScroll(page, '390 px, the confirmation');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'users-390-confirm');
    await item.getByRole('button', { name: 'Yes, go ahead' }).click();
    await page.getByText(`${email} is disabled; its sessions have ended.`).waitFor();
    await item.locator('.badge', { hasText: 'Disabled' }).waitFor();
    await item.getByText('nowhere').waitFor();
    await item.getByRole('button', { name: `Enable: ${email}` }).waitFor();
    await assertNoSidewaysScroll(page, '390 px, disabled');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'users-390-disabled');

    // Their session is gone, and their right password answers as a wrong one.
    assert.equal(await whoIsTheirs(), null);
    const again = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    assert.equal(again.status, 401);
    assert.equal(((await again.json()) as { code: string }).code, 'invalid_credentials');

    // The state filter finds it among the disabled ones.
    await page.getByLabel('E-mail or name').fill('');
    await page.getByLabel('Show').selectOption('disabled');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 account', { exact: true }).waitFor();
    assert.equal(await page.locator('.users > li').count(), 1);
  });
});
