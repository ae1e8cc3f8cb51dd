/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ml } from '../src/shared/multilingual.ts';
import { DIALOGUE_2020_ID, participantId } from '../src/server/demo/dialogue-2020.ts';
import { signInOver } from '../test/support/server-process.ts';
import { E2E_SKIP, screenshot, seriousViolations, stage } from './support/browser.ts';

describe('searching across scripts in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();
  let statementId = '';
  before(async () => {
    const { cookie, csrf } = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const res = await fetch(`${on.server.url}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({
        speaker: { kind: 'participant', participantId: participantId('isrs') },
        kind: 'remarks',
        text: ml({ 'uz-Cyrl': 'Минтақавий ҳамкорлик — барқарорлик асоси' }, 'uz-Cyrl'),
        areaIds: [],
        provisionIds: [],
      }),
    });
    assert.equal(res.status, 201);
    statementId = ((await res.json()) as { id: string }).id;
  });

  test('a Latin query finds a Cyrillic statement; the keyboard reaches it and opens it in its dialogue', async () => {
    const page = await on.page();
    await page.goto(on.server.url);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search the archive, in any script').fill('hamkorlik');
    const hit = page.locator(`#search-results a[href$="#statement-${statementId}"]`);
    await hit.waitFor();
    assert.equal(await hit.locator('mark').innerText(), 'ҳамкорлик');
    assert.match(page.url(), /\/search\?q=hamkorlik/);
    const facet = page
      .getByRole('complementary', { name: 'Narrow the results' })
      .getByRole('button', { name: /Statement/ });
    // The filters by organization and by dialogue name them, in the reader's language and marked so.
    const facets = page.getByRole('complementary', { name: 'Narrow the results' });
    await facets
      .getByRole('button', { name: /Institute for Strategic and Regional Studies|ISRS/ })
      .first()
      .waitFor();
    await facets.getByRole('button', { name: /Dialogue of representatives/ }).waitFor();
    assert.doesNotMatch(await facets.innerText(), /[0-9a-f]{8}-[0-9a-f]{4}-/, 'no filter shows an id');
    assert.equal(
      await facets
        .getByRole('button', { name: /Dialogue of representatives/ })
        .locator('[lang="en"]')
        .count(),
      1,
    );
    await facet.click();
    assert.equal(await facet.getAttribute('aria-pressed'), 'true');
    await page.waitForURL(/kind=statement/);
    await hit.waitFor();
    await screenshot(page, 'search');
    assert.deepEqual(await seriousViolations(page), []);

    // The arrow keys walk the results from the search field; other hits may rank above this one.
    await page.getByLabel('Search the archive, in any script').press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    for (let i = 0; i < 20 && !(await focused()).endsWith(`#statement-${statementId}`); i++)
      await page.keyboard.press('ArrowDown');
    assert.ok((await focused()).endsWith(`#statement-${statementId}`), 'the keyboard reaches the hit');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /ҳамкорлик/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Dialogue of representatives/ }).waitFor();
    assert.equal(new URL(page.url()).hash, `#statement-${statementId}`);
    await page.locator(`[id="statement-${statementId}"]`).waitFor();
  });
});
