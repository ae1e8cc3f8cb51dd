/// <reference lib="dom" />
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { signInOver } from '../../test/support/server-process.ts';
import { signIn, type Stage } from './browser.ts';

export const D = DIALOGUE_2020_ID;

/**
 * Keeps every peer connection and socket the page makes, so the test can read their stats or cut one,
 * and what the page sends Janus, so a test can play a modified client on the page's own session.
 */
const WATCH = () => {
  const w = window as unknown as { __pcs: RTCPeerConnection[]; __sockets: WebSocket[]; __janusSent: string[] };
  w.__pcs = [];
  w.__sockets = [];
  w.__janusSent = [];
  const PC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends PC {
    constructor(config?: RTCConfiguration) {
      super(config);
      w.__pcs.push(this);
    }
  };
  const WS = window.WebSocket;
  window.WebSocket = class extends WS {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      w.__sockets.push(this);
    }
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (typeof data === 'string' && data.startsWith('{"janus"')) w.__janusSent.push(data);
      super.send(data);
    }
  };
};

interface Received {
  state: string;
  frames: number;
  audioPackets: number;
  energy: number;
}

/** What each open peer connection that receives anything has received: decoded frames, audio packets, audio energy. */
export const received = (page: Page): Promise<Received[]> =>
  page.evaluate(async () => {
    const out: Received[] = [];
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      if (pc.connectionState === 'closed') continue;
      const r: Received = {
        state: `${pc.connectionState}/${pc.signalingState}`,
        frames: 0,
        audioPackets: 0,
        energy: 0,
      };
      let inbound = false;
      (await pc.getStats()).forEach((s: Record<string, unknown>) => {
        if (s.type !== 'inbound-rtp') return;
        inbound = true;
        if (s.kind === 'video') r.frames += Number(s.framesDecoded ?? 0);
        if (s.kind === 'audio') {
          r.audioPackets += Number(s.packetsReceived ?? 0);
          r.energy += Number(s.totalAudioEnergy ?? 0);
        }
      });
      if (inbound) out.push(r);
    }
    return out;
  });

export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const PEOPLE = { moderator: 'unrcca', kazakh: 'kaziss', tajik: 'niss-tj', interpreter: 'yermekbayev' } as const;

/** Accounts for the moderator, two delegates and an interpreter, each signed in on a watched page. */
export async function roomPages(on: Stage): Promise<Record<keyof typeof PEOPLE, Page>> {
  const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${on.server.url}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 201, await res.clone().text());
  };
  // Floor and chat work inside the room's window only, and the demo meeting is long over: hold it now.
  const read = await fetch(`${on.server.url}/api/v1/dialogues/${D}`, { headers: { cookie: admin.cookie } });
  const version = ((await read.json()) as { dialogue: { version: number } }).dialogue.version;
  const moved = await fetch(`${on.server.url}/api/v1/dialogues/${D}`, {
    method: 'PATCH',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      version,
      status: 'live',
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 60 * 60_000).toISOString(),
    }),
  });
  assert.equal(moved.status, 200, await moved.clone().text());
  await post(`/dialogues/${D}/participants`, {
    personId: personId('yermekbayev'),
    organizationId: orgId('sco'),
    role: 'interpreter',
    invitation: 'accepted',
  });
  const pages = {} as Record<keyof typeof PEOPLE, Page>;
  for (const [who, key] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, string][]) {
    await post('/users', {
      email: `${who}@live.example`,
      password: 'a long live room password',
      role: 'member',
      personId: personId(key),
    });
    const page = await on.page();
    await page.addInitScript(WATCH);
    await signIn(page, on.server.url, `${who}@live.example`, 'a long live room password');
    pages[who] = page;
  }
  return pages;
}

/** Opens the room on each page and joins with camera and microphone; then each must receive every other. */
export async function joinAndSeeEachOther(
  on: Stage,
  room: Page[],
  urls: string[] = room.map(() => on.server.url),
): Promise<void> {
  for (const [i, page] of room.entries()) {
    await page.goto(`${urls[i]}/dialogues/${D}/live`);
    await page.getByTestId('live-status').getByText('Live').waitFor();
    await page.getByRole('button', { name: 'Join with camera and microphone' }).click();
  }
  const others = room.length - 1;
  await until(
    () => Promise.all(room.map(received)),
    (all) =>
      all.every((r) => r.length === others && r.every((p) => p.frames > 0 && p.audioPackets > 0 && p.energy > 0)),
    'audio and video from every other page',
  );
}

/** The interpreter publishes an English channel; the listener chooses it and its sound plays, the floor turned down. */
export async function interpreterIsHeard(on: Stage, interpreter: Page, listener: Page): Promise<void> {
  await interpreter.goto(`${on.server.url}/dialogues/${D}/live`);
  await interpreter.getByTestId('live-status').getByText('Live').waitFor();
  await interpreter.getByLabel('I interpret into').selectOption('en');
  await interpreter.getByRole('button', { name: 'Join with audio only' }).click();
  await listener.getByLabel('Listen to').selectOption('en');
  const channel = listener.locator('.tile', { hasText: 'Interpreter · English' }).locator('audio');
  await until(
    () => channel.getAttribute('data-volume'),
    (v) => v === '1',
    'the channel at full volume',
  );
  await until(
    () =>
      listener.evaluate(async () => {
        const audio = Array.from(document.querySelectorAll('.tile'))
          .find((t) => t.textContent?.includes('Interpreter · English'))
          ?.querySelector('audio');
        const track = (audio?.srcObject as MediaStream | undefined)?.getAudioTracks()[0];
        if (!track) return 0;
        for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
          if (!pc.getReceivers().some((r) => r.track === track)) continue;
          let energy = 0;
          (await pc.getStats(track)).forEach((s: Record<string, unknown>) => {
            if (s.type === 'inbound-rtp') energy += Number(s.totalAudioEnergy ?? 0);
          });
          return energy;
        }
        return 0;
      }),
    (e) => e > 0,
    'sound from the interpreter',
  );
  const volumes = await listener
    .locator('.tile audio')
    .evaluateAll((els) => els.map((e) => (e as HTMLAudioElement).volume));
  assert.ok(volumes.includes(0.2), 'the floor is turned down under the interpretation');
}
