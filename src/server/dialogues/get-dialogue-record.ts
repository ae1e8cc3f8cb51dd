import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type {
  Audience,
  DialogueRecord,
  OrganizationRef,
  RecordParticipant,
} from '../../shared/contracts/dialogue-record.ts';
import type { Queryable } from '../db/database.ts';
import * as t from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { DIRECTORY_STREAM } from '../events/append-event.ts';
import { streamSeqs } from '../events/stream-seqs.ts';
import type { Actor } from '../policy/actor.ts';
import { audienceOf, type DialogueAccess } from '../policy/dialogue-access.ts';
import { presentArea } from '../directory/areas.ts';
import { presentSeries } from '../directory/series.ts';
import { loadPositions } from '../directory/people.ts';
import { presentDocument, presentProvision } from '../references/documents-presenters.ts';
import { presentOutcome, loadStatusHistory } from '../record/outcomes.ts';
import { presentStatement } from '../record/statements.ts';
import { presentAgendaItem } from './agenda-items.ts';
import { asOf } from './as-of.ts';
import { chathamRedactor, chathamScope, underRule } from './chatham.ts';
import { presentDialogue } from './dialogues.ts';
import type { CachedRecord } from './record-cache.ts';

/**
 * The whole record of one dialogue as this reader may see it, serialised once and cached
 * until the dialogue or the directory changes. `access` was read just now, with the seqs.
 */
