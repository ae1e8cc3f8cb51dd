/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { ml } from '../src/shared/multilingual.ts';
import { signInOver } from '../test/support/server-process.ts';
import { makePptx } from '../test/materials/fixtures.ts';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

const PHONE = { width: 390, height: 844 };
const PASSWORD = 'a long rapporteur password';
/** The slide's distinctive words, in Uzbek Cyrillic; the search below asks for them in Latin script. */
const SLIDE_TWO = 'Зарафшон ҳавзасида сув ресурслари бўйича ҳамкорлик';
const TITLE = 'Зарафшон ҳамкорлиги';

async function axeClean(page: Page, where: string): Promise<void> {
  const serious = await seriousViolations(page);
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `no serious axe violations on ${where}`,
  );
}

/**
 * Slides tabled in the live room: the rapporteur drops a PPTX into the record panel while the meeting
 * is on; the slides are then in the dialogue's materials, found by a Latin query with their slide
 * number, and, once the rapporteur marks them public and a press release is published, listed under
 * the article on the news site, where an anonymous reader opens them.
 */
describe('materials tabled in the live room, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('upload slides in the record panel; find them in the record, in search and on the news article', async () => {
    // Setup through the API: a public dialogue inside its live window, with a rapporteur.
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${on.server.url}/api/v1${path}`, {
        method,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const dialogue = await api('POST', '/dialogues', {
      title: ml({ en: 'Water of the Zarafshan basin', ru: 'Вода бассейна Зеравшана' }),
      format: 'videoconference',
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 60 * 60_000).toISOString(),
      hostZone: 'Asia/Tashkent',
      status: 'live',
      confidentiality: 'public',
      languages: ['ru', 'en'],
      media: { kind: 'built_in' },
      convenerIds: [orgId('unrcca')],
      referenceDocumentIds: [],
    });
    const d = dialogue.id as string;
    await api('POST', `/dialogues/${d}/participants`, {
      personId: personId('isrs'),
      organizationId: orgId('isrs'),
      role: 'rapporteur',
      invitation: 'accepted',
    });
    await api('POST', '/users', {
      email: 'rapporteur@materials.example',
      password: PASSWORD,
      role: 'member',
      personId: personId('isrs'),
    });

    const page = await on.page();
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(90_000);
    await signIn(page, on.server.url, 'rapporteur@materials.example', PASSWORD);

    // The upload, in the live room's record panel: a real PPTX whose second slide speaks Uzbek Cyrillic.
    await page.goto(`${on.server.url}/dialogues/${d}/live`);
    await page.getByTestId('live-status').getByText('Live').waitFor();
    const panel = page.locator('.live-record .materials-upload');
    await panel.getByLabel('Kind of material').selectOption('presentation');
    await panel.getByLabel('Language of the material').selectOption('uz');
    await panel.getByLabel('Drop a file here, or choose one').setInputFiles({
      name: `${TITLE}.pptx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      buffer: makePptx(['Кириш', SLIDE_TWO]),
    });
    await panel.getByRole('status').getByText(`${TITLE}.pptx is attached.`).waitFor();
    await axeClean(page, 'the live room with the record panel at 1280 px');

    // At 390 px the record panel is a tab, and nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await page.getByRole('tab', { name: 'Record', exact: true }).click();
    await page.locator('.live-record .materials-upload').getByLabel('Drop a file here, or choose one').waitFor();
    await assertNoSidewaysScroll(page, 'the record panel at 390 px');
    await axeClean(page, 'the record panel at 390 px');
    await screenshot(page, 'materials-live-record-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // In the dialogue's record: the materials section lists it, for participants only so far.
    await page.goto(`${on.server.url}/dialogues/${d}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Materials', exact: true }) });
    const card = section.locator('li.material', { hasText: TITLE });
    await card.waitFor();
    await card.getByText('Presentation', { exact: true }).waitFor();
    await card.getByText('PPTX', { exact: true }).waitFor();
    await card.getByText('Participants only', { exact: true }).waitFor();

    // In search: a Latin-script query finds the Cyrillic slide, and the hit says which slide.
    // Its text is read off the main thread after the upload: ask again until the index holds it.
    const hit = async (reader: Page) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        await reader.goto(`${on.server.url}/search?q=${encodeURIComponent('Zarafshon hamkorlik')}`);
        await reader
          .getByRole('status')
          .filter({ hasText: /^(Nothing found|\d+ results?)$/ })
          .waitFor();
        const found = reader.locator('#search-results li', { hasText: 'Зарафшон' }).filter({ hasText: 'slide 2' });
        if ((await found.count()) > 0) return found.first();
        assert.ok(Date.now() < deadline, 'the slide is found within a minute');
        await reader.waitForTimeout(1000);
      }
    };
    const found = await hit(page);
    assert.match(await found.innerText(), /сув ресурслари/, 'the snippet quotes the slide');
    await found.getByText('Material', { exact: true }).waitFor();
    await screenshot(page, 'materials-live-search');
    const anonymous = await on.page();
    anonymous.setDefaultTimeout(60_000);
    anonymous.setDefaultNavigationTimeout(90_000);
    await anonymous.goto(`${on.server.url}/dialogues/${d}`);
    await anonymous.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await anonymous.getByText(TITLE).count(), 0, 'an outsider sees nothing of it yet');

    // An insider marks it public, in the materials section.
    await page.goto(`${on.server.url}/dialogues/${d}`);
    await card.getByRole('button', { name: 'Mark public' }).click();
    await card.getByText('Public', { exact: true }).waitFor();
    await hit(anonymous);

    // A press release, published (through the API: publishing is not what this test is about).
    const release = await api('POST', `/dialogues/${d}/publications`, { kind: 'press_release', language: 'en' });
    let p = release;
    for (const to of ['in_review', 'approved', 'published'])
      p = await api('POST', `/dialogues/${d}/publications/${p.id as string}/status`, { to, version: p.version });
    assert.equal(p.status, 'published');

    // On the news article, the slides are listed with their kind, and an anonymous reader opens them.
    await anonymous.goto(`${on.server.url}/news/${p.slug as string}`);
    const listed = anonymous.locator('section', { has: anonymous.getByRole('heading', { name: 'Materials' }) });
    const link = listed.getByRole('link', { name: TITLE });
    await link.waitFor();
    await listed.locator('li', { hasText: TITLE }).getByText('Presentation').waitFor();
    const file = await fetch(new URL((await link.getAttribute('href'))!, on.server.url));
    assert.equal(file.status, 200);
    assert.equal((await file.arrayBuffer()).byteLength > 0, true);
    await assertNoSidewaysScroll(anonymous, 'the news article');
    await screenshot(anonymous, 'materials-live-news');
  });
});
