import { randomUUID } from 'node:crypto';
import type WebSocket from 'ws';
import type { Database } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import type { SignalData } from '../../shared/live/messages.ts';
import { LIVE_EVENTS_CHANNEL, parseBell } from '../events/append-event.ts';
import { SESSIONS_CHANNEL } from '../accounts/sessions/end-sessions.ts';
import { leaveRoom } from './presence.ts';
import { closeJanusControls } from './media/janus-control.ts';
import { enforceMediaRules } from './media/enforce-media.ts';
import { rebuildSfuRoom, revokeMediaAccess } from './media/media-access.ts';
import { SeatLedger } from './hub/seat-ledger.ts';
import { coalescing } from './coalesce.ts';
import { rightsEnded } from './hub/rights-ended.ts';
import { FanOut } from './hub/fan-out.ts';
import { Heartbeats } from './hub/heartbeats.ts';
import { MEMBERSHIP_EVENT, recheckMembers } from './hub/membership.ts';
import { SessionSockets } from './hub/session-sockets.ts';
import { SIGNALS_CHANNEL, Signalling } from './hub/signalling.ts';
import type { Subscription } from './hub/subscription.ts';

export type { Subscription } from './hub/subscription.ts';

/** Events that may change who may send audio or video: the SFU is brought in line after them. */
const MEDIA_RULE_EVENT = /^(media\.(joined|muted_all)|floor\.changed)$/;

/** NOTIFY is the doorbell; this slow read covers a bell missed while the listening connection was down. */
const FALLBACK_POLL_MS = 1_000;

/**
 * This instance's side of the live rooms, put together from its parts: fan-out (hub/fan-out.ts),
 * heartbeats (hub/heartbeats.ts), the sockets of each session (hub/session-sockets.ts), signalling
 * (hub/signalling.ts) and the membership re-check (hub/membership.ts). The bells come from
 * PostgreSQL's LISTEN (or PGlite's), rung by writing transactions as they commit, on any instance.
 */
export class LiveHub {
  readonly instanceId = randomUUID();
  private readonly byConnection = new Map<string, Subscription>();
  private readonly fanOut: FanOut;
  private readonly sessions: SessionSockets;
  private readonly signalling: Signalling;
  private readonly heartbeats: Heartbeats;
  private poll: NodeJS.Timeout | undefined;
  private readonly rechecking = coalescing<number>();
  private readonly seats = new SeatLedger();
  private readonly resitting = coalescing<void>();
  private unlisten: (() => Promise<void>)[] = [];

  constructor(
    private readonly deps: Deps,
    private readonly database: Database,
  ) {
    this.fanOut = new FanOut(
      deps,
      (dialogueId, types) => {
        if (types.some((t) => MEDIA_RULE_EVENT.test(t))) enforceMediaRules(deps, dialogueId);
        if (types.some((t) => MEMBERSHIP_EVENT.test(t)))
          void this.recheck(dialogueId).catch((err: unknown) =>
            deps.log.error({ err, dialogueId }, 'live: the membership re-check did not run'),
          );
      },
      (sub) => this.detach(sub),
    );
    this.sessions = new SessionSockets(deps);
    this.signalling = new Signalling(deps, database, (id) => this.byConnection.get(id));
    this.heartbeats = new Heartbeats(deps, this.instanceId, () => this.sessions.sweep());
  }

  async start(): Promise<void> {
    await this.heartbeats.start();
    this.unlisten.push(
      await this.database.listen(
        LIVE_EVENTS_CHANNEL,
        (payload) => {
          const bell = parseBell(payload);
          if (bell.event) this.fanOut.hear(bell.event);
          else this.ring(bell.stream);
          // Heard whether or not anyone is in the room here: the one taken out may have gone already.
          if (this.seats.has(bell.stream) && (!bell.event || MEMBERSHIP_EVENT.test(bell.event.type)))
            this.resit(bell.stream);
        },
        () => this.fanOut.ringAll(),
      ),
    );
    this.unlisten.push(await this.database.listen(SIGNALS_CHANNEL, (payload) => this.signalling.receive(payload)));
    this.unlisten.push(
      await this.database.listen(
        SESSIONS_CHANNEL,
        (payload) => {
          this.sessions.close(payload.split(','));
          // Sessions end when an account is disabled: its holder may be seated somewhere, connected or not.
          for (const room of [...this.seats.roomIds()]) this.resit(room);
        },
        () =>
          void this.sessions
            .sweep()
            .catch((err: unknown) => this.deps.log.warn({ err }, 'live: the session sweep after a reconnect failed')),
      ),
    );
    this.poll = setInterval(() => this.fanOut.ringAll(), FALLBACK_POLL_MS);
  }

