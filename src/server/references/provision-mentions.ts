import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ProvisionMentions } from '../../shared/contracts/references.ts';
import { AppError } from '../../shared/errors.ts';
import * as t from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { visibleDialogues } from '../dialogues/dialogues.ts';
import { readerRecords } from '../outside/reader-records.ts';
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

  const citing = (column: PgColumn) => sql`${args.provisionId}::uuid = any(${column})`;
  const dialogues = await db
    .select()
    .from(t.dialogues)
    .where(
      and(
        visibleDialogues(args.actor),
        sql`(exists (select 1 from ${t.agendaItems} where ${t.agendaItems.dialogueId} = ${t.dialogues.id} and ${citing(t.agendaItems.provisionIds)})
      or exists (select 1 from ${t.statements} where ${t.statements.dialogueId} = ${t.dialogues.id} and ${citing(t.statements.provisionIds)})
      or exists (select 1 from ${t.outcomes} where ${t.outcomes.dialogueId} = ${t.dialogues.id} and ${citing(t.outcomes.provisionIds)}))`,
      ),
    )
    .orderBy(sql`${t.dialogues.startsAt} desc`);
  // Each dialogue's mentions are read from its record as this reader sees it: nothing of its own.
  const records = await readerRecords(
    deps,
    args.actor,
    dialogues.map((d) => d.id),
  );
  const cites = (r: { provisionIds: string[] }) => r.provisionIds.includes(args.provisionId);
  const shown = [...records.values()];
  return {
    document: presentDocument(document!),
    provision: presentProvision(provision),
    dialogues: shown.map((r) => r.dialogue),
    agendaItems: shown.flatMap((r) => r.agenda.filter(cites)),
    statements: shown.flatMap((r) => r.statements.filter(cites)),
    outcomes: shown.flatMap((r) => r.outcomes.filter(cites)),
  };
}
