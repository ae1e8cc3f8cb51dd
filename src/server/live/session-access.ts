import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sessionActor } from '../accounts/resolve-actor.ts';
import type { Db } from '../db/database.ts';
import { dialogues, liveRooms, sessions, users } from '../db/schema.ts';
import type { Actor } from '../policy/actor.ts';
import { accessColumns, toAccess, type DialogueAccess } from '../policy/dialogue-access.ts';

/** The most lookups one statement takes, and how many statements may be out at once. */
const MOST = 500;
const PARALLEL = 2;

export interface SessionAccess {
  actor: Actor;
  /** Null when there is no such dialogue. */
  access: DialogueAccess | null;
}

/** Many (session, dialogue) pairs at once: `n` says which pair a row answers; an ended session has none. */
function sessionAccessQuery(db: Db) {
  const asked = sql`unnest(${sql.placeholder('sessionIds')}::text[], ${sql.placeholder('dialogueIds')}::uuid[])
    with ordinality as asked(session_id, dialogue_id, n)`;
  return db
    .select({
      n: sql<string>`asked.n`,
      user: users,
      csrfToken: sessions.csrfToken,
      access: accessColumns(users.id),
    })
    .from(asked)
    .innerJoin(sessions, and(eq(sessions.id, sql`asked.session_id`), gt(sessions.expiresAt, sql`now()`)))
    .innerJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .leftJoin(dialogues, eq(dialogues.id, sql`asked.dialogue_id`))
    .leftJoin(liveRooms, eq(liveRooms.dialogueId, dialogues.id));
}

type Query = ReturnType<ReturnType<typeof sessionAccessQuery>['prepare']>;
type Row = Awaited<ReturnType<Query['execute']>>[number];

interface Asking {
  sessionId: string;
  dialogueId: string;
  resolve(found: SessionAccess | null): void;
  reject(err: unknown): void;
}

function answerOf(row: Row | undefined, sessionId: string): SessionAccess | null {
  if (!row) return null;
  // Left joined: a dialogue that does not exist leaves its columns null.
  const { id, confidentiality, status, startsAt, endsAt } = row.access;
  const found = id !== null && confidentiality !== null && status !== null && startsAt !== null && endsAt !== null;
  return {
    actor: sessionActor(row, sessionId),
    access: found ? toAccess({ ...row.access, id, confidentiality, status, startsAt, endsAt }) : null,
  };
}

/**
 * Group reads: a lookup that arrives while PARALLEL statements are out waits, and goes with the
 * others that waited in the next one. A lone lookup goes at once; a hall reconnecting at once costs
 * a few statements, not one a socket. Each statement starts after every lookup it answers arrived,
 * so none is answered from state older than its message.
 */
class SessionAccessReads {
  private readonly waiting: Asking[] = [];
  private running = 0;
  private readonly query: Query;

  constructor(db: Db) {
    this.query = sessionAccessQuery(db).prepare('resolve_session_access');
  }

  ask(sessionId: string, dialogueId: string): Promise<SessionAccess | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ sessionId, dialogueId, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < PARALLEL && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MOST);
      this.running += 1;
      void this.read(batch).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async read(batch: Asking[]): Promise<void> {
    try {
      const rows = await this.query.execute({
        sessionIds: batch.map((b) => b.sessionId),
        dialogueIds: batch.map((b) => b.dialogueId),
      });
      const byN = new Map(rows.map((r) => [Number(r.n), r]));
      batch.forEach((b, i) => b.resolve(answerOf(byN.get(i + 1), b.sessionId)));
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }
}

const reads = new WeakMap<Db, SessionAccessReads>();

/**
 * A live message's session and the room's access for that session's user, in one statement: the
 * session is asked again for every message (an ended session does nothing more), with the access
 * of the user it has now. Null once the session has ended, expired or its account is disabled.
 */
export function resolveSessionAccess(db: Db, sessionId: string, dialogueId: string): Promise<SessionAccess | null> {
  let r = reads.get(db);
  if (!r) reads.set(db, (r = new SessionAccessReads(db)));
  return r.ask(sessionId, dialogueId);
}
