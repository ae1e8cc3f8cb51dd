import type { RoomView } from '../../../shared/live/room-view.ts';
import type { MultiText } from '../../../shared/multilingual.ts';

/** Who is who in a room, from the record the snapshot carried. */
export function roomNames(view: RoomView, text: (v: MultiText | null | undefined) => string) {
  const participants = new Map(view.record.participants.map((p) => [p.id, p]));
  const orgs = new Map(view.record.organizations.map((o) => [o.id, o]));
  const participant = (id: string | null | undefined) => (id ? participants.get(id) : undefined);
  const org = (id: string | null | undefined) => (id ? orgs.get(id) : undefined);
  return {
    participant,
    person: (id: string | null | undefined) => text(participant(id)?.person.name),
    orgName: (id: string | null | undefined) => text(org(id)?.acronym) || text(org(id)?.name),
    orgOf: (participantId: string | null | undefined) => org(participant(participantId)?.organizationId),
    isChair: (participantId: string | null | undefined) =>
      ['chair', 'moderator'].includes(participant(participantId)?.role ?? ''),
  };
}
export type RoomNames = ReturnType<typeof roomNames>;
