import type { Deps } from '../../deps.ts';
import { beat, sweepGoneInstances } from '../presence.ts';

const BEAT_MS = 5_000;

/**
 * This instance's presence among the others: it beats every few seconds, and closes the
 * connections of instances that stopped beating (their attendance ends, the room stops showing them).
 */
export class Heartbeats {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: Deps,
    readonly instanceId: string,
    /** Other slow checks that share the beat (the session sweep). */
    private readonly alsoEachBeat: () => Promise<void>,
  ) {}

  async start(): Promise<void> {
    await beat(this.deps, this.instanceId);
    this.timer = setInterval(() => void this.once(), BEAT_MS);
    void sweepGoneInstances(this.deps, this.instanceId).catch((err: unknown) =>
      this.deps.log.warn({ err, instanceId: this.instanceId }, 'live: the first sweep of gone instances failed'),
    );
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async once(): Promise<void> {
    try {
      await beat(this.deps, this.instanceId);
      await sweepGoneInstances(this.deps, this.instanceId);
      await this.alsoEachBeat();
    } catch (err) {
      // The database is down or slow: the next beat tries again; others see this instance go quiet.
      this.deps.log.warn({ err, instanceId: this.instanceId }, 'live: heartbeat failed; retrying at the next beat');
    }
  }
}
