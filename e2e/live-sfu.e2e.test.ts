/// <reference lib="dom" />
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WsClient from 'ws';
import { sfuFeedOf } from '../src/shared/live/messages.ts';
import { E2E_SKIP, stage } from './support/browser.ts';
import { signInOver } from '../test/support/server-process.ts';
import { D, interpreterIsHeard, joinAndSeeEachOther, roomPages, until } from './support/live-room.ts';
import {
  audioPacketsFrom,
  audioPacketsSent,
  janusClient,
  janusRoomExists,
  liveAs,
  mediaConnectionOf,
  removeParticipant,
  subscribeAside,
} from './support/janus-client.ts';

/**
 * Janus never uses loopback for ICE, so it runs in a network namespace this test makes, reached
 * over a veth pair; nothing leaves the machine. Needs root (CI is) and Debian's janus package.
 */
const JANUS = '/usr/bin/janus';
const root = process.getuid?.() === 0;
const SKIP = E2E_SKIP || (!existsSync(JANUS) && 'Janus is not installed') || (!root && 'network namespaces need root');
const tag = String(process.pid % 10_000);
const ns = `ed-janus-${tag}`;
const hostIf = `edh${tag}`;
const nsIf = `edn${tag}`;
const subnet = `10.${77 + (process.pid % 100)}.${process.pid % 250}`;
const janusIp = `${subnet}.2`;
const janusUrl = `ws://${janusIp}:8188`;

