import type { ClientMessage } from '../../shared/live/messages.ts';
import { createRecord } from '../crud/resource.ts';
import { statementSpec } from '../record/statements.ts';
import { authorize, type RoomContext } from './room-context.ts';

/**
 * The side panel's statement goes through the same use case as POST …/statements: the same checks,
 * the same search entry, the same `statement.created` event, which the room sees like any other.
 */
export async function recordStatement(
  ctx: RoomContext,
  msg: Extract<ClientMessage, { type: 'statement.record' }>,
): Promise<null> {
  await authorize(ctx, 'dialogue.record');
  const input = { ...msg.statement, deliveredAt: msg.statement.deliveredAt ?? ctx.deps.clock().toISOString() };
  await createRecord(statementSpec, {
    db: ctx.deps.db,
    actor: ctx.actor,
    parentId: ctx.dialogueId,
    env: { config: ctx.deps.config, clock: ctx.deps.clock },
    input,
  });
  return null;
}
