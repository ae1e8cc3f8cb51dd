import type { AgendaItem, Participant } from '../../shared/contracts/dialogues.ts';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Outcome, Statement } from '../../shared/contracts/record.ts';

/**
 * One kind of a dialogue's records read from the record as the reader sees it, with the list's
 * filters applied to what that record shows. A speaker or an owner withheld under the Chatham House
 * Rule is simply not there, so no filter can match on it.
 */
export type RecordSlice<Out> = (record: DialogueRecord, query: Record<string, unknown>) => Out[];

const countryOf = (record: DialogueRecord) => {
  const countries = new Map(record.organizations.map((o) => [o.id, o.countryCode]));
  return (orgId: string | null | undefined) => (orgId ? (countries.get(orgId) ?? null) : null);
};

const tagged = (q: Record<string, unknown>, r: { areaIds: string[]; provisionIds: string[] }) =>
  (!q.area || r.areaIds.includes(q.area as string)) && (!q.provision || r.provisionIds.includes(q.provision as string));

const onItem = (q: Record<string, unknown>, r: { agendaItemId: string | null }) =>
  !q.agendaItem || r.agendaItemId === q.agendaItem;

export const statementSlice: RecordSlice<Statement> = (record, q) => {
  const country = countryOf(record);
  const orgOf = new Map(record.participants.map((p) => [p.id, p.organizationId]));
  const countries = (s: Statement): (string | null)[] =>
    s.speaker.kind === 'participant'
      ? [country(orgOf.get(s.speaker.participantId))]
      : s.speaker.kind === 'collective'
        ? s.speaker.organizationIds.map(country)
        : [];
  return record.statements.filter(
    (s) => onItem(q, s) && tagged(q, s) && (!q.country || countries(s).includes(q.country as string)),
  );
};

export const outcomeSlice: RecordSlice<Outcome> = (record, q) => {
  const country = countryOf(record);
  return record.outcomes.filter(
    (o) =>
      onItem(q, o) &&
      tagged(q, o) &&
      (!q.country || country(o.ownerOrganizationId) === q.country) &&
      (!q.status || o.status === q.status),
  );
};

export const agendaSlice: RecordSlice<AgendaItem> = (record, q) => record.agenda.filter((a) => tagged(q, a));

export const participantSlice: RecordSlice<Participant> = (record, q) => {
  const country = countryOf(record);
  return record.participants
    .filter(
      (p) =>
        (!q.organization || p.organizationId === q.organization) &&
        (!q.role || p.role === q.role) &&
        (!q.invitation || p.invitation === q.invitation) &&
        (!q.country || country(p.organizationId) === q.country),
    )
    .map((p) => ({
      id: p.id,
      version: p.version,
      createdAt: null,
      updatedAt: null,
      dialogueId: record.dialogue.id,
      personId: p.person.id,
      organizationId: p.organizationId,
      role: p.role,
      invitation: p.invitation,
      attendance: p.attendance,
    }));
};
