import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ProvisionMentions } from '../../shared/contracts/references.ts';
import { AppError } from '../../shared/errors.ts';
import * as t from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { visibleDialogues, presentDialogue } from '../dialogues/dialogues.ts';
import { presentAgendaItem } from '../dialogues/agenda-items.ts';
import { chathamScope } from '../dialogues/chatham.ts';
import { presentStatement } from '../record/statements.ts';
import { loadStatusHistory, presentOutcome } from '../record/outcomes.ts';
import { presentDocument, presentProvision } from './documents-presenters.ts';

/**
 * Every dialogue, agenda item, statement and outcome that concerns one provision, limited to the
 * dialogues the reader may see and presented for the reader's audience in each.
 */
export async function getProvisionMentions(
  deps: Deps,
  args: { actor: Actor; documentId: string; provisionId: string },
): Promise<ProvisionMentions> {
  const { db } = deps;
  const [provision] = await db
    .select()
    .from(t.provisions)
    .where(and(eq(t.provisions.id, args.provisionId), eq(t.provisions.documentId, args.documentId)));
  if (!provision) throw new AppError('not_found', 'no such provision');
  const [document] = await db.select().from(t.referenceDocuments).where(eq(t.referenceDocuments.id, args.documentId));

  const cites = (column: PgColumn) => sql`${args.provisionId}::uuid = any(${column})`;
  const dialogues = await db
    .select()
    .from(t.dialogues)
    .where(
      and(
        visibleDialogues(args.actor),
        sql`(exists (select 1 from ${t.agendaItems} where ${t.agendaItems.dialogueId} = ${t.dialogues.id} and ${cites(t.agendaItems.provisionIds)})
      or exists (select 1 from ${t.statements} where ${t.statements.dialogueId} = ${t.dialogues.id} and ${cites(t.statements.provisionIds)})
      or exists (select 1 from ${t.outcomes} where ${t.outcomes.dialogueId} = ${t.dialogues.id} and ${cites(t.outcomes.provisionIds)}))`,
      ),
    )
    .orderBy(sql`${t.dialogues.startsAt} desc`);
  const ids = dialogues.map((d) => d.id);
  if (ids.length === 0) {
    return {
      document: presentDocument(document!),
      provision: presentProvision(provision),
      dialogues: [],
      agendaItems: [],
      statements: [],
      outcomes: [],
    };
  }

  const agenda = await db
    .select()
    .from(t.agendaItems)
    .where(inArray(t.agendaItems.dialogueId, ids))
    .orderBy(asc(t.agendaItems.position));
  const statements = await db
    .select()
    .from(t.statements)
    .where(and(inArray(t.statements.dialogueId, ids), cites(t.statements.provisionIds)))
    .orderBy(asc(t.statements.position));
  const outcomes = await db
    .select()
    .from(t.outcomes)
    .where(and(inArray(t.outcomes.dialogueId, ids), cites(t.outcomes.provisionIds)))
    .orderBy(asc(t.outcomes.position));
  const history = await loadStatusHistory(
    db,
    outcomes.map((o) => o.id),
  );

  // The reader is inside a dialogue as its participant or as the secretariat.
  const mine = new Set<string>(
    isAdmin(args.actor)
      ? ids
      : args.actor.user
        ? (
            await db
              .select({ id: t.participants.dialogueId })
              .from(t.participants)
              .innerJoin(t.users, eq(t.users.personId, t.participants.personId))
              .where(and(inArray(t.participants.dialogueId, ids), eq(t.users.id, args.actor.user.id)))
          ).map((r) => r.id)
        : [],
  );
  const audience = (dialogueId: string) => (mine.has(dialogueId) ? ('inside' as const) : ('outside' as const));
  const scopes = new Map(
    dialogues.map((d) => [
      d.id,
      chathamScope(
        d,
        agenda.filter((a) => a.dialogueId === d.id),
      ),
    ]),
  );

  return {
    document: presentDocument(document!),
    provision: presentProvision(provision),
    dialogues: dialogues.map(presentDialogue),
    agendaItems: agenda.filter((a) => a.provisionIds.includes(args.provisionId)).map(presentAgendaItem),
    statements: statements.map((s) => presentStatement(s, audience(s.dialogueId), scopes.get(s.dialogueId)!)),
    outcomes: outcomes.map((o) =>
      presentOutcome(o, history.get(o.id) ?? [], audience(o.dialogueId), scopes.get(o.dialogueId)!),
    ),
  };
}
