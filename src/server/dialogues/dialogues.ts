import { applyRule, guardLowering } from '../record/apply-rule.ts';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Dialogue, DialogueCreate } from '../../shared/contracts/dialogues.ts';
import {
  agendaItems,
  dialogues,
  organizations,
  outcomes,
  participants,
  referenceDocuments,
  searchEntries,
  series,
  statements,
  users,
} from '../db/schema.ts';
import { entriesFor } from '../search/entries.ts';
import { assertIdExists, assertIdsExist, defined } from '../crud/links.ts';
import type { ResourceSpec } from '../crud/resource.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { recordMeta } from '../crud/present.ts';
import { notifyChange } from '../convening/notify-change.ts';

type DialogueRow = typeof dialogues.$inferSelect;

export const presentDialogue = (r: DialogueRow): Dialogue => ({
  ...recordMeta(r),
  seriesId: r.seriesId,
  title: r.title,
  summary: r.summary,
  format: r.format,
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
  hostZone: r.hostZone,
  status: r.status,
  confidentiality: r.confidentiality,
  languages: r.languages,
  media: r.media,
  convenerIds: r.convenerIds,
  referenceDocumentIds: r.referenceDocumentIds,
  venue: r.venueCity ? { city: r.venueCity, place: r.venuePlace ?? null } : null,
  theme: r.theme ?? null,
});

/** A venue given sets both columns; null clears both; left out leaves them as they are. */
const venueColumns = (venue: DialogueCreate['venue']) =>
  venue === undefined ? {} : { venueCity: venue?.city ?? null, venuePlace: venue?.place ?? null };

