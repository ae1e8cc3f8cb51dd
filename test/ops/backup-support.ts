import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { openPostgres, PGLITE_EXTENSIONS, type Database, type Db } from '../../src/server/db/database.ts';
import * as schema from '../../src/server/db/schema.ts';
import type { ImportTarget } from '../../src/server/backup/import-archive.ts';
import { listTables } from '../../src/server/backup/catalog.ts';
import { inPgliteTransaction, inPostgresTransaction, quoteTable } from '../../src/server/backup/sql-session.ts';
import type { SqlSession } from '../../src/server/backup/sql-session.ts';
import { withDatabase } from '../support/template.ts';
import type { Backend } from '../support/databases.ts';
import type { Client, Role } from '../support/app.ts';
import { ml } from '../../src/shared/multilingual.ts';
import {
  AGENDA,
  DIALOGUE_2020,
  DIALOGUE_2020_ID,
  PARTICIPANTS,
  STATEMENTS,
} from '../../src/server/demo/dialogue-2020.ts';
import { agendaId, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { DOCUMENTS, documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { orgId } from '../../src/server/demo/directory-data.ts';

/** A database with nothing in it, not even a schema: where an archive goes. */
export interface EmptyDatabase {
  target: ImportTarget;
  /** Opens it as the server would (after the import). */
  open(): Promise<Database>;
  /** Runs a read on it, whatever its backend. */
  read<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

export async function emptyDatabase(backend: Backend): Promise<EmptyDatabase> {
  if (backend === 'pglite') {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    return {
      target: { kind: 'pglite', client },
      open: async () => ({
        kind: 'pglite',
        db: drizzle({ client, schema }) as unknown as Db,
        listen: async (channel, onNotify) => client.listen(channel, onNotify),
        close: async () => undefined,
      }),
      read: (fn) => inPgliteTransaction(client, fn),
      drop: () => client.close(),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${process.env.ED_PG_PREFIX ?? 'ed_backup_'}bk_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database "${name}"`);
  const url = withDatabase(adminUrl, name);
  const opened: Database[] = [];
  return {
    target: { kind: 'postgres', url },
    open: async () => {
      const d = await openPostgres(url, { poolSize: 4 });
      opened.push(d);
      return d;
    },
    read: async (fn) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return await inPostgresTransaction(c, 'read', fn);
      } finally {
        await c.end();
      }
    },
    drop: async () => {
      for (const d of opened) await d.close();
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

/** Every table's rows as text, sorted, hashed: equal digests mean equal data, generated columns included. */
export async function tableDigests(session: SqlSession): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await listTables(session)) {
    const [row] = await session.query<{ n: string; md5: string }>(
      `select count(*)::text as n, md5(coalesce(string_agg(x, E'\\n' order by x collate "C"), '')) as md5
         from (select r::text as x from ${quoteTable(t.name)} r) s`,
    );
    out[t.name] = `${row!.n} ${row!.md5}`;
  }
  return out;
}

export const rowsIn = async (session: SqlSession): Promise<number> =>
  Object.values(await tableDigests(session)).reduce((n, d) => n + Number(d.split(' ')[0]), 0);

type Call = (method: string, url: string, as: Role, body?: unknown) => Promise<{ status: number; body: string }>;

export function caller(fastify: FastifyInstance, clients: Record<Role, Client>): Call {
  return async (method, url, as, body) => {
    const c = clients[as];
    const headers: Record<string, string> = {};
    if (c.cookie) headers.cookie = c.cookie;
    if (c.csrf && method !== 'GET') headers['x-csrf-token'] = c.csrf;
    const res = await fastify.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    return { status: res.statusCode, body: res.body };
  };
}

/**
 * Writes beyond the demo: a dialogue under the Chatham House Rule with cleared and uncleared
 * statements and a published press release, and an action moved on the tracker.
 */
export async function addWrites(call: Call): Promise<void> {
  const admin = async (method: string, url: string, body?: unknown, status = 201) => {
    const res = await call(method, url, 'admin', body);
    assert.equal(res.status, status, `${method} ${url} → ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body);
  };
  const id = (
    await admin('POST', '/api/v1/dialogues', {
      ...DIALOGUE_2020,
      confidentiality: 'chatham_house',
      status: 'concluded',
    })
  ).id;
  const participants = new Map<string, string>();
  for (const { key, ...p } of PARTICIPANTS)
    participants.set(participantId(key), (await admin('POST', `/api/v1/dialogues/${id}/participants`, p)).id);
  const agenda = new Map<string, string>();
  for (const { key, ...a } of AGENDA)
    agenda.set(agendaId(key), (await admin('POST', `/api/v1/dialogues/${id}/agenda-items`, a)).id);
  const statement = (s: (typeof STATEMENTS)[number]) => ({
    ...s,
    agendaKey: undefined,
    speaker:
      s.speaker.kind === 'participant'
        ? { ...s.speaker, participantId: participants.get(s.speaker.participantId)! }
        : s.speaker,
    agendaItemId: agenda.get(s.agendaItemId!),
  });
  for (const s of STATEMENTS.slice(0, 4)) await admin('POST', `/api/v1/dialogues/${id}/statements`, statement(s));
  const queue = await admin('GET', `/api/v1/dialogues/${id}/clearances`, undefined, 200);
  for (const item of queue.items)
    await admin(
      'POST',
      `/api/v1/dialogues/${id}/clearances/${item.kind}/${item.id}`,
      { version: item.version, languages: Object.keys(item.text.texts), text: item.suggestion },
      200,
    );
  let p = await admin('POST', `/api/v1/dialogues/${id}/publications`, { kind: 'press_release', language: 'en' });
  for (const to of ['in_review', 'approved', 'published'])
    p = await admin('POST', `/api/v1/dialogues/${id}/publications/${p.id}/status`, { to, version: p.version }, 200);
  // Said after the release, and not cleared: insiders read it, outsiders read that it waits.
  for (const s of STATEMENTS.slice(4, 6)) await admin('POST', `/api/v1/dialogues/${id}/statements`, statement(s));

  const action = await admin('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
    kind: 'follow_up_action',
    text: ml({
      en: 'Circulate a note on regional transit corridors.',
      ru: 'Разослать записку о транзитных коридорах.',
    }),
    proposerIds: [],
    endorserIds: [],
    areaIds: [],
    provisionIds: [provisionId('a-res-72-283', 'op')],
    ownerOrganizationId: orgId('kaziss'),
    dueOn: '2020-12-31',
    status: 'planned',
  });
  await admin(
    'POST',
    `/api/v1/actions/${action.id}/status`,
    {
      status: 'in_progress',
      note: ml({ en: 'Drafting.' }),
      evidence: ['https://example.org/draft'],
      version: action.version,
    },
    200,
  );
}

const SEARCHES = ['Norov', 'Норов', 'hamkorlik', 'сотрудничество', 'pandemic', 'transit', 'Qazaqstan', 'water energy'];

/**
 * What readers see, by address: each dialogue's full record for an insider and for outsiders, the
 * tracker, the publications, the news site; and for searches, which hits in which order (scores are
 * left out: PGlite and the server differ in major version, and so may ranks' last digits).
 */
export async function views(call: Call): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const get = async (url: string, as: Role) => {
    const res = await call('GET', url, as);
    seen.set(`${as} ${url}`, `${res.status} ${res.body}`);
    return res;
  };
  const list = await get('/api/v1/dialogues?limit=100', 'admin');
  const ids: string[] = JSON.parse(list.body).items.map((d: { id: string }) => d.id);
  assert.ok(ids.length >= 2, list.body.slice(0, 200));
  for (const as of ['anonymous', 'member', 'participant'] as const) await get('/api/v1/dialogues?limit=100', as);
  for (const id of ids) {
    for (const as of ['admin', 'participant', 'member', 'anonymous'] as const) await get(`/api/v1/dialogues/${id}`, as);
    await get(`/api/v1/dialogues/${id}/publications`, 'admin');
  }
  for (const d of DOCUMENTS)
    for (const as of ['admin', 'anonymous'] as const) await get(`/api/v1/tracker/documents/${documentId(d.key)}`, as);
  const news = await get('/api/v1/news', 'anonymous');
  for (const a of JSON.parse(news.body).items as { slug: string }[]) {
    await get(`/api/v1/news/${a.slug}`, 'anonymous');
    await get(`/news/${a.slug}`, 'anonymous');
  }
  for (const url of ['/news', '/news?lang=ru', '/news/rss.xml', '/news/atom.xml?lang=en', '/sitemap.xml'])
    await get(url, 'anonymous');
  for (const q of SEARCHES)
    for (const as of ['admin', 'anonymous'] as const) {
      const url = `/api/v1/search?q=${encodeURIComponent(q)}`;
      const res = await call('GET', url, as);
      const hits = (JSON.parse(res.body).hits as { kind: string; id: string; lang: string }[]).map(
        (h) => `${h.kind} ${h.id} ${h.lang}`,
      );
      seen.set(`${as} search ${q}`, `${res.status} ${hits.join('\n')}`);
    }
  return seen;
}
