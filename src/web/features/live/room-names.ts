import type { RoomView } from '../../../shared/live/room-view.ts';
import type { MultiText } from '../../../shared/multilingual.ts';

/** Who is who in a room, from the record the snapshot carried. */
export function roomNames(view: RoomView, text: (v: MultiText | null | undefined) => string) {
  const participants = new Map(view.record.participants.map((p) => [p.id, p]));
  const orgs = new Map(view.record.organizations.map((o) => [o.id, o]));
  const participant = (id: string | null | undefined) => (id ? participants.get(id) : undefined);
  const org = (id: string | null | undefined) => (id ? orgs.get(id) : undefined);
  const person = (id: string | null | undefined) => text(participant(id)?.person.name);
  const orgName = (id: string | null | undefined) => text(org(id)?.acronym) || text(org(id)?.name);
  const orgOf = (participantId: string | null | undefined) => org(participant(participantId)?.organizationId);
  return {
    participant,
    person,
    orgName,
    orgOf,
    /**
     * "Name · Institution" for a participant. Someone in the room who is no participant is the
     * secretariat: "Name · Secretariat" when their account is a directory person, else "Secretariat".
     */
    label: (participantId: string | null | undefined, secretariat: string, userId?: string) => {
      if (participantId) return [person(participantId), orgName(orgOf(participantId)?.id)].filter(Boolean).join(' · ');
      const name = text(view.room.presence.find((p) => p.userId === userId)?.name);
      return name ? `${name} · ${secretariat}` : secretariat;
    },
    isChair: (participantId: string | null | undefined) =>
      ['chair', 'moderator'].includes(participant(participantId)?.role ?? ''),
  };
}
export type RoomNames = ReturnType<typeof roomNames>;
