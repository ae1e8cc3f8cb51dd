import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { liveConnections } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { ServerMessage, type SignalData } from '../../../shared/live/messages.ts';
import { sendMessage } from './frames.ts';
import type { Subscription } from './subscription.ts';

export const SIGNALS_CHANNEL = 'live_signals';
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_NOTIFY = 7_900;

const Relayed = z.object({ to: z.string(), message: ServerMessage });

/** WebRTC signalling between two connections of one room, on this instance or through another. */
export class Signalling {
  constructor(
    private readonly deps: Deps,
    private readonly database: Database,
    private readonly local: (connectionId: string) => Subscription | undefined,
  ) {}

  async relay(from: Subscription, to: string, data: SignalData): Promise<boolean> {
    const message: ServerMessage = { type: 'signal', dialogueId: from.dialogueId, from: from.connectionId, data };
    const here = this.local(to);
    if (here) {
      if (here.dialogueId !== from.dialogueId) return false;
      sendMessage(here.socket, message);
      return true;
    }
    const payload = JSON.stringify({ to, message });
    if (this.database.kind !== 'postgres' || Buffer.byteLength(payload) > MAX_NOTIFY) return false;
    const [there] = await this.deps.db
      .select({ id: liveConnections.id })
      .from(liveConnections)
      .where(and(eq(liveConnections.id, to), eq(liveConnections.dialogueId, from.dialogueId)));
    if (!there) return false;
    await this.deps.db.execute(sql`select pg_notify(${SIGNALS_CHANNEL}, ${payload})`);
    return true;
  }

  /** A signal another instance relayed: validated like anything else that arrives from outside. */
  receive(payload: string): void {
    let parsed: z.infer<typeof Relayed>;
    try {
      parsed = Relayed.parse(JSON.parse(payload));
    } catch (err) {
      this.deps.log.warn({ err, bytes: payload.length }, 'live: a relayed signal did not parse; dropped');
      return;
    }
    const { to, message } = parsed;
    if (message.type !== 'signal') return;
    const here = this.local(to);
    if (here && here.dialogueId === message.dialogueId) sendMessage(here.socket, message);
  }
}
