/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { E2E_SKIP, screenshot, seriousViolations, stage } from './support/browser.ts';
import { D, interpreterIsHeard, joinAndSeeEachOther, roomPages, until } from './support/live-room.ts';

describe('the live room in Chromium (mesh)', { skip: E2E_SKIP }, () => {
  const on = stage({ media: true });

  test('three people hear and see each other; the floor is given and timed; a statement is recorded; mute all and the video policy hold; a dropped socket resumes; an interpreter is heard', async () => {
    const { moderator, kazakh, tajik, interpreter } = await roomPages(on);
    const room = [moderator, kazakh, tajik];
    await moderator.goto(`${on.server.url}/dialogues/${D}`);
    await moderator.getByRole('link', { name: 'Enter the live room' }).waitFor();
    await joinAndSeeEachOther(on, room);
    assert.deepEqual(await seriousViolations(moderator), []);

    // The floor: asked for, given, timed on every page.
    await kazakh.getByRole('button', { name: 'Ask for the floor' }).click();
    await moderator
      .getByRole('list', { name: 'Speakers’ list' })
      .getByRole('button', { name: 'Give the floor' })
      .click();
    for (const page of room) await page.getByTestId('current-speaker').waitFor();
    const first = await tajik.getByTestId('countdown').innerText();
    await until(
      () => tajik.getByTestId('countdown').innerText(),
      (v) => v !== first,
      'the countdown to move',
    );
    assert.match(first, /^[23]:\d\d$/, 'three minutes by default');
    await tajik.locator('.tile[data-speaking]').waitFor();

    // The moderator records what the floor holder said; every page shows it, and so does the record.
    const said = 'Institutes propose a joint review of the water-energy provisions';
    await moderator.getByLabel('What was said').fill(said);
    await moderator.getByRole('button', { name: 'Add to the record' }).click();
    for (const page of room) await page.getByRole('list', { name: 'Latest statements' }).getByText(said).waitFor();
    const record = (await (await fetch(`${on.server.url}/api/v1/dialogues/${D}`)).json()) as {
      statements: { text: { texts: Record<string, { text: string }> } }[];
    };
    assert.ok(
      record.statements.some((s) => Object.values(s.text.texts).some((x) => x.text === said)),
      'in the record API',
    );
    await screenshot(moderator, 'live-room');

    // "Mute everyone else": the other microphones go off, the floor holder's stays on.
    await moderator.getByRole('button', { name: 'Mute everyone else' }).click();
    await tajik.getByRole('status').getByText('Your microphone is off.').waitFor();
    assert.equal(await kazakh.getByText('Your microphone is off.').count(), 0, 'the floor holder keeps the microphone');
    // Only the floor holder and the chair send video: the Tajik camera goes dark, the others stay on.
    await moderator.getByText('Floor settings').click();
    await moderator.getByRole('combobox', { name: /^Video/ }).selectOption('floor_and_chair');
    const sending = (page: typeof moderator) =>
      page
        .locator('.tile', { hasText: 'You' })
        .locator('video')
        .evaluate((v) => ((v as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0]!.enabled);
    await until(
      () => sending(tajik),
      (on) => !on,
      'the delegate’s camera to stop',
    );
    assert.deepEqual(
      [await sending(kazakh), await sending(moderator)],
      [true, true],
      'the floor holder and the chair still send video',
    );

    // A dropped socket: the page reconnects and resumes; what was said meanwhile arrives once.
    await tajik.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.at(-1)!.close());
    await kazakh.getByLabel('Message', { exact: true }).fill('Said while the Tajik page was away');
    await kazakh.getByRole('button', { name: 'Send' }).click();
    await tajik.getByTestId('live-status').getByText('Live').waitFor();
    const chat = tajik.getByRole('list', { name: 'Chat messages' });
    await chat.getByText('Said while the Tajik page was away').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await chat.getByText('Said while the Tajik page was away').count(), 1, 'once, not twice');
    assert.equal(await tajik.getByRole('list', { name: 'Latest statements' }).getByText(said).count(), 1);

    await interpreterIsHeard(on, interpreter, kazakh);
  });
});
