import type { Deps } from '../../deps.ts';
import { getDialogueRecord } from '../../dialogues/get-dialogue-record.ts';
import type { Actor } from '../../policy/actor.ts';
import type { DialogueAccess } from '../../policy/dialogue-access.ts';
import { PROJECTOR_NEXT, type ProjectedSpeaker, type ProjectorView } from '../../../shared/live/projector.ts';
import type { FloorRequest } from '../../../shared/live/room.ts';
import { loadFloor } from '../room-state.ts';

/**
 * The projector's view of a room: the floor as it now is, named from the insiders' record (cached,
 * so a screen asking every second costs the floor's read and the access query the policy made).
 */
export async function readProjector(
  deps: Deps,
  args: { actor: Actor; access: DialogueAccess },
): Promise<ProjectorView> {
  const [{ record }, floor] = await Promise.all([getDialogueRecord(deps, args), loadFloor(deps.db, args.access.id)]);
  const participants = new Map(record.participants.map((p) => [p.id, p]));
  const organizations = new Map(record.organizations.map((o) => [o.id, o]));
  const speaker = (r: FloorRequest): ProjectedSpeaker => {
    const p = participants.get(r.participantId);
    const org = p?.organizationId ? organizations.get(p.organizationId) : undefined;
    return {
      name: p?.person.name ?? null,
      organization: org ? (org.acronym ?? org.name) : null,
      countryCode: org?.countryCode ?? null,
      kind: r.kind,
    };
  };
  const item = record.agenda.find((a) => a.id === floor.agendaItemId);
  return {
    dialogueId: record.dialogue.id,
    title: record.dialogue.title,
    agendaItem: item ? { id: item.id, position: item.position, title: item.title } : null,
    open: floor.open,
    current: floor.current
      ? {
          ...speaker(floor.current),
          grantedAt: floor.current.grantedAt,
          timeLimitSeconds: floor.current.timeLimitSeconds,
        }
      : null,
    next: floor.queue.slice(0, PROJECTOR_NEXT).map(speaker),
    waiting: floor.queue.length,
    serverTime: deps.clock().toISOString(),
  };
}
