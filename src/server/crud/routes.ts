import { eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DeleteQuery, DialogueChildParams, IdParams } from '../../shared/common.ts';
import type { Contract } from '../../shared/contracts/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { Queryable } from '../db/database.ts';
import { referenceDocuments } from '../db/schema.ts';
import { serve, type AnyRoute } from '../http/route.ts';
import type { Audience } from '../../shared/contracts/dialogue-record.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import type { Action } from '../policy/policy.ts';
import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';
import type { RecordSlice } from '../outside/record-lists.ts';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord, type ResourceSpec } from './resource.ts';

/** The list query every kind's list schema parses to: a page, and filters its spec reads. */
type ListQuery = Record<string, unknown> & { limit: number; offset: number };
type Parent = typeof IdParams | undefined;
type Item = typeof IdParams | typeof DialogueChildParams;

/** A kind's five contracts (src/shared/contracts/crud.ts), as the routes read them. */
export interface CrudContracts<Create, Out> {
  list: Contract<Parent, z.ZodType<ListQuery>, undefined, z.ZodType>;
  get: Contract<Item, undefined, undefined, z.ZodType>;
  create: Contract<Parent, undefined, z.ZodType<Create>, z.ZodType<Out>>;
  update: Contract<Item, undefined, z.ZodType<Partial<Create> & { version: number }>, z.ZodType<Out>>;
  remove: Contract<Item, typeof DeleteQuery>;
}

export interface CrudOptions<Create, Out> {
  spec: ResourceSpec<Create, Out>;
  contracts: CrudContracts<Create, Out>;
  tag: string;
  noun: string;
  read: Action;
  write: Action;
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

/** The five routes of one kind of record. */
export interface CrudRoutes {
  list: AnyRoute;
  get: AnyRoute;
  create: AnyRoute;
  update: AnyRoute;
  remove: AnyRoute;
}

/** The five routes of one kind of record: list, get, create, update, delete. */
export function crudRoutes<Create, Out extends { id: string }>(o: CrudOptions<Create, Out>): CrudRoutes {
  const C = o.contracts;
  if (o.parent === 'dialogue' && !o.outside)
    throw new Error(`${C.list.path}: a dialogue's records need their outside view`);
  const ids = (params: { id: string; childId?: string }) =>
    params.childId !== undefined ? { parentId: params.id, id: params.childId } : { parentId: null, id: params.id };
  const dialogueParam = o.parent === 'dialogue' || o.isDialogue ? ('id' as const) : undefined;
  const parentCheck = async (db: Queryable, parentId: string | null) => {
    if (o.parent === 'document' && parentId) await assertDocument(db, parentId);
  };

  return {
    list: serve(C.list, {
      action: o.read,
      tag: o.tag,
      summary: `List ${o.noun}s`,
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
    get: serve(C.get, {
      action: o.read,
      tag: o.tag,
      summary: `Get one ${o.noun}`,
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
    create: serve(C.create, {
      action: o.write,
      tag: o.tag,
      summary: `Create a ${o.noun}`,
      status: 201,
      dialogueParam,
      handler: async ({ params, body, actor, deps }) => {
        const parentId = params?.id ?? null;
        await parentCheck(deps.db, parentId);
        return createRecord(o.spec, { db: deps.db, env: deps, actor, parentId, input: body });
      },
    }),
    update: serve(C.update, {
      action: o.write,
      tag: o.tag,
      summary: `Update a ${o.noun} (send the version you read)`,
      dialogueParam,
      handler: async ({ params, body, actor, deps }) => {
        const { parentId, id } = ids(params);
        await parentCheck(deps.db, parentId);
        return updateRecord(o.spec, { db: deps.db, env: deps, actor, parentId, id, input: body });
      },
    }),
    remove: serve(C.remove, {
      action: o.write,
      tag: o.tag,
      summary: `Delete a ${o.noun}`,
      status: 204,
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
  };
}
