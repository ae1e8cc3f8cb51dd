import { sql } from 'drizzle-orm';
import assert from 'node:assert/strict';
import { ml } from '../../src/shared/multilingual.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import type { Client, Role, TestApp } from '../support/app.ts';

/** Uploads a file as the body, the way the web app does. */
export function uploadAs(
  t: TestApp,
  url: string,
  bytes: Buffer,
  query: Record<string, string | number>,
  as: Role | Client = 'moderator',
) {
  const client = typeof as === 'object' ? as : t.clients[as];
  return t.fastify.inject({
    method: 'POST',
    url: `${url}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
    headers: {
      'content-type': 'application/octet-stream',
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
    },
    payload: bytes,
  });
}

/** A concluded dialogue the test's "moderator" chairs, under the given rule. */
export async function makeDialogue(
  t: TestApp,
  confidentiality: 'public' | 'restricted' | 'chatham_house',
  title = 'Water and energy round',
): Promise<string> {
  const res = await t.call('POST', '/api/v1/dialogues', {
    as: 'admin',
    body: {
      title: ml({ en: title }),
      format: 'videoconference',
      startsAt: '2021-03-01T05:00:00Z',
      endsAt: '2021-03-01T07:00:00Z',
      hostZone: 'Asia/Tashkent',
      status: 'concluded',
      confidentiality,
      languages: ['ru', 'en'],
      media: { kind: 'built_in' },
      convenerIds: [],
      referenceDocumentIds: [],
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const id = res.json().id;
  const chair = await t.call('POST', `/api/v1/dialogues/${id}/participants`, {
    as: 'admin',
    body: { personId: personId('unrcca'), organizationId: orgId('unrcca'), role: 'chair', invitation: 'accepted' },
  });
  assert.equal(chair.statusCode, 201, chair.body);
  return id;
}

/** Marks a material public (the clearance) as the chair. */
export async function release(t: TestApp, materialId: string): Promise<void> {
  const m = (await t.call('GET', `/api/v1/materials/${materialId}`, { as: 'moderator' })).json();
  const res = await t.call('PATCH', `/api/v1/materials/${materialId}`, {
    as: 'moderator',
    body: { version: m.version, public: true },
  });
  assert.equal(res.statusCode, 200, res.body);
}

/** Every row count of the materials' tables: a refused upload must leave them all as they were. */
export async function materialCounts(t: TestApp): Promise<string> {
  const r = (await t.database.db.execute(
    sql`select (select count(*) from materials) m, (select count(*) from material_versions) v,
       (select count(*) from material_chunks) c, (select count(*) from material_pages) p,
       (select count(*) from events) e`,
  )) as unknown as { rows: unknown[] };
  return JSON.stringify(r.rows);
}