export const dialogueSpec: ResourceSpec<DialogueCreate, Dialogue> = {
  name: 'dialogue',
  table: dialogues,
  stream: (_parent, id) => id,
  dialogueOf: (_parent, id) => id,
  async toColumns(input, ctx) {
    const { tx } = ctx;
    const before = ctx.existing as DialogueRow | null;
    if (before && input.confidentiality !== undefined)
      await guardLowering(
        ctx,
        { dialogueId: ctx.id, agendaItemId: null },
        before.confidentiality,
        input.confidentiality,
        'confidentiality',
      );
    await assertIdExists(tx, series, input.seriesId, 'seriesId');
    await assertIdsExist(tx, organizations, input.convenerIds, 'convenerIds');
    await assertIdsExist(tx, referenceDocuments, input.referenceDocumentIds, 'referenceDocumentIds');
    return defined({
      seriesId: input.seriesId,
      title: input.title,
      summary: input.summary,
      format: input.format,
      startsAt: input.startsAt ? new Date(input.startsAt) : undefined,
      endsAt: input.endsAt ? new Date(input.endsAt) : undefined,
      hostZone: input.hostZone,
      status: input.status,
      confidentiality: input.confidentiality,
      languages: input.languages,
      media: input.media,
      convenerIds: input.convenerIds,
      referenceDocumentIds: input.referenceDocumentIds,
      ...venueColumns(input.venue),
      theme: input.theme,
    });
  },
  present: async (rows) => (rows as DialogueRow[]).map(presentDialogue),
  search: {
    kind: 'dialogue',
    entries: async (row) => {
      const r = row as DialogueRow;
      return entriesFor([r.title, r.summary], {
        dialogueId: r.id,
        year: r.startsAt.getUTCFullYear(),
        organizationIds: r.convenerIds,
      });
    },
  },
  // Invitees' calendars follow a change of time or title.
  async afterWrite(_input, ctx) {
    const { tx, id, existing, env } = ctx;
    if (!existing) return;
    const [after] = await tx.select().from(dialogues).where(eq(dialogues.id, id));
    if (after!.confidentiality === 'chatham_house' && (existing as DialogueRow).confidentiality !== 'chatham_house')
      await applyRule(ctx, id, null);
    if (env) await notifyChange(tx, env.config, existing as DialogueRow, after!, env.clock());
  },
  // A dialogue takes its whole record with it, and so the record's search entries; invitees get a cancellation.
  beforeDelete: async ({ tx, id, existing, env }) => {
    if (existing && env) await notifyChange(tx, env.config, existing as DialogueRow, null, env.clock());
    await tx.delete(searchEntries).where(eq(searchEntries.dialogueId, id));
  },
  filters: (q, actor) => [
    q.series ? eq(dialogues.seriesId, q.series as string) : undefined,
    q.status ? eq(dialogues.status, q.status as DialogueRow['status']) : undefined,
    q.from ? sql`${dialogues.startsAt} >= ${q.from as string}::date` : undefined,
    q.to ? sql`${dialogues.startsAt} < (${q.to as string}::date + 1)` : undefined,
    q.country
      ? sql`(exists (select 1 from ${organizations} where ${organizations.id} = any(${dialogues.convenerIds}) and ${organizations.countryCode} = ${q.country as string})
      or exists (select 1 from ${participants} join ${organizations} on ${organizations.id} = ${participants.organizationId}
                 where ${participants.dialogueId} = ${dialogues.id} and ${organizations.countryCode} = ${q.country as string}))`
      : undefined,
    q.area
      ? sql`(exists (select 1 from ${agendaItems} where ${agendaItems.dialogueId} = ${dialogues.id} and ${q.area as string}::uuid = any(${agendaItems.areaIds}))
      or exists (select 1 from ${statements} where ${statements.dialogueId} = ${dialogues.id} and ${q.area as string}::uuid = any(${statements.areaIds}))
      or exists (select 1 from ${outcomes} where ${outcomes.dialogueId} = ${dialogues.id} and ${q.area as string}::uuid = any(${outcomes.areaIds})))`
      : undefined,
    q.organization
      ? and(
          attendanceVisible(actor),
          sql`(${q.organization as string}::uuid = any(${dialogues.convenerIds})
      or exists (select 1 from ${participants} where ${participants.dialogueId} = ${dialogues.id} and ${participants.organizationId} = ${q.organization as string})
      or exists (select 1 from ${statements} where ${statements.dialogueId} = ${dialogues.id} and ${q.organization as string}::uuid = any(${statements.collectiveOrganizationIds})))`,
        )
      : undefined,
    q.person
      ? and(
          attendanceVisible(actor),
          sql`exists (select 1 from ${participants} where ${participants.dialogueId} = ${dialogues.id} and ${participants.personId} = ${q.person as string})`,
        )
      : undefined,
  ],
  orderBy: [desc(dialogues.startsAt), asc(dialogues.id)],
};

/**
 * Finding dialogues by who took part reveals attendance: outsiders never find a Chatham House
 * dialogue this way (its own participants and the secretariat still do).
 */
function attendanceVisible(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const open = sql`${dialogues.confidentiality} <> 'chatham_house'`;
  return actor.user ? sql`(${open} or ${takesPart(actor.user.id)})` : open;
}

/** The dialogues an actor may see in a list, as SQL, so pagination and totals stay right. */
export function visibleDialogues(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const open = sql`(${dialogues.confidentiality} <> 'restricted' and ${dialogues.status} <> 'draft')`;
  return actor.user?.personId ? sql`(${open} or ${takesPart(actor.user.id)})` : open;
}

/** The reader is inside the dialogue in the current row: the secretariat, or one of its participants. */
export function insideDialogue(actor: Actor): SQL<boolean> {
  if (isAdmin(actor)) return sql<boolean>`true`;
  return actor.user ? takesPart(actor.user.id) : sql<boolean>`false`;
}

/** The user is a participant of the dialogue in the current row, and accepted to be. */
const takesPart = (
  userId: string,
): SQL<boolean> => sql`exists (select 1 from ${participants} join ${users} on ${users.personId} = ${participants.personId}
  where ${participants.dialogueId} = ${dialogues.id} and ${users.id} = ${userId} and ${participants.invitation} = 'accepted')`;
