/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { fitsWidth, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('publishing in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('generate a summary, edit it, approve and publish it; the news site shows it with no JavaScript', async () => {
    const page = await on.page();
    await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Publications' }) });
    await panel.getByLabel('Kind').selectOption('summary');
    await panel.getByLabel('Language').selectOption('en');
    await panel.getByRole('button', { name: 'Generate' }).click();

    const editor = panel.locator('.publication-editor');
    const title = editor.getByLabel('Title');
    await title.waitFor();
    assert.match(await title.inputValue(), /^Summary: /);
    const headline = 'Research centres of Central Asia compare notes on the 2018 resolution';
    await title.fill(headline);
    const body = editor.getByLabel('Text');
    await body.fill(`${await body.inputValue()}\n\nThe next meeting is planned for the autumn.`);
    await editor.getByRole('button', { name: 'Save as a new revision' }).click();
    await editor.getByText(/Revision 2 · edited/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'publication-editor');

    await editor.getByRole('button', { name: 'Send for review' }).click();
    await editor.getByLabel('For', { exact: true }).selectOption({ index: 0 });
    // Two steps that look apart: an institution signs off, then the secretariat approves for publication.
    await editor.getByRole('heading', { name: 'Step 1 · Sign-off by the institutions' }).waitFor();
    await editor.getByRole('button', { name: 'Sign off', exact: true }).click();
    await editor.locator('.approvals li', { hasText: 'signed off' }).first().waitFor();
    await editor.getByRole('heading', { name: 'Step 2 · Approval for publication by the secretariat' }).waitFor();
    const unsigned = await editor.locator('.approvals li', { hasText: 'awaiting' }).count();
    const approve = editor.getByRole('button', { name: /^Approve for publication/ });
    // With an institution still to sign off, the secretariat's approval is an override, and says so.
    if (unsigned > 0) {
      assert.match(await approve.innerText(), /secretariat override/);
      assert.match(String(await approve.getAttribute('class')), /button-danger/);
    }
    await screenshot(page, 'publication-steps');
    await approve.click();
    await editor.getByRole('button', { name: 'Publish' }).click();
    // Published, nothing is "awaiting" any more.
    await editor.getByRole('link', { name: 'View on the news site' }).waitFor();
    assert.equal(await editor.getByText('awaiting', { exact: true }).count(), 0);
    const view = editor.getByRole('link', { name: 'View on the news site' });
    await view.waitFor();
    const href = await view.getAttribute('href');
    assert.match(href!, /^\/news\/2020-06-22-[a-z0-9-]+-en$/);

    // A reader with JavaScript off finds it in the list, opens it and comes back.
    const reader = await on.page({ javaScriptEnabled: false });
    await reader.goto(`${on.server.url}/news?lang=en`);
    await reader.getByRole('link', { name: headline }).click();
    await reader.getByRole('heading', { level: 1, name: headline }).waitFor();
    assert.equal(new URL(reader.url()).pathname, href);
    await reader.getByText('The next meeting is planned for the autumn.').waitFor();
    assert.match(await reader.locator('article time').innerText(), /^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    await screenshot(reader, 'news-article-no-js');
    await reader.getByRole('link', { name: '« Back' }).click();
    await reader.getByRole('heading', { level: 1, name: 'News' }).waitFor();

    // The page is readable on a phone, and clean for assistive technology.
    const phone = await on.page();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${on.server.url}${href}`);
    assert.ok(await fitsWidth(phone), 'no sideways scrolling on a phone');
    assert.deepEqual(await seriousViolations(phone), []);
  });
});
