/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { participantId } from '../src/server/demo/dialogue-2020.ts';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';
import { D, roomPages, until } from './support/live-room.ts';

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function axeClean(page: Page, where: string): Promise<void> {
  const serious = await seriousViolations(page);
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `no serious axe violations on ${where}`,
  );
}

/** The document's size against the window's: a room that fits scrolls neither way. */
const documentSize = (page: Page) =>
  page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/** The controls the bar shows (not those folded under More): their boxes, and the rows they fall in. */
const barControls = (page: Page) =>
  page.getByRole('toolbar', { name: 'Room controls' }).evaluate((bar) => {
    const shown = Array.from(bar.querySelectorAll<HTMLElement>('button, select, [role="status"]')).filter(
      (e) => e.offsetParent !== null && !e.closest('[hidden]'),
    );
    const boxes = shown.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        name: e.textContent!.trim(),
        top: r.top,
        width: r.width,
        height: r.height,
        button: e.tagName === 'BUTTON',
      };
    });
    const tops = boxes.map((b) => b.top).sort((a, b) => a - b);
    const rows = tops.filter((top, i) => i === 0 || top > tops[i - 1]! + 22).length;
    return { boxes, rows, height: bar.getBoundingClientRect().height };
  });

/** The computed style of the first element a locator finds. */
const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);

/**
 * The live room as a meeting room: the secretariat chairs (the admin's own account, nobody in the
 * directory), two delegates take part, and the hall's projector shows the floor. At 1366 × 900 and
 * at 390 × 844, each page is asked what it shows, and none scrolls sideways.
 */
