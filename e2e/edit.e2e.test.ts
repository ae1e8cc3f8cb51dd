/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

describe('planning and recording a dialogue in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  const adminPage = async (): Promise<Page> => {
    const page = await on.page({ timezoneId: 'Asia/Tashkent' });
    await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    return page;
  };
  const dialogueCount = async () =>
    ((await (await fetch(`${on.server.url}/api/v1/dialogues?limit=100`)).json()) as { total: number }).total;

  test('an invalid form shows the error at the field, and nothing is saved', async () => {
    const page = await adminPage();
    const before = await dialogueCount();
    await page.getByRole('link', { name: 'New dialogue' }).click();
    await page.getByRole('heading', { name: 'New dialogue' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Some fields need attention/).waitFor();
    const title = page.getByRole('group', { name: 'Title' }).locator('input').first();
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    const describedBy = await title.getAttribute('aria-describedby');
    assert.equal(await page.locator(`[id="${describedBy}"]`).innerText(), 'Required.');
    const when = await Promise.all(
      ['Date', 'Starts at'].map((l) => page.getByLabel(l, { exact: true }).getAttribute('aria-invalid')),
    );
    assert.ok(when.includes('true'), `the date or the start time is marked: ${when.join(', ')}`);
    await screenshot(page, 'dialogue-form-errors');
    assert.deepEqual(await seriousViolations(page), []);
    assert.equal(await dialogueCount(), before);

    // Each time field's error goes as soon as it is changed; the title's stays until it is given.
    for (const [label, value] of [
      ['Date', '2027-03-02'],
      ['Starts at', '10:00'],
      ['Ends at', '12:00'],
    ] as const) {
      const field = page.getByLabel(label, { exact: true });
      await field.fill(value);
      assert.equal(await field.getAttribute('aria-invalid'), null, `${label} is no longer marked`);
    }
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
  });

  test('create a dialogue with two agenda items, three participants and two statements; all are there after a reload', async () => {
    const page = await adminPage();
    await page.goto(`${on.server.url}/dialogues/new`);
    await page.getByRole('group', { name: 'Title' }).locator('input').first().fill('Диалог о водных ресурсах');
    await page.getByLabel('In (the host’s time)').selectOption('Asia/Bishkek');
    await page.getByLabel('Date', { exact: true }).fill('2027-03-02');
    await page.getByLabel('Starts at', { exact: true }).fill('10:00');
    await page.getByLabel('Ends at', { exact: true }).fill('12:00');
    await page.getByLabel('Status').selectOption('scheduled');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Диалог о водных ресурсах' }).waitFor();
    const dialogueUrl = page.url();

    for (const title of ['Opening', 'Water and energy']) {
      await page.getByText('Add an agenda item').click();
      const form = page.getByRole('form', { name: 'Add an agenda item' });
      await form.getByRole('group', { name: 'Title' }).locator('input').first().fill(title);
      await form.getByRole('button', { name: 'Save' }).click();
      await page.locator('ol.agenda > li', { hasText: title }).waitFor();
      await page.getByText('Add an agenda item').click();
    }

    for (const person of ['Zhang Ming', 'Head of KazISS (name not recorded)', 'Head of ISRS (name not recorded)']) {
      await page.getByText('Add a participant').click();
      const form = page.getByRole('form', { name: 'Add a participant' });
      await form.getByLabel('Person').selectOption({ label: person });
      await form.getByLabel('Role').selectOption('speaker');
      await form.getByRole('button', { name: 'Save' }).click();
      await page.locator('.people > li', { hasText: person }).waitFor();
      await page.getByText('Add a participant').click();
    }

    const record = async (speaker: string, kind: string, words: string) => {
      await page.getByText('Record a statement').click();
      const form = page.getByRole('form', { name: 'Record a statement' });
      await form.getByLabel('Agenda item').selectOption({ label: '2. Water and energy' });
      await form.getByLabel('Speaker').selectOption({ label: speaker });
      await form.getByLabel('Kind').selectOption(kind);
      await form.getByRole('group', { name: 'What was said' }).locator('textarea').first().fill(words);
      await form.getByRole('button', { name: 'Save' }).click();
      await page.locator('.statement', { hasText: words }).waitFor();
      await page.getByText('Record a statement').click();
    };
    await record('Zhang Ming', 'remarks', 'Водно-энергетическое сотрудничество требует общих правил.');
    await record('Head of KazISS (name not recorded)', 'direct_quote', 'Вода не знает границ');

    await page.reload();
    assert.equal(page.url(), dialogueUrl);
    await page.getByRole('heading', { level: 1, name: 'Диалог о водных ресурсах' }).waitFor();
    // The sections below the heading come in the render after it.
    await page.locator('.statement').first().waitFor();
    assert.equal(await page.locator('ol.agenda > li').count(), 2);
    assert.equal(await page.locator('.people > li').count(), 3);
    assert.equal(await page.locator('.statement').count(), 2);
    await page.locator('blockquote', { hasText: 'Вода не знает границ' }).waitFor();
    await page
      .getByText(/2027, 10:00 AM in Bishkek \(host\)/)
      .first()
      .waitFor();
    await screenshot(page, 'dialogue-edited');
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('an action is added, then moved to done with a note and evidence; an agenda item is renamed', async () => {
    const page = await adminPage();
    const list = (await (await fetch(`${on.server.url}/api/v1/dialogues?limit=100`)).json()) as {
      items: { id: string; title: { texts: Record<string, { text: string }> } }[];
    };
    const target = list.items.find((d) => d.title.texts.ru?.text === 'Диалог о водных ресурсах')!;
    await page.goto(`${on.server.url}/dialogues/${target.id}`);
    await page.getByText('Add an outcome').click();
    const add = page.getByRole('form', { name: 'Add an outcome' });
    await add.getByLabel('Kind').selectOption('follow_up_action');
    await add.getByLabel('Follow-up owner').selectOption({
      label: 'Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan',
    });
    await add.getByLabel('Due date').fill('2027-06-30');
    await add.getByLabel('Status', { exact: true }).selectOption('planned');
    await add.getByRole('group', { name: 'Text' }).locator('textarea').first().fill('Подготовить совместный доклад');
    await add.getByRole('button', { name: 'Save' }).click();
    const item = page.locator('.outcomes > li', { hasText: 'Подготовить совместный доклад' });
    await item.getByText('Planned').waitFor();

    await item.getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('form', { name: 'Edit outcome' });
    await edit.getByLabel('Status', { exact: true }).selectOption('done');
    await edit
      .getByRole('group', { name: 'Why the status changed' })
      .locator('input')
      .first()
      .fill('Доклад опубликован');
    await edit.getByLabel('Evidence (one link a line)').fill('https://example.org/report');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.locator('.outcomes > li', { hasText: 'Подготовить совместный доклад' }).getByText('Done').waitFor();

    const outcomes = (await (await fetch(`${on.server.url}/api/v1/dialogues/${target.id}/outcomes`)).json()) as {
      items: { statusHistory: { status: string; evidence: string[] }[] }[];
    };
    const history = outcomes.items.find((o) => o.statusHistory.length === 2)!.statusHistory;
    assert.deepEqual(
      history.map((h) => h.status),
      ['planned', 'done'],
    );
    assert.deepEqual(history[1]!.evidence, ['https://example.org/report']);

    await page.locator('ol.agenda > li', { hasText: 'Opening' }).getByRole('button', { name: /^Edit/ }).click();
    const agenda = page.getByRole('form', { name: 'Edit agenda item' });
    await agenda.getByRole('group', { name: 'Title' }).locator('input').first().fill('Opening and welcome');
    await agenda.getByRole('button', { name: 'Save' }).click();
    await page.locator('ol.agenda > li', { hasText: 'Opening and welcome' }).waitFor();
  });

  test('a stale edit offers to reload, and keeps the text that was typed', async () => {
    const page = await adminPage();
    const list = (await (await fetch(`${on.server.url}/api/v1/dialogues?limit=100`)).json()) as {
      items: { id: string; title: { texts: Record<string, { text: string }> } }[];
    };
    const target = list.items.find((d) => d.title.texts.ru?.text === 'Диалог о водных ресурсах');
    assert.ok(target, 'the dialogue of the previous test');
    await page.goto(`${on.server.url}/dialogues/${target.id}`);
    await page.locator('.statement').first().getByRole('button', { name: /^Edit/ }).click();
    const form = page.getByRole('form', { name: 'Edit statement' });
    const textarea = form.getByRole('group', { name: 'What was said' }).locator('textarea').first();
    await textarea.fill('My careful rewording.');

    // Meanwhile someone else saves the same statement.
    const statements = (await (await fetch(`${on.server.url}/api/v1/dialogues/${target.id}/statements`)).json()) as {
      items: { id: string; version: number }[];
    };
    const session = await fetch(`${on.server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: on.server.adminEmail, password: on.server.adminPassword }),
    });
    const cookie = session.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const first = statements.items[0]!;
    const other = await fetch(`${on.server.url}/api/v1/dialogues/${target.id}/statements/${first.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ version: first.version, kind: 'position' }),
    });
    assert.equal(other.status, 200);

    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Someone changed this while you were editing/).waitFor();
    assert.equal(await textarea.inputValue(), 'My careful rewording.');
    await form.getByRole('button', { name: 'Reload their version' }).click();
    await page.getByText(/Reloaded. Your text is still here/).waitFor();
    assert.equal(await textarea.inputValue(), 'My careful rewording.');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('.statement', { hasText: 'My careful rewording.' }).waitFor();
  });
});
