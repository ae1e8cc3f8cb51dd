import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DialogueRecord } from '../contracts/dialogue-record.ts';
import type { ServerMessage } from './messages.ts';
import type { RoomState } from './room.ts';
import { applyEvent, type RoomView } from './room-view.ts';

const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
const at = '2026-06-01T08:00:00.000Z';
const emptyFloor = {
  timeLimitSeconds: 180,
  balanced: false,
  videoPolicy: 'everyone' as const,
  current: null,
  queue: [],
  speakingTime: { byParticipant: [], byOrganization: [], byCountry: [] },
  open: true,
  agendaItemId: null,
};

const id = fc.constantFrom(...ids);
const roomEvent = fc.oneof(
  fc.record({
    event: fc.constant('floor.changed'),
    payload: fc.record({
      floor: fc.record({
        ...Object.fromEntries(Object.entries(emptyFloor).map(([k, v]) => [k, fc.constant(v)])),
        timeLimitSeconds: fc.integer({ min: 15, max: 600 }),
        balanced: fc.boolean(),
      }),
    }),
  }),
  fc.record({
    event: fc.constant('presence.joined'),
    payload: fc.record({
      userId: id,
      participantId: fc.constant(null),
      name: fc.constant(null),
      organizationId: fc.constant(null),
      countryCode: fc.constantFrom('KZ', 'TJ', null),
      since: fc.constant(at),
    }),
  }),
  fc.record({ event: fc.constant('presence.left'), payload: fc.record({ userId: id }) }),
  fc.record({
    event: fc.constant('media.joined'),
    payload: fc.record({
      connectionId: id,
      userId: id,
      participantId: fc.constant(null),
      interpretingInto: fc.constantFrom(null, 'en', 'ru'),
    }),
  }),
  fc.record({ event: fc.constant('media.left'), payload: fc.record({ connectionId: id }) }),
  fc.record({
    event: fc.constant('chat.posted'),
    payload: fc.record({
      id,
      userId: id,
      participantId: fc.constant(null),
      name: fc.constant(null),
      text: fc.string({ maxLength: 20 }),
      at: fc.constant(at),
    }),
  }),
  fc.record({ event: fc.constant('chat.deleted'), payload: fc.record({ id }) }),
);

const start = (): RoomView => ({
  dialogueId: ids[0]!,
  seq: 0,
  recordStale: false,
  // The events under test touch only the record's statements; a whole record would be noise here.
  record: { statements: [] } as unknown as DialogueRecord,
  room: { floor: emptyFloor, presence: [], media: [], chat: [], mutedAllAt: null },
  you: {
    connectionId: ids[0]!,
    userId: ids[0]!,
    participantId: null,
    canAct: true,
    canModerate: false,
    canRecord: false,
  },
  media: { topology: 'mesh', iceServers: [], sfuUrl: null, sfuRoom: null, sfuPin: null },
});

const byKey = <T>(list: T[], key: (x: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
const normal = (r: RoomState) => ({
  ...r,
  presence: byKey(r.presence, (p) => p.userId),
  media: byKey(r.media, (m) => m.connectionId),
  chat: byKey(r.chat, (m) => m.id),
});

test('a snapshot newer than its seq meets the stream: replaying what it already holds ends in the same room', () => {
  fc.assert(
    fc.property(fc.array(roomEvent, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (list, a, b) => {
      const events = list.map(
        (e, i) =>
          ({ type: 'event', dialogueId: ids[0]!, seq: i + 1, at, ...e }) as Extract<ServerMessage, { type: 'event' }>,
      );
      const all = events.reduce(applyEvent, start());
      // The snapshot's state is as of event j, but it claims seq k ≤ j: events k+1… are applied again.
      const j = a % (events.length + 1);
      const k = b % (j + 1);
      const snapshot = { ...events.slice(0, j).reduce(applyEvent, start()), seq: k };
      const met = events.slice(k).reduce(applyEvent, snapshot);
      assert.deepEqual(normal(met.room), normal(all.room));
      assert.equal(met.seq, events.length);
    }),
    { numRuns: 500, seed: 4 },
  );
});

test('an event already applied, or older, changes nothing', () => {
  const view = applyEvent(start(), {
    type: 'event',
    dialogueId: ids[0]!,
    seq: 3,
    event: 'chat.posted',
    at,
    payload: { id: ids[1], userId: ids[0], participantId: null, name: null, text: 'hi', at },
  });
  const again = applyEvent(view, {
    type: 'event',
    dialogueId: ids[0]!,
    seq: 2,
    event: 'chat.deleted',
    at,
    payload: { id: ids[1] },
  });
  assert.equal(again, view);
  assert.deepEqual(
    view.room.chat.map((m) => m.text),
    ['hi'],
  );
});
