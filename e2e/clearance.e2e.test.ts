/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIALOGUE_2020 } from '../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { ml } from '../src/shared/multilingual.ts';
import { signInOver } from '../test/support/server-process.ts';
import { fitsWidth, axeViolations, E2E_SKIP, screenshot, signIn, stage } from './support/browser.ts';

const SAID = {
  en: "Agreeing with Norov's proposal, the institute suggested a shared data platform for the Amu Darya and Syr Darya basins.",
  ru: 'Соглашаясь с предложением Норова, институт предложил общую платформу данных по бассейнам Амударьи и Сырдарьи.',
};
const NAMES = /Norov|Норов/;

describe('clearing what was said under the Chatham House Rule, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('the secretariat clears a statement with the suggested redaction; outsiders then read it, without the name, on the record and in the press release', async () => {
    const url = on.server.url;
    const admin = await signInOver(url, on.server.adminEmail!, on.server.adminPassword!);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.ok(res.ok, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
      return res.json() as Promise<{ id: string; version: number }>;
    };

    // A closed-door round: the whole dialogue under the Rule; a delegate names the SCO's Secretary-General.
    const dialogue = await call('POST', '/dialogues', {
      ...DIALOGUE_2020,
      title: ml({ en: 'Closed-door round on transboundary water', ru: 'Закрытый раунд о трансграничных водах' }),
      confidentiality: 'chatham_house',
      status: 'concluded',
      languages: ['en', 'ru'],
    });
    const id = dialogue.id;
    await call('POST', `/dialogues/${id}/participants`, {
      personId: personId('norov'),
      organizationId: orgId('sco'),
      role: 'speaker',
      invitation: 'accepted',
    });
    const delegate = await call('POST', `/dialogues/${id}/participants`, {
      personId: personId('kaziss'),
      organizationId: orgId('kaziss'),
      role: 'delegate',
      invitation: 'accepted',
    });
    const item = await call('POST', `/dialogues/${id}/agenda-items`, {
      position: 1,
      title: ml({ en: 'Water and energy', ru: 'Вода и энергетика' }),
      provisionIds: [],
      areaIds: [],
    });
    await call('POST', `/dialogues/${id}/statements`, {
      agendaItemId: item.id,
      speaker: { kind: 'participant', participantId: delegate.id },
      kind: 'remarks',
      text: ml(SAID, 'en'),
      areaIds: [],
      provisionIds: [],
    });

    // Until it is cleared, outsiders do not get the text at all.
    const outside = async () => {
      const res = await fetch(`${url}/api/v1/dialogues/${id}`);
      assert.equal(res.status, 200);
      return (await res.json()) as { statements: { text: { texts: Record<string, { text: string }> } }[] };
    };
    const before = (await outside()).statements[0]!;
    assert.doesNotMatch(JSON.stringify(before.text), /data platform|платформу данных/);

    // The secretariat meets it on the dialogue page: a link with the count, a badge, the notice among the publications.
    const page = await on.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);
    await page.goto(`${url}/dialogues/${id}`);
    const statement = page.locator('.statement', { hasText: 'shared data platform' });
    await statement.getByText('Not yet cleared').waitFor();
    const publications = page.locator('section', { has: page.getByRole('heading', { name: 'Publications' }) });
    await publications
      .getByText(
        '1 statement or outcome under the Chatham House Rule waits for clearance; approval is refused until it is cleared.',
      )
      .waitFor();
    // A press release generated now has nothing of the text.
    await publications.getByLabel('Kind').selectOption('press_release');
    await publications.getByLabel('Language').selectOption('en');
    await publications.getByRole('button', { name: 'Generate' }).click();
    const body = publications.locator('.publication-editor').getByLabel('Text');
    await body.waitFor();
    assert.doesNotMatch(await body.inputValue(), /data platform/);
    // Approval is refused while the text waits, and the refusal says why.
    const workflow = publications.locator('.publication-editor .workflow');
    await workflow.getByRole('button', { name: 'Send for review' }).click();
    await workflow.getByRole('button', { name: 'Approve for publication' }).click();
    await workflow
      .getByRole('alert')
      .getByText('Statements and outcomes said under the Chatham House Rule wait for clearance: clear them first.')
      .waitFor();
    await screenshot(page, 'clearance-dialogue-page');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await fitsWidth(page), 'the dialogue page has no sideways scrolling at 390 px');
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole('link', { name: 'Clearance (1 waiting)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clearance under the Chatham House Rule' }).waitFor();
    await page.getByText('1 text waits for clearance.').waitFor();
    const list = page.getByRole('navigation', { name: 'Texts said under the Rule' });
    await list.getByRole('link', { name: /shared data platform/ }).click();

    // The name is marked, and says what it is.
    const panel = page.locator('.clearance-panel');
    const english = panel.locator('.marked-text[lang="en"]');
    const name = english.locator('mark[data-kind="name"]', { hasText: 'Norov' });
    await name.waitFor();
    assert.equal(await name.getAttribute('title'), 'name');
    await panel.locator('.candidate-legend').getByText('institution').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'clearance-panel');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await fitsWidth(page), 'no sideways scrolling at 390 px');
    await screenshot(page, 'clearance-panel-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // Accept the suggested redaction: it fills the editor; clearing saves it and clears it.
    await panel.getByRole('button', { name: 'Accept the suggested redaction' }).click();
    const editor = panel.getByLabel('Text to release: English');
    assert.ok(await editor.evaluate((el) => el === document.activeElement), 'the keyboard is in the editor');
    const redacted = await editor.inputValue();
    assert.doesNotMatch(redacted, NAMES);
    assert.match(redacted, /shared data platform/);
    assert.doesNotMatch(await panel.getByLabel('Text to release: Русский').inputValue(), NAMES);
    await screenshot(page, 'clearance-accepted');
    await panel.getByRole('button', { name: 'Clear for publication' }).click();
    await panel
      .getByText('Cleared for publication. Readers outside the dialogue now see it in: English, Русский.')
      .waitFor();
    await page.getByText('Nothing waits for clearance.').waitFor();
    await list
      .getByRole('link', { name: /shared data platform/ })
      .getByText('Cleared')
      .waitFor();
    // Outsiders read the redaction; the words as said stay on the record, marked, for insiders.
    const released = panel.locator('.clearance-released');
    await released.getByText('What readers outside the dialogue see').waitFor();
    assert.doesNotMatch(await released.innerText(), NAMES);
    assert.match(await released.innerText(), /shared data platform/);
    assert.ok((await english.locator('mark').count()) > 0, 'the words as said are still marked');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'clearance-cleared');

    // Back on the record: nothing waits; the press release, regenerated, now carries the cleared text.
    await page.getByRole('link', { name: /Back to the record/ }).click();
    await page.getByRole('link', { name: 'Clearance (nothing waiting)' }).waitFor();
    assert.equal(await statement.getByText('Not yet cleared').count(), 0);
    await publications.getByRole('button', { name: /^Edit/ }).click();
    await publications.getByRole('button', { name: 'Regenerate from the record' }).click();
    await publications
      .locator('.publication-editor')
      .getByText(/Revision 2 · generated/)
      .waitFor();
    const release = await publications.locator('.publication-editor').getByLabel('Text').inputValue();
    assert.match(release, /shared data platform for the Amu Darya and Syr Darya basins/);
    assert.doesNotMatch(release, NAMES);
    // Nothing waits now: the secretariat approves it.
    await workflow.getByRole('button', { name: 'Approve for publication' }).click();
    await workflow.getByText('Approved', { exact: true }).waitFor();
    await screenshot(page, 'clearance-press-release');

    // An anonymous reader reads the cleared text on the public record, with the name gone.
    const reader = await on.page();
    await reader.goto(`${url}/dialogues/${id}`);
    const shown = reader.locator('.statement', { hasText: 'shared data platform' });
    await shown.waitFor();
    assert.doesNotMatch(await reader.locator('main').innerText(), NAMES);
    assert.equal(await reader.getByRole('link', { name: /^Clearance/ }).count(), 0);
    await screenshot(reader, 'clearance-public-record');
    await reader.setViewportSize({ width: 390, height: 844 });
    assert.ok(await fitsWidth(reader), 'the public record has no sideways scrolling at 390 px');
    const after = (await outside()).statements[0]!;
    assert.match(after.text.texts.en!.text, /shared data platform/);
    assert.match(after.text.texts.ru!.text, /платформу данных/);
    assert.doesNotMatch(JSON.stringify(after.text), NAMES);
  });
});
