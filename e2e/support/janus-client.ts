/// <reference lib="dom" />
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import WsClient from 'ws';
import { signInOver } from '../../test/support/server-process.ts';
import { D } from './live-room.ts';

/**
 * A session of the test's own with Janus (or, given its id, a seat's session, claimed as a page does):
 * VideoRoom requests on one handle, joins each on a fresh one.
 */
export async function janusClient(janusUrl: string, claim?: number) {
  const ws = new WsClient(janusUrl, 'janus-protocol');
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const replies = new Map<string, (r: Record<string, unknown>) => void>();
  ws.on('message', (data) => {
    const r = JSON.parse(String(data)) as { janus: string; transaction?: string };
    if (r.janus !== 'ack' && r.transaction) replies.get(r.transaction)?.(r);
  });
  let n = 0;
  const call = (body: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const transaction = `t${++n}`;
      replies.set(transaction, resolve);
      ws.send(JSON.stringify({ ...body, transaction }));
    });
  let session: number;
  if (claim === undefined) session = ((await call({ janus: 'create' })).data as { id: number }).id;
  else {
    const claimed = await call({ janus: 'claim', session_id: claim });
    assert.equal(claimed.janus, 'success', JSON.stringify(claimed));
    session = claim;
  }
  const attach = async () =>
    ((await call({ janus: 'attach', session_id: session, plugin: 'janus.plugin.videoroom' })).data as { id: number })
      .id;
  const main = await attach();
  const on = async (handle: number, body: Record<string, unknown>) =>
    (
      (await call({ janus: 'message', session_id: session, handle_id: handle, body })).plugindata as {
        data: Record<string, unknown>;
      }
    ).data;
  return {
    request: (body: Record<string, unknown>) => on(main, body),
    /** Who is in the room (none while it is being made again). */
    inside: async (room: number | null) =>
      ((await on(main, { request: 'listparticipants', room })).participants ?? []) as {
        id: number;
        display: string;
        publisher: boolean;
      }[],
    join: async (body: Record<string, unknown>) => on(await attach(), { request: 'join', ...body }),
    /** A request on a handle of the session that this client did not attach (a seat's, claimed). */
    on,
    /** A join on a handle of its own, kept for requests after it. */
    joined: async (body: Record<string, unknown>) => {
      const handle = await attach();
      return {
        data: await on(handle, { request: 'join', ...body }),
        again: (b: Record<string, unknown>) => on(handle, b),
      };
    },
    /** Whether Janus still has the session. */
    alive: async () => (await call({ janus: 'keepalive', session_id: session })).janus !== 'error',
    close: () => ws.close(),
  };
}

/** A subscription from a Janus session of the member's own, let in by their seat's private id. */
export async function subscribeAside(
  j: Awaited<ReturnType<typeof janusClient>>,
  { room, pin, privateId, feed }: { room: number | null; pin: string | null; privateId: number; feed: number },
) {
  const aside = await j.joined({ ptype: 'subscriber', room, pin, private_id: privateId, streams: [{ feed }] });
  assert.equal(aside.data.videoroom, 'attached', JSON.stringify(aside.data));
  return aside;
}

/** The secretariat takes a participant out of the dialogue. */
export async function removeParticipant(
  server: { url: string; adminEmail: string | null; adminPassword: string | null },
  participantId: string,
): Promise<void> {
  const admin = await signInOver(server.url, server.adminEmail!, server.adminPassword!);
  const participant = `${server.url}/api/v1/dialogues/${D}/participants/${participantId}`;
  const { version } = (await (await fetch(participant, { headers: { cookie: admin.cookie } })).json()) as {
    version: number;
  };
  const removed = await fetch(`${participant}?version=${version}`, {
    method: 'DELETE',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
  });
  assert.equal(removed.status, 204, await removed.text());
}

/** The connection through which the person signed in as `email` is in the room's media. */
export async function mediaConnectionOf(url: string, email: string): Promise<string> {
  const them = await liveAs(url, await signInOver(url, email, 'a long live room password'));
  them.close();
  const peer = them.snapshot.room.media.find((p) => p.participantId === them.snapshot.you.participantId);
  assert.ok(peer, `${email} is in the media`);
  return peer.connectionId;
}

/** Asks Janus directly (its own session) whether a VideoRoom exists. */
export async function janusRoomExists(janusUrl: string, room: number): Promise<boolean> {
  const janus = await janusClient(janusUrl);
  try {
    return (await janus.request({ request: 'exists', room })).exists === true;
  } finally {
    janus.close();
  }
}

interface Snapshot {
  media: { topology: string; sfuRoom: number | null; sfuPin: string | null };
  room: { media: { connectionId: string; participantId: string | null }[] };
  you: { connectionId: string; participantId: string | null };
}

/** A live socket of someone signed in, subscribed to the room; actions wait for their ack. */
export async function liveAs(url: string, who: { cookie: string }) {
  const ws = new WsClient(url.replace(/^http/, 'ws') + '/api/v1/live', { headers: { cookie: who.cookie } });
  const closed = new Promise<number>((resolve) => ws.once('close', resolve));
  const answers = new Map<string, (m: { type: string }) => void>();
  let n = 0;
  const snapshot = await new Promise<Snapshot>((resolve, reject) => {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { type: string; ref?: string };
      if (m.type === 'snapshot') resolve(m as unknown as Snapshot);
      else if (m.ref) answers.get(m.ref)?.(m);
      else if (m.type === 'error') reject(new Error(String(data)));
    });
    ws.once('open', () => ws.send(JSON.stringify({ type: 'subscribe', dialogueId: D })));
    ws.once('error', reject);
  });
  return {
    snapshot,
    closed,
    act: async (msg: Record<string, unknown>) => {
      const ref = `r${++n}`;
      const answer = await new Promise<{ type: string }>((resolve) => {
        answers.set(ref, resolve);
        ws.send(JSON.stringify({ ...msg, ref }));
      });
      assert.equal(answer.type, 'ack', JSON.stringify(answer));
      return answer;
    },
    close: () => ws.close(),
  };
}

/** Audio packets this page has received from the tile labelled so. */
export const audioPacketsFrom = (page: Page, label: string): Promise<number> =>
  page.evaluate(async (label) => {
    const audio = Array.from(document.querySelectorAll('.tile'))
      .find((t) => t.textContent?.includes(label))
      ?.querySelector('audio');
    const track = (audio?.srcObject as MediaStream | undefined)?.getAudioTracks()[0];
    let packets = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      if (!track || pc.connectionState === 'closed' || !pc.getReceivers().some((r) => r.track === track)) continue;
      (await pc.getStats(track)).forEach((s: Record<string, unknown>) => {
        if (s.type === 'inbound-rtp') packets += Number(s.packetsReceived ?? 0);
      });
    }
    return packets;
  }, label);

/** Audio packets this page has sent. */
export const audioPacketsSent = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    let packets = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s: Record<string, unknown>) => {
        if (s.type === 'outbound-rtp' && s.kind === 'audio') packets += Number(s.packetsSent ?? 0);
      });
    }
    return packets;
  });
