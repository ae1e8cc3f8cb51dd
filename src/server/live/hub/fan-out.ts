import { and, asc, eq, gt } from 'drizzle-orm';
import { events } from '../../db/schema.ts';
import type { HeardEvent } from '../../events/append-event.ts';
import type { Deps } from '../../deps.ts';
import { messageBytes, textFrame, writeFrames } from './frames.ts';
import type { Subscription } from './subscription.ts';

const PAGE = 500;
const YIELD_EVERY = 64;
/** The room's latest events kept in memory: a subscriber behind by fewer is served without a read. */
const RECENT_MOST = 1000;
/**
 * Events whose stored payload may be rewritten later: a deleted chat message's `chat.posted` becomes a
 * tombstone (live/chat/delete-chat.ts). Sent from memory by the pass that first delivers them, then
 * dropped, so anyone who joins behind them reads them from the table, as they are now.
 */
const REWRITTEN_LATER = new Set(['chat.posted']);

interface Row {
  seq: number;
  type: string;
  payload: unknown;
  at: string;
  /** Framed once, for every pass that sends it. */
  frame?: Buffer;
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
  /**
   * The room's latest events, by seq, as bells carried them or passes read them: delivered from here
   * when they run unbroken from what the furthest-behind subscriber has.
   */
  private readonly recent = new Map<string, Map<number, Row>>();
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
    // Level with what this fan-out knows: what it lacks is yet to be heard, and its bell rings then.
    const known = this.known.get(sub.dialogueId);
    if (known === undefined || sub.lastSeq < known) this.ring(sub.dialogueId);
  }

  private learn(dialogueId: string, seq: number): void {
    if (seq > (this.known.get(dialogueId) ?? -1)) this.known.set(dialogueId, seq);
  }

  detach(sub: Subscription): void {
    const room = this.rooms.get(sub.dialogueId);
    room?.delete(sub);
    if (room?.size === 0) {
      this.rooms.delete(sub.dialogueId);
      this.recent.delete(sub.dialogueId);
      this.known.delete(sub.dialogueId);
    }
  }

  /** A bell that carried its event: kept for the next pass, which then need not read it back. */
  hear(event: HeardEvent): void {
    if (!this.rooms.has(event.stream)) return;
    this.remember(event.stream, [{ seq: event.seq, type: event.type, payload: event.payload, at: event.at }]);
    this.learn(event.stream, event.seq);
    this.ring(event.stream);
  }

  private remember(dialogueId: string, rows: readonly Row[]): void {
    let room = this.recent.get(dialogueId);
    if (!room) this.recent.set(dialogueId, (room = new Map()));
    for (const row of rows) room.set(row.seq, row);
    // Oldest first, as they came: a cache, so a gap it leaves is read from the table.
    for (const seq of room.keys()) {
      if (room.size <= RECENT_MOST) break;
      room.delete(seq);
    }
  }

  /** The kept events right after `floor`, in order, up to the first gap. */
  private fromRecent(dialogueId: string, floor: number): Row[] {
    const room = this.recent.get(dialogueId);
    const rows: Row[] = [];
    for (let seq = floor + 1; room?.has(seq) && rows.length < PAGE; seq++) rows.push(room.get(seq)!);
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
    let fromMemory = true;
    for (;;) {
      const subs = this.rooms.get(dialogueId);
      if (!subs || subs.size === 0) return;
      let floor = Infinity;
      for (const s of subs) floor = Math.min(floor, s.lastSeq);
      // The kept events, when they start where the furthest-behind subscriber is; else the table.
      const kept = fromMemory ? this.fromRecent(dialogueId, floor) : [];
      const rows = kept.length > 0 ? kept : await this.readRows(dialogueId, floor);
      if (kept.length === 0) this.remember(dialogueId, rows);
      // Read under READ COMMITTED: what committed before the read is in it, what commits later rings.
      this.learn(dialogueId, rows.at(-1)?.seq ?? floor);
      if (rows.length === 0) return;
      const frames = rows.map(
        (row) =>
          (row.frame ??= textFrame(
            messageBytes({
              type: 'event',
              dialogueId,
              seq: row.seq,
              event: row.type,
              payload: row.payload,
              at: row.at,
            }),
          )),
      );
      const last = rows.at(-1)!.seq;
      // Subscribers are mostly level with each other: one buffer per starting point, one write each.
      const batches = new Map<number, Buffer>();
      let written = 0;
      for (const sub of [...subs]) {
        // Let other work in between (the transactions writing the next events): they then arrive in
        // one read, and go out as one write per subscriber.
        if (++written % YIELD_EVERY === 0) await new Promise(setImmediate);
        // Joined while the rows were read: they start above its seq, so it would skip the gap. Another
        // pass reads from its seq.
        if (sub.lastSeq < floor) {
          this.dirty.add(dialogueId);
          continue;
        }
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
      const recent = this.recent.get(dialogueId);
      for (const row of rows) if (REWRITTEN_LATER.has(row.type)) recent?.delete(row.seq);
      // The kept run stopped short of what is known (a gap, or a full page): the table has the rest, once.
      if (kept.length > 0) {
        if (last >= (this.known.get(dialogueId) ?? last)) return;
        fromMemory = false;
        continue;
      }
      // A read page that came back full may have more.
      if (rows.length < PAGE) return;
    }
  }
}
