import { and, asc, eq, gt } from 'drizzle-orm';
import { events } from '../../db/schema.ts';
import type { HeardEvent } from '../../events/append-event.ts';
import type { Deps } from '../../deps.ts';
import { messageBytes, textFrame, writeFrames } from './frames.ts';
import type { Subscription } from './subscription.ts';

const PAGE = 500;
const YIELD_EVERY = 64;
/** Events heard but not yet delivered to everyone, per room: beyond this, read them from the table. */
const HEARD_MOST = 1000;

interface Row {
  seq: number;
  type: string;
  payload: unknown;
  at: string;
}

/** The rows a pass read, for whoever watches the room's events (the membership re-check). */
export type EventsRead = (dialogueId: string, types: readonly string[]) => void;

/**
 * Delivers each room's events to its subscribers on this instance. The Event table is the source:
 * a bell says which room to read; each new row is read once, framed once, and written to every
 * subscriber that lacks it, as one buffer per subscriber.
 */
export class FanOut {
  private readonly rooms = new Map<string, Set<Subscription>>();
  private readonly dirty = new Set<string>();
  /** Events their bells carried, by room and seq: delivered from here when they cover what subscribers lack. */
  private readonly heard = new Map<string, Map<number, Row>>();
  /**
   * Per room, the newest seq this fan-out has heard of or read past: every event after it is still
   * to be heard (its bell comes after its commit), so a subscriber that has it needs no pass of its own.
   */
  private readonly known = new Map<string, number>();
  private draining: Promise<void> = Promise.resolve();
  private running = false;

  constructor(
    private readonly deps: Deps,
    private readonly read: EventsRead,
    /** Takes a dropped subscriber out everywhere the hub keeps it, this fan-out included. */
    private readonly forget: (sub: Subscription) => void,
  ) {}

  roomIds(): IterableIterator<string> {
    return this.rooms.keys();
  }

  roomCount(): number {
    return this.rooms.size;
  }

  members(dialogueId: string): Subscription[] {
    return [...(this.rooms.get(dialogueId) ?? [])];
  }

  subscriberCount(dialogueId: string): number {
    return this.rooms.get(dialogueId)?.size ?? 0;
  }

  add(sub: Subscription): void {
    let room = this.rooms.get(sub.dialogueId);
    if (!room) this.rooms.set(sub.dialogueId, (room = new Set()));
    room.add(sub);
    // A pass under way may have taken its list of subscribers already: ring, and it goes again.
    const known = this.known.get(sub.dialogueId);
    if (this.running || known === undefined || sub.lastSeq < known) this.ring(sub.dialogueId);
  }

  private learn(dialogueId: string, seq: number): void {
    if (seq > (this.known.get(dialogueId) ?? -1)) this.known.set(dialogueId, seq);
  }

  detach(sub: Subscription): void {
    const room = this.rooms.get(sub.dialogueId);
    room?.delete(sub);
    if (room?.size === 0) {
      this.rooms.delete(sub.dialogueId);
      this.heard.delete(sub.dialogueId);
      this.known.delete(sub.dialogueId);
    }
  }

  /** A bell that carried its event: kept for the next pass, which then need not read it back. */
  hear(event: HeardEvent): void {
    if (!this.rooms.has(event.stream)) return;
    let room = this.heard.get(event.stream);
    if (!room) this.heard.set(event.stream, (room = new Map()));
    if (room.size >= HEARD_MOST) room.clear();
    room.set(event.seq, { seq: event.seq, type: event.type, payload: event.payload, at: event.at });
    this.learn(event.stream, event.seq);
    this.ring(event.stream);
  }

  /** The events right after `floor` that bells carried, in order, up to the first gap. */
  private fromHeard(dialogueId: string, floor: number): Row[] {
    const room = this.heard.get(dialogueId);
    if (!room) return [];
    for (const seq of room.keys()) if (seq <= floor) room.delete(seq);
    const rows: Row[] = [];
    for (let seq = floor + 1; room.has(seq) && rows.length < PAGE; seq++) rows.push(room.get(seq)!);
    return rows;
  }