  /** Leaves every room this instance holds, so attendance ends now rather than when others notice. */
  async stop(): Promise<void> {
    clearInterval(this.poll);
    this.heartbeats.stop();
    await Promise.all(
      this.unlisten.map((u) =>
        u().catch((err: unknown) => this.deps.log.warn({ err }, 'live: unlistening at shutdown failed')),
      ),
    );
    this.unlisten = [];
    for (const sub of [...this.byConnection.values()]) await this.remove(sub);
    await this.fanOut.settled();
    closeJanusControls();
  }

  watch(sessionId: string, socket: WebSocket): () => void {
    return this.sessions.watch(sessionId, socket);
  }

  /** For metrics: rooms with a subscriber on this instance, and subscriptions in them. */
  counts(): { rooms: number; subscriptions: number } {
    return { rooms: this.fanOut.roomCount(), subscriptions: this.byConnection.size };
  }

  subscriberCount(dialogueId: string): number {
    return this.fanOut.subscriberCount(dialogueId);
  }

  add(sub: Subscription): void {
    this.byConnection.set(sub.connectionId, sub);
    this.fanOut.add(sub);
  }

  /**
   * The connection is gone: out of the room here, out of presence for everyone, and its media seat
   * ended; when its right to the room ended, with the SFU's room rebuilt (media-access.ts).
   */
  async remove(sub: Subscription): Promise<void> {
    this.detach(sub);
    try {
      await leaveRoom(this.deps, sub.connectionId, sub.dialogueId);
    } catch (err) {
      // Its row stays until this instance stops beating and another sweeps it (INSTANCE_TIMEOUT_MS).
      this.deps.log.error(
        { err, dialogueId: sub.dialogueId, connectionId: sub.connectionId },
        'live: leaving the room failed; presence ends when the instance sweep finds it',
      );
    }
    // Not when the room was made again since it took its seat (a membership change rebuilt it first).
    const rebuild = sub.seated === true && rightsEnded(sub.socket) && this.seats.holds(sub.dialogueId, sub.userId);
    // Before the rebuild: a membership check meanwhile must not rebuild the room once more.
    if (rebuild) this.seats.rebuilt(sub.dialogueId);
    await revokeMediaAccess(this.deps, sub.dialogueId, sub.connectionId, { rebuild });
  }

  /** The connection took a seat on the SFU (media-access.ts): what it may hold ends with its holder's right. */
  seated(sub: Subscription): void {
    sub.seated = true;
    this.seats.seated(sub);
  }

  /**
   * After a membership change in a room: someone seated there since it was made who is no longer
   * inside, connected or not, has the room rebuilt. One check per room at a time, and one more after
   * it when asked meanwhile.
   */
  private resit(dialogueId: string): void {
    void this.resitting(dialogueId, async () => {
      if (!(await this.seats.anyoneOut(dialogueId))) return;
      this.seats.rebuilt(dialogueId);
      await rebuildSfuRoom(this.deps, dialogueId);
    }).catch((err: unknown) =>
      this.deps.log.warn({ err, dialogueId }, 'live: rebuilding the SFU room after a membership change failed'),
    );
  }

  ring(dialogueId: string): void {
    this.fanOut.ring(dialogueId);
  }

  relay(from: Subscription, to: string, data: SignalData): Promise<boolean> {
    return this.signalling.relay(from, to, data);
  }

  /**
   * Everyone in the room is asked again whether they are still inside; a failed check takes them out.
   * One check per room at a time: calls during it bring one more after it, over who is there then
   * (a reconnect storm re-sends a membership event with every pass; each need not check everyone).
   * Resolves, with how many were taken out, once no check is owed.
   */
  async recheck(dialogueId: string): Promise<number> {
    const removed = await this.rechecking(dialogueId, () =>
      recheckMembers(this.deps, dialogueId, this.fanOut.members(dialogueId), (sub) => this.detach(sub)),
    );
    return removed.reduce((a, b) => a + b, 0);
  }

  private detach(sub: Subscription): void {
    if (this.byConnection.get(sub.connectionId) === sub) this.byConnection.delete(sub.connectionId);
    this.fanOut.detach(sub);
  }
}