describe('the live room as a meeting room, with the projector, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage({ media: true });

  test('the chair sets the agenda item, closes and opens the list and adds a speaker; every page and the projector follow; phones get tabs', async () => {
    const { moderator: projector, kazakh, tajik, interpreter } = await roomPages(on);
    await interpreter.context().close();
    const chair = await on.page();
    await signIn(chair, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const room = [chair, kazakh, tajik];
    for (const page of [...room, projector]) {
      await page.setViewportSize(WIDE);
      // The machine running this is shared: give a busy page time.
      page.setDefaultTimeout(60_000);
      page.setDefaultNavigationTimeout(90_000);
    }

    for (const page of room) {
      await page.goto(`${on.server.url}/dialogues/${D}/live`);
      await page.getByTestId('live-status').getByText('Live').waitFor();
    }
    await projector.goto(`${on.server.url}/dialogues/${D}/live/projector`);
    await projector.getByText('Nobody has the floor.').waitFor();
    assert.equal(await projector.locator('header.top, nav#site-nav').count(), 0, 'the projector has no site chrome');
    assert.equal(await projector.getByRole('button').count(), 0, 'the projector has no controls');

    // The chair and a delegate join the audio and video; the delegate sees the secretariat's tile named as such.
    for (const page of [chair, kazakh])
      await page.getByRole('button', { name: 'Join with camera and microphone' }).click();
    for (const page of [chair, kazakh])
      await until(
        () => page.locator('.stage .tile').count(),
        (n) => n === 2,
        'two tiles',
      );
    const captions = await kazakh.locator('.stage .tile figcaption').allInnerTexts();
    assert.deepEqual(
      captions.sort(),
      ['Secretariat', 'You'],
      'the admin’s tile says Secretariat, with no dangling separator',
    );
    const chairSees = await chair.locator('.stage .tile figcaption').allInnerTexts();
    assert.ok(
      chairSees.includes('Head of KazISS (name not recorded) · KazISS'),
      `the delegate's tile: ${chairSees.join(' | ')}`,
    );
    await tajik.getByText('Join the audio and video to see and hear the others.').waitFor();

    // The agenda item the chair sets is shown to all, and on the projector.
    await chair.getByLabel('Current agenda item').selectOption({ index: 2 });
    for (const page of room)
      await page
        .getByTestId('agenda-item')
        .getByText(/^Agenda item 2: Agreements of the Second Consultative/)
        .waitFor();
    await projector
      .getByTestId('projector-agenda')
      .getByText(/^Agenda item 2: Agreements/)
      .waitFor();

    await screenshot(chair, 'room-1366-chair-start');
    await screenshot(tajik, 'room-1366-delegate-not-joined');

    // A closed list: the delegates cannot ask, and say why; the chair still adds someone.
    await chair.getByRole('button', { name: 'Close the speakers’ list' }).click();
    for (const page of [kazakh, tajik]) {
      await page.getByRole('toolbar', { name: 'Room controls' }).getByText('The speakers’ list is closed.').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Ask for the floor' }).count(), 0);
      await page.getByText('The chair has closed the speakers’ list. The chair may still add you to it.').waitFor();
    }
    await chair.getByLabel('Participant', { exact: true }).selectOption(participantId('niss-tj'));
    await chair.getByRole('button', { name: 'Add to the speakers’ list' }).click();
    for (const page of room)
      await page
        .getByRole('list', { name: 'Speakers’ list' })
        .getByText(/NISS Tajikistan/)
        .waitFor();
    await tajik.getByRole('button', { name: 'Withdraw my request' }).waitFor();
    await chair.getByRole('button', { name: 'Open the speakers’ list' }).click();
    await kazakh.getByRole('button', { name: 'Ask for the floor' }).click();
    for (const page of room)
      await until(
        () => page.locator('.live-queue li').count(),
        (n) => n === 2,
        'two waiting',
      );
    for (const [i, key] of ['isrs', 'mfa-tm', 'csr-tj'].entries()) {
      await chair.getByLabel('Participant', { exact: true }).selectOption(participantId(key));
      await chair.getByRole('button', { name: 'Add to the speakers’ list' }).click();
      await until(
        () => chair.locator('.live-queue li').count(),
        (n) => n === 3 + i,
        `${key} added`,
      );
    }

    // The floor to the first in line: large on every page, counted down, and on the projector.
    await chair.getByRole('button', { name: 'Give the floor to the next speaker' }).click();
    for (const page of room)
      await page
        .getByTestId('current-speaker')
        .getByText(/NISS Tajikistan/)
        .waitFor();
    await projector
      .getByTestId('projector-current')
      .getByText(/Head of NISS Tajikistan/)
      .waitFor();
    const first = await projector.getByTestId('projector-countdown').innerText();
    assert.match(first, /^[23]:\d\d$/);
    await until(
      () => projector.getByTestId('projector-countdown').innerText(),
      (v) => v !== first,
      'the projector’s countdown to move',
    );
    const next = await projector.getByTestId('projector-next').locator('li').allInnerTexts();
    assert.equal(next.length, 3, `the next three: ${next.join(' | ')}`);
    assert.match(next[0]!, /Head of KazISS/);
    assert.match(next[1]!, /Head of ISRS/);
    await projector.getByText('and 1 more').waitFor();
    const nameSize = parseFloat(await style(projector, '.projector-floor .projector-name', 'font-size'));
    const clockSize = parseFloat(await style(projector, '.projector-countdown', 'font-size'));
    assert.ok(nameSize >= 48 && clockSize >= 120, `large type at 1366 px: ${nameSize} px, ${clockSize} px`);

    // Chat, and the floor taken back so speaking time has a turn to show.
    await kazakh.getByLabel('Message', { exact: true }).fill('Could the secretariat share the draft roadmap?');
    await kazakh.getByRole('button', { name: 'Send' }).click();
    await chair.getByRole('list', { name: 'Chat messages' }).getByText('Could the secretariat share').waitFor();
    await chair.getByRole('button', { name: 'End the turn' }).click();
    await chair
      .getByRole('table')
      .filter({ hasText: 'By speaker' })
      .getByText(/NISS Tajikistan/)
      .waitFor();
    await chair.getByRole('button', { name: 'Give the floor to the next speaker' }).click();
    await kazakh
      .getByTestId('current-speaker')
      .getByText(/KazISS/)
      .waitFor();

    // Looks: the chat log is not numbered; times of speaking line up; the danger actions look it.
    assert.equal(await style(chair, '.chat-log', 'list-style-type'), 'none');
    assert.equal(await style(chair, '.time-table td.num', 'text-align'), 'right');
    assert.equal(await style(chair, '.time-table', 'border-collapse'), 'collapse');
    const bg = (name: string) =>
      chair.getByRole('button', { name, exact: true }).evaluate((e) => getComputedStyle(e).backgroundColor);
    const fg = (name: string) =>
      chair.getByRole('button', { name, exact: true }).evaluate((e) => getComputedStyle(e).color);
    assert.equal(await bg('Send'), 'rgb(11, 92, 173)', 'Send is the primary step');
    assert.equal(await bg('Leave'), 'rgb(164, 22, 26)', 'Leave is a danger action');
    assert.equal(await bg('Mute everyone else'), 'rgb(255, 255, 255)', 'Mute everyone else is not drawn like Send');
    assert.equal(await fg('Mute everyone else'), 'rgb(164, 22, 26)', 'but in the danger colour');

    // The room fills the window: the stage and the side panels are in the first screen.
    for (const page of room) {
      const stageBox = await page.locator('.room-main').boundingBox();
      const side = await page.locator('.room-side').boundingBox();
      const bar = await page.getByRole('toolbar', { name: 'Room controls' }).boundingBox();
      assert.ok(
        stageBox && stageBox.width > 800 && stageBox.height > 450,
        `a large stage: ${JSON.stringify(stageBox)}`,
      );
      assert.ok(side && side.x > stageBox.x + 800, 'the side panels beside it');
      assert.ok(bar && bar.y + bar.height <= WIDE.height + 1, `the bar in the window: ${JSON.stringify(bar)}`);
      await assertNoSidewaysScroll(page, 'the room at 1366 px');
      // The room is the window: the panels scroll inside themselves, the document not at all.
      const size = await documentSize(page);
      assert.ok(size.scrollHeight <= size.clientHeight, `no vertical scroll at 1366 px: ${JSON.stringify(size)}`);
      assert.equal((await barControls(page)).rows, 1, 'the bar is one row at 1366 px');
    }
    // A side panel folds away, and the stage can show everyone alike.
    await chair.getByRole('button', { name: 'Chat', exact: true }).click();
    assert.equal(await chair.getByRole('button', { name: 'Chat', exact: true }).getAttribute('aria-expanded'), 'false');
    assert.equal(await chair.getByRole('list', { name: 'Chat messages' }).count(), 0);
    await chair.getByRole('button', { name: 'Chat', exact: true }).click();
    await kazakh.getByRole('button', { name: 'Gallery view' }).click();
    await kazakh.locator('.stage-gallery .tile').nth(1).waitFor();
    await kazakh.getByRole('button', { name: 'Speaker view' }).click();

    await axeClean(chair, 'the chair’s room at 1366 px');
    await axeClean(kazakh, 'a delegate’s room at 1366 px');
    await axeClean(projector, 'the projector at 1366 px');
    await assertNoSidewaysScroll(projector, 'the projector at 1366 px');
    await screenshot(chair, 'room-1366-chair');
    await screenshot(kazakh, 'room-1366-delegate');
    await screenshot(tajik, 'room-1366-delegate-2');
    await screenshot(projector, 'room-1366-projector');

    // On a phone: the floor on top, tabs for the stage and the panels, the bar at the foot; nothing sideways.
    for (const page of [...room, projector]) await page.setViewportSize(PHONE);
    for (const page of room) {
      await page.getByRole('tablist', { name: 'Panels' }).waitFor();
      await page
        .getByTestId('current-speaker')
        .getByText(/KazISS/)
        .waitFor();
      await assertNoSidewaysScroll(page, 'the room at 390 px (stage)');
    }
    await screenshot(kazakh, 'room-390-delegate-stage');
    await kazakh.getByRole('tab', { name: /Speakers’ list/ }).click();
    await kazakh.getByRole('list', { name: 'Speakers’ list' }).waitFor();
    await assertNoSidewaysScroll(kazakh, 'the room at 390 px (speakers’ list)');
    await screenshot(kazakh, 'room-390-delegate-list');
    await chair.getByRole('tab', { name: /Speakers’ list/ }).click();
    await chair.getByRole('button', { name: 'Close the speakers’ list' }).waitFor();
    await assertNoSidewaysScroll(chair, 'the chair’s room at 390 px (speakers’ list)');
    await screenshot(chair, 'room-390-chair-list');
    await kazakh.getByRole('tab', { name: 'Chat' }).click();
    await kazakh.getByRole('list', { name: 'Chat messages' }).getByText('Could the secretariat share').waitFor();
    await assertNoSidewaysScroll(kazakh, 'the room at 390 px (chat)');
    await screenshot(kazakh, 'room-390-delegate-chat');
    await axeClean(kazakh, 'a delegate’s room at 390 px');
    await axeClean(chair, 'the chair’s room at 390 px');
    const bar = await kazakh.getByRole('toolbar', { name: 'Room controls' }).boundingBox();
    assert.ok(bar && bar.y + bar.height <= PHONE.height + 1, `the bar stays in sight: ${JSON.stringify(bar)}`);
    // A compact bar: at most two rows of picture buttons, each named and a 44 px target; nothing sideways.
    for (const page of room) {
      const controls = await barControls(page);
      assert.ok(controls.rows <= 2 && controls.height <= 2 * 44 + 32, `two rows at most: ${JSON.stringify(controls)}`);
      for (const b of controls.boxes.filter((x) => x.button)) {
        assert.ok(b.name.length > 0, 'every button in the bar has a name');
        assert.ok(b.width >= 44 && b.height >= 44, `a 44 px target: ${JSON.stringify(b)}`);
      }
      const size = await documentSize(page);
      assert.ok(size.scrollWidth <= size.clientWidth, `no sideways scroll at 390 px: ${JSON.stringify(size)}`);
    }
    // What is used less waits under More: the chair's "Mute everyone else" among it, in the window.
    const more = chair.getByRole('button', { name: 'More', exact: true });
    assert.equal(await chair.getByRole('button', { name: 'Mute everyone else' }).isVisible(), false);
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    const menu = chair.getByRole('group', { name: 'More' });
    await menu.getByRole('button', { name: 'Mute everyone else' }).waitFor();
    await menu.getByRole('button', { name: 'Gallery view' }).waitFor();
    const menuBox = await menu.boundingBox();
    assert.ok(
      menuBox && menuBox.x >= 0 && menuBox.y >= 0 && menuBox.x + menuBox.width <= PHONE.width,
      `the menu in the window: ${JSON.stringify(menuBox)}`,
    );
    await axeClean(chair, 'the chair’s room at 390 px, More open');
    await screenshot(chair, 'room-390-chair-more');
    await chair.keyboard.press('Escape');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.equal(await chair.evaluate(() => document.activeElement?.textContent), 'More');

    await projector
      .getByTestId('projector-current')
      .getByText(/Head of KazISS/)
      .waitFor();
    await assertNoSidewaysScroll(projector, 'the projector at 390 px');
    await axeClean(projector, 'the projector at 390 px');
    await screenshot(projector, 'room-390-projector');

    // Someone signed in to nothing reads nothing on the projector.
    const anonymous = await on.page();
    anonymous.setDefaultTimeout(60_000);
    anonymous.setDefaultNavigationTimeout(90_000);
    await anonymous.goto(`${on.server.url}/dialogues/${D}/live/projector`);
    await anonymous
      .getByRole('alert')
      .getByText(/open to the dialogue’s participants and the secretariat only/)
      .waitFor();
    assert.equal(await anonymous.getByText(/KazISS|NISS/).count(), 0);
  });
});
