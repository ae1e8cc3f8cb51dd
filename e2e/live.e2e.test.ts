/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { signInOver } from '../test/support/server-process.ts';
import { E2E_SKIP, screenshot, seriousViolations, signIn, stage } from './support/browser.ts';

const D = DIALOGUE_2020_ID;

/** Keeps every peer connection and socket the page makes, so the test can read their stats or cut one. */
const WATCH = () => {
  const w = window as unknown as { __pcs: RTCPeerConnection[]; __sockets: WebSocket[] };
  w.__pcs = [];
  w.__sockets = [];
  const PC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends PC {
    constructor(config?: RTCConfiguration) { super(config); w.__pcs.push(this); }
  };
  const WS = window.WebSocket;
  window.WebSocket = class extends WS {
    constructor(url: string | URL, protocols?: string | string[]) { super(url, protocols); w.__sockets.push(this); }
  };
};

interface Received { state: string; frames: number; audioPackets: number; energy: number }

/** What each open peer connection of the page has received: decoded frames, audio packets, audio energy. */
const received = (page: Page): Promise<Received[]> => page.evaluate(async () => {
  const out: Received[] = [];
  for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
    if (pc.connectionState === 'closed') continue;
    const r: Received = { state: `${pc.connectionState}/${pc.signalingState}/${pc.iceGatheringState}`, frames: 0, audioPackets: 0, energy: 0 };
    (await pc.getStats()).forEach((s: Record<string, unknown>) => {
      if (s.type !== 'inbound-rtp') return;
      if (s.kind === 'video') r.frames += Number(s.framesDecoded ?? 0);
      if (s.kind === 'audio') { r.audioPackets += Number(s.packetsReceived ?? 0); r.energy += Number(s.totalAudioEnergy ?? 0); }
    });
    out.push(r);
  }
  return out;
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the live room in Chromium (mesh)', { skip: E2E_SKIP }, () => {
  const on = stage({ media: true });

  test('three people hear and see each other; the floor is given and timed; a statement is recorded; a dropped socket resumes; an interpreter is heard', async () => {
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${on.server.url}/api/v1${path}`, { method: 'POST', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(res.status, 201, await res.clone().text());
    };
    await post(`/dialogues/${D}/participants`, { personId: personId('yermekbayev'), organizationId: orgId('sco'), role: 'interpreter', invitation: 'accepted' });
    const people = { moderator: 'unrcca', kazakh: 'kaziss', tajik: 'niss-tj', interpreter: 'yermekbayev' } as const;
    const pages = {} as Record<keyof typeof people, Page>;
    for (const [who, key] of Object.entries(people) as [keyof typeof people, string][]) {
      await post('/users', { email: `${who}@live.example`, password: 'a long live room password', role: 'member', personId: personId(key) });
      const page = await on.page();
      await page.addInitScript(WATCH);
      page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log(who, m.text()); });
      await signIn(page, on.server.url, `${who}@live.example`, 'a long live room password');
      pages[who] = page;
    }
    const { moderator, kazakh, tajik, interpreter } = pages;
    const room = [moderator, kazakh, tajik];

    for (const page of room) {
      await page.goto(`${on.server.url}/dialogues/${D}`);
      await page.getByRole('link', { name: 'Enter the live room' }).click();
      await page.getByTestId('live-status').getByText('Live').waitFor();
      await page.getByRole('button', { name: 'Join with camera and microphone' }).click();
    }
    // Each page receives the other two: frames decoded, audio packets, and sound that plays.
    await until(() => Promise.all(room.map(received)), (all) => all.every((r) => r.length === 2 && r.every((p) => p.frames > 0 && p.audioPackets > 0 && p.energy > 0)), 'audio and video from both others');
    assert.deepEqual(await seriousViolations(moderator), []);

    // The floor: asked for, given, timed on every page.
    await kazakh.getByRole('button', { name: 'Ask for the floor' }).click();
    await moderator.getByRole('list', { name: 'Speakers’ list' }).getByRole('button', { name: 'Give the floor' }).click();
    for (const page of room) await page.getByTestId('current-speaker').waitFor();
    const first = await tajik.getByTestId('countdown').innerText();
    await until(() => tajik.getByTestId('countdown').innerText(), (v) => v !== first, 'the countdown to move');
    assert.match(first, /^[23]:\d\d$/, 'three minutes by default');
    await tajik.locator('.tile[data-speaking]').waitFor();

    // The moderator records what the floor holder said; every page shows it, and so does the record.
    const said = 'Institutes propose a joint review of the water-energy provisions';
    await moderator.getByLabel('What was said').fill(said);
    await moderator.getByRole('button', { name: 'Add to the record' }).click();
    for (const page of room) await page.getByRole('list', { name: 'Latest statements' }).getByText(said).waitFor();
    const record = await (await fetch(`${on.server.url}/api/v1/dialogues/${D}`)).json() as { statements: { text: { texts: Record<string, { text: string }> } }[] };
    assert.ok(record.statements.some((s) => Object.values(s.text.texts).some((x) => x.text === said)), 'in the record API');
    await screenshot(moderator, 'live-room');

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

    // An interpreter publishes an English channel; a listener who chooses it hears it.
    await interpreter.goto(`${on.server.url}/dialogues/${D}/live`);
    await interpreter.getByTestId('live-status').getByText('Live').waitFor();
    await interpreter.getByLabel('I interpret into').selectOption('en');
    await interpreter.getByRole('button', { name: 'Join with audio only' }).click();
    await kazakh.getByLabel('Listen to').selectOption('en');
    const channel = kazakh.locator('.tile', { hasText: 'Interpreter · en' }).locator('audio');
    await until(() => channel.getAttribute('data-volume'), (v) => v === '1', 'the channel at full volume');
    await until(() => kazakh.evaluate(async () => {
      const audio = Array.from(document.querySelectorAll('.tile')).find((t) => t.textContent?.includes('Interpreter · en'))?.querySelector('audio');
      const stream = audio?.srcObject as MediaStream | undefined;
      const track = stream?.getAudioTracks()[0];
      if (!track) return 0;
      for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
        if (!pc.getReceivers().some((r) => r.track === track)) continue;
        let energy = 0;
        (await pc.getStats(track)).forEach((s: Record<string, unknown>) => { if (s.type === 'inbound-rtp') energy += Number(s.totalAudioEnergy ?? 0); });
        return energy;
      }
      return 0;
    }), (e) => e > 0, 'sound from the interpreter');
    const floorVolumes = await kazakh.locator('.tile audio').evaluateAll((els) => els.map((e) => (e as HTMLAudioElement).volume));
    assert.ok(floorVolumes.includes(0.2), 'the floor is turned down under the interpretation');
  });
});
