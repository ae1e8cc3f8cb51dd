/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { DIALOGUE_2020, DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { ml } from '../src/shared/multilingual.ts';
import { signInOver } from '../test/support/server-process.ts';
import { E2E_SKIP, fitsWidth, seriousViolations, signIn, stage } from './support/browser.ts';

/**
 * The forms moved onto the one form of the app (EditForm): a refused save shows its problems at the
 * top and at the fields, a change clears the field's, and a save is confirmed.
 */
describe('forms show their errors, clear them, and confirm a save, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  const marked = (field: Locator) => field.getAttribute('aria-invalid');
  const problemsAtTop = (form: Locator) => form.locator('.error-summary li');

  test('a publication’s text, then the list of institutions that sign it off', async () => {
    const page = await on.page();
    await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Publications' }) });
    const generate = panel.getByRole('form', { name: 'Generate' });
    await generate.getByLabel('Kind').selectOption('minutes');
    await generate.getByLabel('Language').selectOption('en');
    await generate.getByRole('button', { name: 'Generate' }).click();
    await generate.getByRole('status').getByText('Saved.').waitFor();

    // The text: a title taken away is refused, at the top and at the field.
    const editor = panel.locator('.publication-editor');
    const text = editor.getByRole('form', { name: 'Edit' });
    const title = text.getByLabel('Title');
    await title.waitFor();
    await title.fill('');
    await text.getByRole('button', { name: 'Save as a new revision' }).click();
    await text.getByText(/Some fields need attention/).waitFor();
    assert.equal(await marked(title), 'true');
    assert.match(await problemsAtTop(text).first().innerText(), /^Title: /);
    assert.deepEqual(await seriousViolations(page), []);
    // Given again, the error goes from the field and from the top; saved, the save is confirmed.
    await title.fill('Minutes of the meeting of research centres, 22 June 2020');
    assert.equal(await marked(title), null);
    assert.equal(await problemsAtTop(text).count(), 0);
    await text.getByRole('button', { name: 'Save as a new revision' }).click();
    await editor.getByRole('form', { name: 'Edit' }).getByRole('status').getByText('Saved.').waitFor();
    await editor.getByText(/Revision 2 · edited/).waitFor();

    // The sign-off list: a change with no reason is refused; with one, it is made and said so.
    await editor.getByText('Change the list').click();
    const list = editor.getByRole('form', { name: 'Change the list' });
    const reason = list.getByLabel('Reason for the change');
    await list.getByRole('button', { name: 'Save the list' }).click();
    await list.getByText(/Some fields need attention/).waitFor();
    assert.equal(await marked(reason), 'true');
    assert.match(await problemsAtTop(list).first().innerText(), /^Reason for the change: /);
    await reason.fill('The institute asked to review the minutes as well.');
    assert.equal(await marked(reason), null);
    assert.equal(await problemsAtTop(list).count(), 0);
    await list.getByRole('button', { name: 'Save the list' }).click();
    await list
      .getByRole('status')
      .getByText(/The list is changed/)
      .waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await fitsWidth(page), 'nothing scrolls sideways at 390 px');
  });

  test('an invitation: a person is asked for, then it is sent', async () => {
    const url = on.server.url;
    const admin = await signInOver(url, on.server.adminEmail!, on.server.adminPassword!);
    const created = await fetch(`${url}/api/v1/dialogues`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: JSON.stringify({
        ...DIALOGUE_2020,
        title: ml({ en: 'Round on water data', ru: 'Раунд о данных по воде' }),
        status: 'scheduled',
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 10 * 86_400_000 + 7_200_000).toISOString(),
      }),
    });
    assert.ok(created.ok, await created.clone().text());
    const { id } = (await created.json()) as { id: string };
    const page = await on.page();
    await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);
    await page.goto(`${url}/dialogues/${id}`);
    const invite = page.getByRole('form', { name: 'Invite someone' });
    const person = invite.getByLabel('Person to invite');
    await person.waitFor();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText(/Some fields need attention/).waitFor();
    assert.equal(await marked(person), 'true');
    assert.deepEqual(await seriousViolations(page), []);
    await person.selectOption({ index: 1 });
    assert.equal(await marked(person), null);
    const email = invite.getByLabel('E-mail', { exact: true });
    if (!(await email.inputValue())) await email.fill('invitee@forms.example');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite
      .getByRole('status')
      .getByText(/^Sent: /)
      .waitFor();
    assert.equal(await problemsAtTop(invite).count(), 0);
  });
});
