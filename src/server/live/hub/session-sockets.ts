import { and, gt, inArray } from 'drizzle-orm';
import type WebSocket from 'ws';
import { sessions } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { closeForRights } from './rights-ended.ts';

const PAGE = 500;

/**
 * Every open socket of this instance by the session that opened it, subscribed or not. Sessions
 * that end (signed out, a reset password, a changed role, ended by their owner or the secretariat),
 * here or on another instance, close their sockets at once with 4001; the socket's own close
 * handler takes its subscriptions out of the rooms.
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  constructor(private readonly deps: Deps) {}

  /** Keeps the socket under its session, so ending the session closes it; returns the way out. */
  watch(sessionId: string, socket: WebSocket): () => void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0 && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    };
  }

  close(ids: readonly string[]): void {
    for (const id of ids) {
      const set = this.bySession.get(id);
      if (!set) continue;
      this.bySession.delete(id);
      for (const socket of set) {
        closeForRights(socket, 4001, 'the session has ended');
      }
    }
  }

  /** The slow check behind the bell: sockets whose session is gone or expired (a missed NOTIFY, PGlite restarts). */
  async sweep(): Promise<void> {
    const ids = [...this.bySession.keys()];
    if (ids.length === 0) return;
    const alive = new Set<string>();
    for (let i = 0; i < ids.length; i += PAGE) {
      const rows = await this.deps.db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(inArray(sessions.id, ids.slice(i, i + PAGE)), gt(sessions.expiresAt, new Date())));
      for (const r of rows) alive.add(r.id);
    }
    this.close(ids.filter((id) => !alive.has(id)));
  }
}