const ip = (...args: string[]) => {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr}`);
};

const JANUS_CONFIG = (dir: string) => ({
  'janus.jcfg': `general: {
  configs_folder = "${dir}"
  plugins_folder = "/usr/lib/x86_64-linux-gnu/janus/plugins"
  transports_folder = "/usr/lib/x86_64-linux-gnu/janus/transports"
  events_folder = "/usr/lib/x86_64-linux-gnu/janus/events"
  loggers_folder = "/usr/lib/x86_64-linux-gnu/janus/loggers"
  debug_level = 3
}
plugins: { disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_echotest.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so" }
transports: { disable = "libjanus_http.so,libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so" }
loggers: { disable = "libjanus_jsonlog.so" }
events: { broadcast = false }
media: { rtp_port_range = "20000-40000" }
nat: { ice_enforce_list = "${nsIf}" }
`,
  'janus.plugin.videoroom.jcfg': 'general: {\n}\n',
  'janus.transport.websockets.jcfg': `general: {\n  json = "compact"\n  ws = true\n  ws_port = 8188\n  ws_ip = "${janusIp}"\n  wss = false\n}\nadmin: {\n  admin_ws = false\n  admin_wss = false\n}\n`,
});

const reachable = () =>
  new Promise<boolean>((resolve) => {
    const s = connect(8188, janusIp);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

describe('the live room in Chromium through the Janus SFU', { skip: SKIP }, () => {
  let janus: ChildProcess | undefined;
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ed-janus-'));
    for (const [name, text] of Object.entries(JANUS_CONFIG(dir))) await writeFile(join(dir, name), text);
    ip('netns', 'add', ns);
    ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf);
    ip('link', 'set', nsIf, 'netns', ns);
    ip('addr', 'add', `${subnet}.1/24`, 'dev', hostIf);
    ip('link', 'set', hostIf, 'up');
    ip('netns', 'exec', ns, 'ip', 'addr', 'add', `${janusIp}/24`, 'dev', nsIf);
    ip('netns', 'exec', ns, 'ip', 'link', 'set', nsIf, 'up');
    ip('netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up');
    await startJanus();
  });
  const startJanus = async () => {
    // `ip netns exec` execs Janus itself, so this pid is Janus's own.
    janus = spawn('ip', ['netns', 'exec', ns, JANUS, '-F', dir, '-C', join(dir, 'janus.jcfg')], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await reachable()); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const stopJanus = async () => {
    janus?.kill('SIGTERM');
    if (janus && janus.exitCode === null) await new Promise((r) => janus!.once('exit', r));
  };
  // The browser stays outside the namespace: its candidate on the host end of the veth reaches Janus.
  const on = stage({ media: true, env: { JANUS_URL: janusUrl, JANUS_PIN_KEY: 'a key for the test rooms only' } });
  after(async () => {
    await stopJanus();
    spawnSync('ip', ['link', 'del', hostIf]);
    spawnSync('ip', ['netns', 'del', ns]);
    await rm(dir, { recursive: true, force: true });
  });

  let pages: Awaited<ReturnType<typeof roomPages>>;
  test('three people hear and see each other through Janus, and an interpreter’s channel is heard', async () => {
    pages = await roomPages(on);
    const { moderator, kazakh, tajik, interpreter } = pages;
    await joinAndSeeEachOther(on, [moderator, kazakh, tajik]);
    for (const page of [moderator, kazakh, tajik]) {
      // Through Janus, not a mesh fallback: a socket to Janus, and every media path ends at its address.
      // On a busy machine a path may still be settling when the tiles show: look again for a while.
      const look = () =>
        page.evaluate(async (janus) => {
          const w = window as unknown as { __pcs: RTCPeerConnection[]; __sockets: WebSocket[] };
          const remotes: string[] = [];
          for (const pc of w.__pcs.filter((p) => p.connectionState === 'connected')) {
            const stats = await pc.getStats();
            stats.forEach((s: Record<string, unknown>) => {
              if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded')
                remotes.push(
                  String(
                    (stats as unknown as Map<string, { address?: string }>).get(String(s.remoteCandidateId))?.address,
                  ),
                );
            });
          }
          return { toJanus: w.__sockets.some((s) => s.url.startsWith(janus)), remotes };
        }, janusUrl);
      let route = await look();
      for (let i = 0; i < 40 && route.remotes.length < 3; i++) {
        await new Promise((r) => setTimeout(r, 500));
        route = await look();
      }
      assert.ok(route.toJanus, 'the page talks to Janus');
      assert.ok(
        route.remotes.length >= 3 && route.remotes.every((a) => a === janusIp),
        `media goes through Janus only: ${route.remotes.join(', ')}`,
      );
    }
    await interpreterIsHeard(on, interpreter, tajik);
  });

  test('a client that ignores “mute everyone else” is silenced at Janus until the floor changes hands', async () => {
    const { moderator, kazakh, tajik } = pages;
    // The modified client: whatever the room says, its microphone stays on.
    await kazakh.evaluate(() => {
      const w = window as unknown as { __pcs: RTCPeerConnection[] };
      setInterval(() => {
        for (const pc of w.__pcs)
          for (const s of pc.getSenders()) if (s.track?.kind === 'audio') s.track.enabled = true;
      }, 50);
    });
    const kazakhAtTajik = () => audioPacketsFrom(tajik, 'Head of KazISS');
    const flowing = async (read: () => Promise<number>) => {
      const before = await read();
      await new Promise((r) => setTimeout(r, 1_500));
      return (await read()) - before;
    };
    const heard = await until(
      () => flowing(kazakhAtTajik),
      (n) => n > 20,
      'the delegate heard before the mute',
    );
    // Stopped at Janus: what still arrives (none, or a few packets in flight) is a trickle beside the stream.
    const stopped = (n: number) => n <= heard / 10;
    await moderator.getByRole('button', { name: 'Mute everyone else' }).click();
    await until(() => flowing(kazakhAtTajik), stopped, 'the delegate’s audio stopped at Janus');
    assert.ok((await flowing(() => audioPacketsSent(kazakh))) > 0, 'the modified client still sends its audio');
    assert.ok(
      (await flowing(() => audioPacketsFrom(tajik, 'UNRCCA representative'))) > 0,
      'the moderator who muted everyone else is still heard',
    );
    // The floor changes hands: the delegate asks for it and the secretariat grants it; the mute is lifted.
    const delegate = await liveAs(
      on.server.url,
      await signInOver(on.server.url, 'kazakh@live.example', 'a long live room password'),
    );
    const admin = await liveAs(
      on.server.url,
      await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!),
    );
    await delegate.act({ type: 'floor.request', dialogueId: D, kind: 'statement' });
    await admin.act({ type: 'floor.grant', dialogueId: D });
    await until(
      () => flowing(kazakhAtTajik),
      (n) => !stopped(n),
      'the delegate heard again with the floor',
    );
    await admin.act({ type: 'floor.end', dialogueId: D });
    delegate.close();
    admin.close();
  });

  test('a page that renames its publisher after someone else is put out of the room', async () => {
    const { kazakh } = pages;
    // The modified client: on its own Janus session, it renames its publisher after another connection.
    const own = await kazakh.evaluate(() => {
      const sent = (window as unknown as { __janusSent: string[] }).__janusSent.map(
        (t) => JSON.parse(t) as { janus: string; session_id?: number; handle_id?: number; body?: { request?: string } },
      );
      const publish = sent.find((m) => m.janus === 'message' && m.body?.request === 'publish')!;
      return { session: publish.session_id!, handle: publish.handle_id! };
    });
    const kazakhId = await mediaConnectionOf(on.server.url, 'kazakh@live.example');
    const tajikId = await mediaConnectionOf(on.server.url, 'tajik@live.example');
    const admin = await liveAs(
      on.server.url,
      await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!),
    );
    admin.close();
    const room = admin.snapshot.media.sfuRoom;
    const j = await janusClient(janusUrl);
    try {
      const inside = () => j.inside(room);
      const before = await inside();
      assert.ok(
        before.some((p) => p.display === kazakhId && p.id === sfuFeedOf(kazakhId) && p.publisher),
        'the delegate publishes under its own connection, with the feed the server chose',
      );
      await kazakh.evaluate(
        ({ janus, session, handle, victim }) => {
          const socket = (window as unknown as { __sockets: WebSocket[] }).__sockets.find((s) =>
            s.url.startsWith(janus),
          )!;
          socket.send(
            JSON.stringify({
              janus: 'message',
              session_id: session,
              handle_id: handle,
              body: { request: 'configure', display: victim },
              transaction: 'renamed',
            }),
          );
        },
        { janus: janusUrl, ...own, victim: tajikId },
      );
      await until(
        inside,
        (list) => !list.some((p) => p.id === sfuFeedOf(kazakhId)),
        'the renamed publisher put out of the room',
      );
      assert.ok(
        (await inside()).some((p) => p.display === tajikId && p.id === sfuFeedOf(tajikId)),
        'the one it named stays',
      );
    } finally {
      j.close();
    }
  });

  test('the PIN alone joins nothing; a seat is the server’s, named after its connection, and ends with the member', async () => {
    const tajik = await signInOver(on.server.url, 'tajik@live.example', 'a long live room password');
    const live = await liveAs(on.server.url, tajik);
    const { sfuRoom: room, sfuPin: pin } = live.snapshot.media;
    assert.ok(room && pin, 'the snapshot names the room and its PIN');
    assert.equal('sfuToken' in live.snapshot.media, false, 'and hands out no token');
    const j = await janusClient(janusUrl);
    try {
      const feed = (
        ((await j.request({ request: 'listparticipants', room })).participants ?? []) as {
          id: number;
          publisher: boolean;
        }[]
      ).find((p) => p.publisher)!;
      assert.equal(
        (await j.join({ ptype: 'publisher', room, pin })).error_code,
        433,
        'the PIN alone: not in the allowed list',
      );
      assert.equal(
        (await j.join({ ptype: 'subscriber', room, pin, streams: [{ feed: feed.id }] })).error_code,
        433,
        'nor may it watch a feed',
      );
      const { seat } = (await live.act({ type: 'media.join', dialogueId: D })) as {
        seat?: { session: number; handle: number; feed: number; privateId: number };
      };
      assert.ok(seat, 'media.join is answered with a seat');
      const me = live.snapshot.you.connectionId;
      assert.equal(seat.feed, sfuFeedOf(me), 'its publisher is the connection’s own feed');
      const list = ((await j.request({ request: 'listparticipants', room })).participants ?? []) as {
        id: number;
        display: string;
      }[];
      assert.ok(
        list.some((p) => p.id === seat.feed && p.display === me),
        'the server joined it under the connection’s name',
      );
      // With the seat's private id, a subscription from a session of the member's own: allowed while
      // they are inside, and it must not outlive their right to the room.
      const aside = await subscribeAside(j, { room, pin, privateId: seat.privateId, feed: feed.id });
      // The server's own handles in the room (its watcher, and a look while rules are enforced): all
      // gone only when the room itself went.
      const server = (await j.inside(room)).filter((p) => p.display === 'server').map((p) => p.id);
      // The seat's session, claimed as the page does: a second publisher in it is refused.
      const claimed = await janusClient(janusUrl, seat.session);
      try {
        assert.equal(
          (await claimed.join({ ptype: 'publisher', room, pin, display: 'someone else' })).error_code,
          433,
          'a seat holds no token: no second publisher, under any name',
        );
        // Renamed after someone else before it publishes: put out all the same.
        const other = (await j.inside(room)).find((p) => p.display !== 'server' && p.id !== seat.feed)!;
        await claimed.on(seat.handle, { request: 'configure', display: other.display });
        await until(
          () => j.inside(room),
          (list) => !list.some((p) => p.id === seat.feed),
          'the seat renamed before publishing put out',
        );
        // Out of the media first: the subscription opened elsewhere stays, and must still end with the member.
        await live.act({ type: 'media.leave', dialogueId: D });
        await removeParticipant(on.server, live.snapshot.you.participantId!);
        assert.equal(await live.closed, 4003);
        await until(
          async () => ((await j.request({ request: 'listparticipants', room })).participants ?? []) as { id: number }[],
          (inside) => !inside.some((p) => p.id === seat.feed),
          'the removed member’s publisher put out',
        );
        assert.equal(await claimed.alive(), false, 'and its session ended');
        // The room made again: none of the server's handles of before, and the pages inside took new seats.
        await until(
          async () =>
            ((await j.request({ request: 'listparticipants', room })).participants ?? []) as {
              id: number;
              display: string;
              publisher: boolean;
            }[],
          (inside) => !inside.some((p) => server.includes(p.id)) && inside.filter((p) => p.publisher).length >= 2,
          'the room rebuilt, and the pages still inside in it again',
        );
        const now = (
          ((await j.request({ request: 'listparticipants', room })).participants ?? []) as {
            id: number;
            publisher: boolean;
          }[]
        ).find((p) => p.publisher)!;
        const after = await aside.again({ request: 'subscribe', streams: [{ feed: now.id }] });
        assert.ok(
          after.error_code,
          `the subscription it opened elsewhere ended with the room: ${JSON.stringify(after)}`,
        );
      } finally {
        claimed.close();
      }
    } finally {
      j.close();
      live.close();
    }
  });

  test('a member who closed their connection and is taken out later loses what their seat let them hold', async () => {
    // No page of theirs is left: nothing is closed on them when they are taken out.
    await pages.kazakh.close();
    const live = await liveAs(
      on.server.url,
      await signInOver(on.server.url, 'kazakh@live.example', 'a long live room password'),
    );
    const { sfuRoom: room, sfuPin: pin } = live.snapshot.media;
    const { seat } = (await live.act({ type: 'media.join', dialogueId: D })) as unknown as {
      seat: { feed: number; privateId: number };
    };
    const j = await janusClient(janusUrl);
    try {
      const inside = () => j.inside(room);
      // The room the last test rebuilt: the pages inside are in it again.
      const feed = (await until(inside, (list) => list.some((p) => p.publisher), 'a publisher')).find(
        (p) => p.publisher,
      )!;
      const aside = await subscribeAside(j, { room, pin, privateId: seat.privateId, feed: feed.id });
      const server = (await inside()).filter((p) => p.display === 'server').map((p) => p.id);
      live.close();
      await until(inside, (list) => !list.some((p) => p.id === seat.feed), 'the closed connection’s seat ended');
      await removeParticipant(on.server, live.snapshot.you.participantId!);
      await until(
        inside,
        (list) => !list.some((p) => server.includes(p.id)) && list.some((p) => p.publisher),
        'the room rebuilt after the member was taken out, and the pages inside in it again',
      );
      const now = (await inside()).find((p) => p.publisher)!;
      const after = await aside.again({ request: 'subscribe', streams: [{ feed: now.id }] });
      assert.ok(after.error_code, `the subscription it opened elsewhere ended with the room: ${JSON.stringify(after)}`);
    } finally {
      j.close();
    }
  });

  test('after Janus restarts, the next join makes the dialogue’s room again', async () => {
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const live = on.server.url.replace(/^http/, 'ws') + '/api/v1/live';
    /** Subscribes as the secretariat and returns the media settings the snapshot names. */
    const join = async () => {
      const ws = new WsClient(live, { headers: { cookie: admin.cookie } });
      const snapshot = await new Promise<{ media: { topology: string; sfuRoom: number | null } }>((resolve, reject) => {
        ws.on('message', (data) => {
          const m = JSON.parse(String(data)) as { type: string; media: { topology: string; sfuRoom: number | null } };
          if (m.type === 'snapshot') resolve(m);
          if (m.type === 'error') reject(new Error(String(data)));
        });
        ws.once('open', () => ws.send(JSON.stringify({ type: 'subscribe', dialogueId: D })));
        ws.once('error', reject);
      });
      ws.close();
      return snapshot.media;
    };
    const first = await join();
    assert.equal(first.topology, 'sfu');
    const room = first.sfuRoom!;
    assert.equal(await janusRoomExists(janusUrl, room), true, 'the room exists on the running Janus');
    await stopJanus();
    await startJanus();
    assert.equal(await janusRoomExists(janusUrl, room), false, 'a restarted Janus has no rooms');
    const again = await join();
    assert.equal(again.topology, 'sfu', 'through the SFU again, not a fallback');
    assert.equal(await janusRoomExists(janusUrl, room), true, 'the join made the room again');
  });
});