export async function getDialogueRecord(
  deps: Deps,
  args: { actor: Actor; access: DialogueAccess },
): Promise<CachedRecord> {
  const audience = audienceOf(args.actor, args.access);
  const id = args.access.id;
  const key = `${id}:${audience}`;
  const hit = deps.recordCache.get(key, args.access.seqs.dialogue, args.access.seqs.directory);
  if (hit) return hit;
  // A live meeting moves the stream many times a second with events the record does not hold.
  const behind = deps.recordCache.behind(key, args.access.seqs.directory);
  if (behind && behind.validThrough < args.access.seqs.dialogue) {
    if (!(await recordMovedSince(deps.db, id, behind.validThrough, audience))) {
      const carried = { ...behind, validThrough: args.access.seqs.dialogue };
      deps.recordCache.set(key, carried);
      return carried;
    }
  }

  const built = await deps.db.transaction(
    async (tx) => {
      const now = await streamSeqs(tx, [id, DIRECTORY_STREAM]);
      const dialogueSeq = now.get(id)!;
      const directorySeq = now.get(DIRECTORY_STREAM)!;
      // Outsiders get no stream position, and an ETag of the bytes themselves: chat, presence and
      // insider-only edits move the seqs, and a version that moved with them would tell of activity.
      const record = await buildRecord(tx, id, audience, audience === 'inside' ? dialogueSeq : 0);
      const body = Buffer.from(JSON.stringify(record));
      const etag =
        audience === 'inside'
          ? `W/"${id}-${dialogueSeq}-${directorySeq}-${audience}"`
          : `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      return { dialogueSeq, validThrough: dialogueSeq, directorySeq, body, etag, record, encoded: new Map() };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  deps.recordCache.set(key, built);
  return built;
}

/**
 * Events of the live room that the record does not hold: the speakers' list, chat, media and the room's opening. Presence
 * opens and closes attendance intervals, which insiders' records show and outsiders' do not.
 */
const ROOM_ONLY: Record<Audience, string> = {
  inside: '^(floor|chat|media|room)\\.',
  outside: '^(floor|chat|media|room|presence)\\.',
};

/** Whether anything the record holds was written to the dialogue's stream after `seq`. */
async function recordMovedSince(db: Queryable, id: string, seq: number, audience: Audience): Promise<boolean> {
  const [row] = await db
    .select({ seq: t.events.seq })
    .from(t.events)
    .where(and(eq(t.events.stream, id), gt(t.events.seq, seq), sql`${t.events.type} !~ ${ROOM_ONLY[audience]}`))
    .limit(1);
  return row !== undefined;
}

export async function buildRecord(db: Queryable, id: string, audience: Audience, seq: number): Promise<DialogueRecord> {
  const [dialogue] = await db.select().from(t.dialogues).where(eq(t.dialogues.id, id));
  if (!dialogue) throw new Error(`dialogue ${id} vanished`);
  const day = dialogue.startsAt.toISOString().slice(0, 10);

  // One transaction is one connection: queries run in turn, never overlapped.
  const seriesRows = dialogue.seriesId
    ? await db.select().from(t.series).where(eq(t.series.id, dialogue.seriesId))
    : [];
  const participantRows = await db
    .select()
    .from(t.participants)
    .where(eq(t.participants.dialogueId, id))
    .orderBy(asc(t.participants.createdAt), asc(t.participants.id));
  let agendaRows = await db
    .select()
    .from(t.agendaItems)
    .where(eq(t.agendaItems.dialogueId, id))
    .orderBy(asc(t.agendaItems.position), asc(t.agendaItems.id));
  let statementRows = await db
    .select()
    .from(t.statements)
    .where(eq(t.statements.dialogueId, id))
    .orderBy(asc(t.statements.position), asc(t.statements.id));
  let outcomeRows = await db
    .select()
    .from(t.outcomes)
    .where(eq(t.outcomes.dialogueId, id))
    .orderBy(asc(t.outcomes.position), asc(t.outcomes.id));

  // An agenda item held as restricted is, like a restricted dialogue, for its insiders alone.
  if (audience === 'outside') {
    const restricted = new Set(agendaRows.filter((a) => a.confidentiality === 'restricted').map((a) => a.id));
    if (restricted.size) {
      const open = <T extends { agendaItemId: string | null }>(rows: T[]) =>
        rows.filter((r) => r.agendaItemId === null || !restricted.has(r.agendaItemId));
      agendaRows = agendaRows.filter((a) => !restricted.has(a.id));
      statementRows = open(statementRows);
      outcomeRows = open(outcomeRows);
    }
  }
  const bare = chathamScope(dialogue, agendaRows);
  // Under the Rule, free text is cleared of the names it may hold, in every script, before it leaves.
  const redactor =
    audience === 'outside' && (bare.whole || bare.items.size > 0)
      ? await chathamRedactor(db, participantRows)
      : undefined;
  const scope = { ...bare, redactor };
  const hideAttendance = audience === 'outside' && scope.whole;
  const shownParticipants = hideAttendance ? [] : participantRows;

  const personIds = shownParticipants.map((p) => p.personId);
  const personRows = personIds.length ? await db.select().from(t.people).where(inArray(t.people.id, personIds)) : [];
  const positionsByPerson = await loadPositions(db, personIds);
  const history = await loadStatusHistory(
    db,
    outcomeRows.map((o) => o.id),
  );
  const people = new Map(personRows.map((p) => [p.id, p]));

  const participants: RecordParticipant[] = shownParticipants.map((p) => {
    const positions = positionsByPerson.get(p.personId) ?? [];
    const atOrg = positions.filter((pos) => pos.organizationId === p.organizationId);
    const position = asOf(atOrg.length ? atOrg : positions, day);
    return {
      id: p.id,
      // Outsiders cannot write; a version that moved would tell of an edit they cannot see (attendance).
      version: audience === 'inside' ? p.version : 0,
      person: { id: p.personId, name: people.get(p.personId)!.name },
      organizationId: p.organizationId,
      position: position?.title ?? null,
      role: p.role,
      invitation: p.invitation,
      // When each person was present is for insiders in every dialogue: beside a record it tells who spoke.
      attendance: audience === 'inside' ? p.attendance : [],
    };
  });
  const statements = statementRows.map((s) => presentStatement(s, audience, scope));
  const outcomes = outcomeRows.map((o) => presentOutcome(o, history.get(o.id) ?? [], audience, scope));
  const agenda = agendaRows
    .map(presentAgendaItem)
    .map((a) =>
      redactor && underRule(scope, a.id)
        ? { ...a, title: redactor.multi(a.title), description: redactor.multi(a.description) }
        : a,
    );
  const presented = presentDialogue(dialogue);

  // Organizations are gathered from what is already presented, so nothing withheld can reappear here.
  // A convener that also sent participants is an affiliation: under the Rule, outsiders do not learn it.
  const represented = new Set(participantRows.map((p) => p.organizationId));
  const conveners = hideAttendance ? dialogue.convenerIds.filter((o) => !represented.has(o)) : dialogue.convenerIds;
  const orgIds = new Set<string>(conveners);
  for (const p of participants) if (p.organizationId) orgIds.add(p.organizationId);
  for (const s of statements)
    if (s.speaker.kind === 'collective') s.speaker.organizationIds.forEach((o) => orgIds.add(o));
  for (const o of outcomes)
    [...o.proposerIds, ...o.endorserIds, ...(o.ownerOrganizationId ? [o.ownerOrganizationId] : [])].forEach((x) =>
      orgIds.add(x),
    );

  const areaIds = new Set<string>([...agendaRows, ...statementRows, ...outcomeRows].flatMap((r) => r.areaIds));
  const provisionIds = new Set<string>(
    [...agendaRows, ...statementRows, ...outcomeRows].flatMap((r) => r.provisionIds),
  );

  const organizations = await organizationRefs(db, [...orgIds], day);
  const areaRows = areaIds.size
    ? await db
        .select()
        .from(t.areas)
        .where(inArray(t.areas.id, [...areaIds]))
        .orderBy(asc(t.areas.slug))
    : [];
  const cited = provisionIds.size
    ? await db
        .select({ documentId: t.provisions.documentId })
        .from(t.provisions)
        .where(inArray(t.provisions.id, [...provisionIds]))
    : [];
  const documentIds = [...new Set([...dialogue.referenceDocumentIds, ...cited.map((c) => c.documentId)])];
  const documents = documentIds.length
    ? await db
        .select()
        .from(t.referenceDocuments)
        .where(inArray(t.referenceDocuments.id, documentIds))
        .orderBy(asc(t.referenceDocuments.adoptedOn))
    : [];
  const provisions = documentIds.length
    ? await db
        .select()
        .from(t.provisions)
        .where(inArray(t.provisions.documentId, documentIds))
        .orderBy(asc(t.provisions.position))
    : [];

  return {
    audience,
    seq,
    dialogue:
      redactor && scope.whole
        ? {
            ...presented,
            convenerIds: conveners,
            title: redactor.multi(presented.title),
            summary: redactor.multi(presented.summary),
            theme: redactor.multi(presented.theme),
          }
        : presented,
    series: seriesRows[0] ? presentSeries(seriesRows[0]) : null,
    conveners,
    participants,
    // Those who took part: a count that moved as invitations went out would tell of them.
    participantsWithheld: hideAttendance ? participantRows.filter((p) => p.invitation === 'accepted').length : 0,
    agenda,
    statements,
    outcomes,
    organizations,
    areas: areaRows.map(presentArea),
    references: documents.map((d) => ({
      ...presentDocument(d),
      provisions: provisions.filter((p) => p.documentId === d.id).map(presentProvision),
    })),
  };
}

/** Organizations as they were named on the day. */
export async function organizationRefs(db: Queryable, ids: string[], day: string): Promise<OrganizationRef[]> {
  if (ids.length === 0) return [];
  const orgs = await db.select().from(t.organizations).where(inArray(t.organizations.id, ids));
  const names = await db
    .select()
    .from(t.organizationNames)
    .where(inArray(t.organizationNames.organizationId, ids))
    .orderBy(asc(t.organizationNames.position));
  return orgs.map((o) => {
    const name = asOf(
      names.filter((n) => n.organizationId === o.id),
      day,
    );
    return { id: o.id, name: name!.name, acronym: name?.acronym ?? null, countryCode: o.countryCode };
  });
}
