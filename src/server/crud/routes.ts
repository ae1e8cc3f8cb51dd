import { eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { DeleteQuery, DialogueChildParams as ChildParams, IdParams as TopParams, page } from '../../shared/common.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { referenceDocuments } from '../db/schema.ts';
import { route, type AnyRoute } from '../http/route.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import type { Action } from '../policy/policy.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import type { RecordSlice } from '../outside/record-lists.ts';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord, type ResourceSpec } from './resource.ts';

/** The list query every kind's list schema parses to: a page, and filters its spec reads. */
type ListQuery = Record<string, unknown> & { limit: number; offset: number };

export interface CrudOptions<Create, Out> {
  spec: ResourceSpec<Create, Out>;
  /** Path under /api/v1, e.g. `/organizations` or `/dialogues/:id/statements`. */
  base: string;
  tag: string;
  noun: string;
  read: Action;
  write: Action;
  create: z.ZodType<Create>;
  update: z.ZodType<Partial<Create> & { version: number }>;
  output: z.ZodType<Out>;
  list: z.ZodType<ListQuery>;
  /** Nested under a dialogue (`:id` names it; the policy and the audience come from it) or a document. */
  parent?: 'dialogue' | 'document';
  /** The records are dialogues themselves: `:id` names the dialogue for the policy. */
  isDialogue?: boolean;
  /**
   * For a dialogue's records: how outsiders read them, from the dialogue's outside view (the record
   * as they see it), never from the table. Required for records nested under a dialogue.
   */
  outside?: RecordSlice<Out>;
  /** Extra list condition from the actor (what a reader may see). */
  visible?: (input: { actor: Actor }) => SQL | undefined;
}

/** Records outside any dialogue (the directory) have one audience for all but the secretariat. */
const readerAudience = (actor: Actor, dialogue: DialogueAccess | null): Audience =>
  dialogue ? audienceOf(actor, dialogue) : isAdmin(actor) ? 'inside' : 'outside';

async function assertDocument(db: Queryable, id: string) {
  const [doc] = await db
    .select({ id: referenceDocuments.id })
    .from(referenceDocuments)
    .where(eq(referenceDocuments.id, id));
  if (!doc) throw new AppError('not_found', 'no such reference document');
}

/** The five routes of one kind of record: list, get, create, update, delete. */
export function crudRoutes<Create, Out extends { id: string }>(o: CrudOptions<Create, Out>): AnyRoute[] {
  if (o.parent === 'dialogue' && !o.outside) throw new Error(`${o.base}: a dialogue's records need their outside view`);
  const nested = o.parent !== undefined;
  const itemUrl = nested ? `${o.base}/:childId` : `${o.base}/:id`;
  const itemParams = nested ? ChildParams : TopParams;
  const ids = (params: { id: string; childId?: string }) =>
    params.childId !== undefined ? { parentId: params.id, id: params.childId } : { parentId: null, id: params.id };
  const dialogueParam = o.parent === 'dialogue' || o.isDialogue ? ('id' as const) : undefined;
  const parentCheck = async (db: Queryable, parentId: string | null) => {
    if (o.parent === 'document' && parentId) await assertDocument(db, parentId);
  };

  return [
    route({
      method: 'GET',
      url: o.base,
      action: o.read,
      tag: o.tag,
      summary: `List ${o.noun}s`,
      params: nested ? TopParams : undefined,
      query: o.list,
      response: page(o.output),
      dialogueParam,
      handler: async ({ params, query, actor, deps, dialogue }) => {
        const parentId = params?.id ?? null;
        await parentCheck(deps.db, parentId);
        const audience = readerAudience(actor, dialogue);
        const q = query;
        if (dialogue && audience === 'outside' && o.outside) {
          const all = o.outside((await getDialogueRecord(deps, { actor, access: dialogue })).record, q);
          return {
            items: all.slice(q.offset, q.offset + q.limit),
            total: all.length,
            limit: q.limit,
            offset: q.offset,
          };
        }
        return listRecords(o.spec, {
          db: deps.db,
          actor,
          audience,
          parentId,
          query: q,
          visible: o.visible?.({ actor }),
        });
      },
    }),
    route({
      method: 'GET',
      url: itemUrl,
      action: o.read,
      tag: o.tag,
      summary: `Get one ${o.noun}`,
      params: itemParams,
      response: o.output,
      dialogueParam,
      handler: async ({ params, actor, deps, dialogue }) => {
        const { parentId, id } = ids(params);
        await parentCheck(deps.db, parentId);
        const audience = readerAudience(actor, dialogue);
        if (dialogue && audience === 'outside' && o.outside) {
          const all = o.outside((await getDialogueRecord(deps, { actor, access: dialogue })).record, {});
          const found = all.find((r) => r.id === id);
          if (!found) throw new AppError('not_found', `no such ${o.noun}`);
          return found;
        }
        return getRecord(o.spec, { db: deps.db, actor, audience, parentId, id });
      },
    }),
    route({
      method: 'POST',
      url: o.base,
      action: o.write,
      tag: o.tag,
      summary: `Create a ${o.noun}`,
      status: 201,
      params: nested ? TopParams : undefined,
      body: o.create,
      response: o.output,
      dialogueParam,
      handler: async ({ params, body, actor, deps }) => {
        const parentId = params?.id ?? null;
        await parentCheck(deps.db, parentId);
        return createRecord(o.spec, { db: deps.db, env: deps, actor, parentId, input: body });
      },
    }),
    route({
      method: 'PATCH',
      url: itemUrl,
      action: o.write,
      tag: o.tag,
      summary: `Update a ${o.noun} (send the version you read)`,
      params: itemParams,
      body: o.update,
      response: o.output,
      dialogueParam,
      handler: async ({ params, body, actor, deps }) => {
        const { parentId, id } = ids(params);
        await parentCheck(deps.db, parentId);
        return updateRecord(o.spec, { db: deps.db, env: deps, actor, parentId, id, input: body });
      },
    }),
    route({
      method: 'DELETE',
      url: itemUrl,
      action: o.write,
      tag: o.tag,
      summary: `Delete a ${o.noun}`,
      status: 204,
      params: itemParams,
      query: DeleteQuery,
      dialogueParam,
      handler: async ({ params, query, actor, deps }) => {
        const { parentId, id } = ids(params);
        await parentCheck(deps.db, parentId);
        await deleteRecord(o.spec, {
          db: deps.db,
          env: deps,
          actor,
          parentId,
          id,
          version: query.version,
        });
      },
    }),
  ];
}
