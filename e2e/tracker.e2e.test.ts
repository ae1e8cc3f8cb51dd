/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { documentId, provisionId } from '../src/server/demo/references-data.ts';
import { ml } from '../src/shared/multilingual.ts';
import { signInOver } from '../test/support/server-process.ts';
import { E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('following up in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('a focal point moves an action to done with evidence; the matrix and the chart follow; an outsider sees only counts', async () => {
    // The secretariat records an action for the Kazakh institute and opens an account for its focal point.
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${on.server.url}/api/v1${path}`, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 201, await res.clone().text());
      return res.json() as Promise<{ id: string }>;
    };
    await post(`/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
      kind: 'follow_up_action',
      text: ml({ en: 'Publish a joint paper on post-pandemic transit corridors' }),
      proposerIds: [],
      endorserIds: [],
      areaIds: [],
      provisionIds: [provisionId('a-res-72-283', 'op')],
      ownerOrganizationId: orgId('kaziss'),
      dueOn: '2021-06-30',
      status: 'in_progress',
    });
    await post('/users', {
      email: 'focal@kaziss.example',
      password: 'a long focal point password',
      role: 'member',
      personId: personId('kaziss'),
    });

    const page = await on.page();
    await signIn(page, on.server.url, 'focal@kaziss.example', 'a long focal point password');
    await page.getByRole('link', { name: 'Follow-up' }).click();
    await page.getByLabel('Document').selectOption(documentId('a-res-72-283'));
    const kz = page.locator('table.matrix tbody tr', { hasText: 'OP' }).locator('td[data-column="KZ"]');
    await kz.getByText('In progress: 1').waitFor();
    await kz.getByText('1 overdue').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await kz.getByRole('link', { name: 'Publish a joint paper' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Publish a joint paper on post-pandemic transit corridors' })
      .waitFor();
    const form = page.getByRole('form', { name: 'Change the status' });
    await form.getByLabel('Status').selectOption('done');
    await form.getByLabel('Note').fill('Published in both languages.');
    await form.getByLabel('Evidence (links)').fill('https://example.org/transit-paper');
    await form.getByRole('button', { name: 'Save' }).click();
    await page
      .locator('.timeline li')
      .first()
      .getByRole('link', { name: 'https://example.org/transit-paper' })
      .waitFor();
    assert.match(await page.locator('.timeline li').first().innerText(), /Done/);
    await screenshot(page, 'action-page');

    await page
      .getByRole('link', { name: /A\/RES\/72\/283|Strengthening regional/ })
      .first()
      .click();
    await kz.getByText('Done: 1').waitFor();
    assert.equal(await kz.getByText('overdue').count(), 0, 'done is not overdue');
    const chart = page.locator('figure.chart', { hasText: 'Actions by status, per country' });
    await chart.getByText('The numbers').click();
    const kzRow = chart.locator('tbody tr', { hasText: 'Kazakhstan' });
    assert.equal(await kzRow.locator('td').nth(2).innerText(), '1', 'the chart counts the done action for Kazakhstan');
    await screenshot(page, 'tracker-matrix');

    // The dialogue page's Follow-up lists the action with its owner, due date and status, linked to its page.
    await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
    await page
      .getByRole('navigation', { name: 'Sections of this page' })
      .getByRole('link', { name: 'Follow-up' })
      .click();
    const followUp = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Follow-up' }) });
    const item = followUp.getByRole('listitem').filter({ hasText: 'Publish a joint paper' });
    await item.getByText('Done', { exact: true }).waitFor();
    assert.match(await item.innerText(), /Owner institution\s+KazISS|Kazakhstan Institute for Strategic Studies/);
    assert.match(await item.innerText(), /Due\s+June 30, 2021/);
    assert.equal(await item.getByText('Overdue').count(), 0, 'done is not overdue');
    await followUp.getByRole('link', { name: 'Follow-up of A/RES/72/283 across countries' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      'the Follow-up fits 390 px',
    );
    await followUp.screenshot({ path: 'e2e-artifacts/dialogue-follow-up-390.png' });
    await item.getByRole('link', { name: /Publish a joint paper/ }).click();
    await page.getByRole('heading', { level: 1, name: /Publish a joint paper/ }).waitFor();

    // Someone not signed in sees the same counts, and no action.
    const outsider = await on.page();
    await outsider.goto(`${on.server.url}/tracker/${documentId('a-res-72-283')}`);
    const cell = outsider.locator('table.matrix tbody tr', { hasText: 'OP' }).locator('td[data-column="KZ"]');
    await cell.getByText('Done: 1').waitFor();
    assert.equal(await outsider.locator('.cell-actions').count(), 0, 'no action is listed to outsiders');
    assert.deepEqual(await seriousViolations(outsider), []);

    // On the dialogue's own page the outsider reads the Follow-up of what the record shows them, no more:
    // each item's owner there is the owner its outcome names in the record.
    await outsider.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}#follow-up`);
    const outsideFollowUp = outsider.locator('section', {
      has: outsider.getByRole('heading', { level: 2, name: 'Follow-up' }),
    });
    await outsideFollowUp.getByRole('listitem').first().waitFor();
    const listed = await outsideFollowUp.getByRole('listitem').allInnerTexts();
    const outcomes = await outsider.locator('ul.outcomes > li').allInnerTexts();
    for (const entry of listed) {
      const owner = /Owner institution\s+(.+)/.exec(entry)?.[1]?.trim();
      if (owner && owner !== 'No owner named')
        assert.ok(
          outcomes.some((o) => o.includes(owner)),
          `the owner ${owner} is one the record shows the outsider`,
        );
    }
    assert.deepEqual(await seriousViolations(outsider), []);
  });
});
