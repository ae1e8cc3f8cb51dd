/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { signInOver } from '../test/support/server-process.ts';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('an institution’s members, kept by its focal point on a phone, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('the focal point adds and ends a member at 390 px; another institution’s chair sees no list', async () => {
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const account = async (email: string, key: string) => {
      const res = await fetch(`${on.server.url}/api/v1/users`, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a focal point password', role: 'member', personId: personId(key) }),
      });
      assert.equal(res.status, 201, await res.text());
    };
    // The demo records each institute's head as its focal point.
    await account('focal@kaziss.example', 'kaziss');
    await account('chair@unrcca.example', 'unrcca');

    const page = await on.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, on.server.url, 'focal@kaziss.example', 'a focal point password');
    await page.goto(`${on.server.url}/account`);
    const institutions = page.locator('section', { has: page.getByRole('heading', { name: 'Your institutions' }) });
    await institutions.getByText('Focal point').waitFor();
    await institutions.getByRole('link').first().click();

    await page.getByRole('heading', { name: 'Members and focal points' }).waitFor();
    assert.equal(
      await page.getByLabel('Role').locator('option').count(),
      1,
      'a focal point is offered the member role only',
    );
    await page.getByLabel('Person').selectOption(personId('niss-tj'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(/is recorded\.$/).waitFor();
    const member = page.locator('[data-membership="member"]');
    await member.getByText('Member', { exact: true }).waitFor();
    await assertNoSidewaysScroll(page, '390 px');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'memberships-390');

    await member.getByRole('button', { name: /^End today/ }).click();
    await page.getByText(/membership of .* ends today\.$/).waitFor();
    const [focal] = await page.locator('[data-membership="focal_point"]').all();
    assert.equal(await focal!.getByRole('button').count(), 0, 'the focal point cannot end their own appointment');

    // The chair of the demo dialogue, UNRCCA's focal point, sees the institute but not its people.
    const chair = await on.page();
    await signIn(chair, on.server.url, 'chair@unrcca.example', 'a focal point password');
    await chair.goto(`${on.server.url}/directory/organizations/${orgId('kaziss')}`);
    await chair.getByRole('heading', { name: 'Names over time' }).waitFor();
    assert.equal(await chair.getByRole('heading', { name: 'Members and focal points' }).count(), 0);
    const api = await fetch(`${on.server.url}/api/v1/organizations/${orgId('kaziss')}/memberships`);
    assert.equal(api.status, 401);
  });
});