  private readRows(dialogueId: string, floor: number): Promise<Row[]> {
    return this.deps.db
      .select({ seq: events.seq, type: events.type, payload: events.payload, at: events.at })
      .from(events)
      .where(and(eq(events.stream, dialogueId), gt(events.seq, floor)))
      .orderBy(asc(events.seq))
      .limit(PAGE)
      .then((rows) => rows.map((r) => ({ ...r, at: r.at.toISOString() })));
  }

  ring(dialogueId: string): void {
    if (!this.rooms.has(dialogueId)) return;
    this.dirty.add(dialogueId);
    if (!this.running) this.draining = this.drain();
  }

  ringAll(): void {
    for (const id of this.rooms.keys()) this.ring(id);
  }

  /** Resolves once the pass under way (if any) is done. */
  settled(): Promise<void> {
    return this.draining;
  }

  /**
   * Too slow: sent nothing more from now. The close frame waits behind what is buffered, so a
   * client that still reads nothing is cut off; either way it reconnects and resumes from its seq.
   */
  private drop(sub: Subscription): void {
    this.forget(sub);
    sub.socket.close(4008, 'too slow; reconnect and resume');
    setTimeout(() => sub.socket.terminate(), 10_000).unref();
  }

  /** One reader at a time; `running` flips back in the same tick as the last look at `dirty`, so no bell is lost. */
  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty.size > 0) {
        const ids = [...this.dirty];
        this.dirty.clear();
        for (const id of ids)
          await this.deliver(id).catch((err: unknown) => {
            // The fallback poll reads the room again in a second, rather than a tight retry loop here.
            this.deps.log.warn({ err, dialogueId: id }, 'live: reading a room’s events failed; the poll retries');
          });
      }
    } finally {
      this.running = false;
    }
  }

  private async deliver(dialogueId: string): Promise<void> {
    for (;;) {
      const subs = this.rooms.get(dialogueId);
      if (!subs || subs.size === 0) return;
      let floor = Infinity;
      for (const s of subs) floor = Math.min(floor, s.lastSeq);
      // What the bells carried, when it starts where the furthest-behind subscriber is; else the table.
      const heard = this.fromHeard(dialogueId, floor);
      const rows = heard.length > 0 ? heard : await this.readRows(dialogueId, floor);
      // Read under READ COMMITTED: what committed before the read is in it, what commits later rings.
      this.learn(dialogueId, rows.at(-1)?.seq ?? floor);
      if (rows.length === 0) return;
      const frames = rows.map((row) =>
        textFrame(
          messageBytes({
            type: 'event',
            dialogueId,
            seq: row.seq,
            event: row.type,
            payload: row.payload,
            at: row.at,
          }),
        ),
      );
      const last = rows.at(-1)!.seq;
      // Subscribers are mostly level with each other: one buffer per starting point, one write each.
      const batches = new Map<number, Buffer>();
      let written = 0;
      for (const sub of [...subs]) {
        // Let other work in between (the transactions writing the next events): they then arrive in
        // one read, and go out as one write per subscriber.
        if (++written % YIELD_EVERY === 0) await new Promise(setImmediate);
        // Joined while the rows were read: they start above its seq, so it would skip the gap. Its own
        // bell (add) brings another pass, which reads from its seq.
        if (sub.lastSeq < floor) continue;
        let from = 0;
        while (from < rows.length && rows[from]!.seq <= sub.lastSeq) from++;
        if (from === rows.length) continue;
        if (sub.socket.bufferedAmount > this.deps.config.liveSendBufferBytes) {
          this.drop(sub);
          continue;
        }
        let batch = batches.get(from);
        if (!batch)
          batches.set(from, (batch = from === rows.length - 1 ? frames[from]! : Buffer.concat(frames.slice(from))));
        if (writeFrames(sub, batch)) sub.lastSeq = last;
      }
      this.read(
        dialogueId,
        rows.map((r) => r.type),
      );
      // Bells ring for what was heard after this pass too; a read page that came back full may have more.
      if (heard.length > 0 || rows.length < PAGE) return;
    }
  }
}
