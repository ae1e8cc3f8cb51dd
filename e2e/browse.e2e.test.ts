/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIALOGUE_2020_ID, STATEMENTS, PARTICIPANTS } from '../src/server/demo/dialogue-2020.ts';
import { E2E_SKIP, screenshot, seriousViolations, stage } from './support/browser.ts';

describe('browsing the record in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  const newPage = (): Promise<Page> => on.page();

  test('the demo admin signs in and reads the 22 June 2020 dialogue in full', async () => {
    const page = await newPage();
    await page.goto(on.server.url);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill(on.server.adminEmail!);
    await page.getByLabel('Password').fill(on.server.adminPassword!);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(`Signed in as ${on.server.adminEmail}`).waitFor();
    await screenshot(page, 'dialogues');

    await page
      .getByRole('link', { name: 'Dialogue of representatives of research centres of Central Asian countries' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Dialogue of representatives/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/dialogues/${DIALOGUE_2020_ID}`);

    // The heading comes first; the sections below it in the render after.
    const participants = page.locator('section[aria-labelledby="participants"] .people > li');
    await participants.first().waitFor();
    assert.equal(await participants.count(), PARTICIPANTS.length);
    const norov = participants.filter({ hasText: 'Vladimir Norov' });
    assert.match(await norov.innerText(), /Secretary-General of the SCO/);
    assert.match(await norov.innerText(), /Shanghai Cooperation Organisation/);
    assert.match(
      await participants.filter({ hasText: 'Head of KazISS' }).innerText(),
      /Kazakhstan Institute for Strategic Studies/,
    );

    const statements = page.locator('.statement');
    assert.equal(await statements.count(), STATEMENTS.length);
    await page
      .locator('blockquote', { hasText: 'the core of the Organization and its priority area of activity' })
      .waitFor();
    await page.getByText(/^Jointly: /).waitFor();
    const outcomes = page.locator('section[aria-labelledby="outcomes"] li');
    assert.ok((await outcomes.filter({ hasText: 'Conclusion' }).count()) >= 1);
    await page.getByText('Jun 22, 2020', { exact: false }).first().waitFor();
    await screenshot(page, 'dialogue');
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('in Russian the interface is Russian, plural forms included, and the choice is kept', async () => {
    const page = await newPage();
    await page.goto(on.server.url);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Диалоги' }).waitFor();
    await page.getByText('5 диалогов').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Диалоги' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
    await page.getByText('7 участников').waitFor();
    await page.getByText('10 выступлений').waitFor();
    await page.getByRole('heading', { level: 1, name: /Диалог представителей/ }).waitFor();
    await screenshot(page, 'dialogue-ru');
  });

  test('a provision of a reference document shows the dialogue that discussed it', async () => {
    const page = await newPage();
    await page.goto(`${on.server.url}/references`);
    await page.getByRole('link', { name: /A\/RES\/72\/283/ }).click();
    await page.getByRole('heading', { level: 1, name: /A\/RES\/72\/283/ }).waitFor();
    await page.getByRole('link', { name: 'OP', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'OP' }).waitFor();
    await page.getByText('Discussed in 1 dialogue').waitFor();
    await page
      .getByRole('link', { name: 'Dialogue of representatives of research centres of Central Asian countries' })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Dialogue of representatives/ }).waitFor();
    await screenshot(page, 'provision-to-dialogue');
  });

  test('a directory entry lists the dialogues it took part in, and its names over time', async () => {
    const page = await newPage();
    await page.goto(`${on.server.url}/directory`);
    await page.getByRole('link', { name: /National Institute of Strategic Initiatives/ }).click();
    await page.getByText(/National Institute for Strategic Studies of the Kyrgyz Republic/).waitFor();
    await page.goto(`${on.server.url}/directory`);
    await page.getByRole('link', { name: 'Vladimir Norov' }).click();
    await page.getByText('Took part in 1 dialogue').waitFor();
    assert.ok(await seriousViolations(page).then((v) => v.length === 0));
  });

  test('the main pages have no serious or critical accessibility violations', async () => {
    const page = await newPage();
    for (const path of ['/', '/directory', '/references', '/sign-in']) {
      await page.goto(`${on.server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await seriousViolations(page), [], path);
      await screenshot(page, path === '/' ? 'home' : path.slice(1));
    }
  });

  test('the whole app is operable by keyboard: skip link, navigation, filters', async () => {
    const page = await newPage();
    await page.goto(on.server.url);
    await page.locator('.card').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.getByLabel('Year').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Year').selectOption('2020');
    await page.getByRole('button', { name: 'Apply' }).press('Enter');
    await page.getByText('1 dialogue', { exact: true }).waitFor();
    assert.match(new URL(page.url()).search, /year=2020/);
  });
});
