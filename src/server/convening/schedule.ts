import { desc, eq } from 'drizzle-orm';
import type { ScheduleCheck } from '../../shared/contracts/convening.ts';
import { wallClockParts } from '../../shared/wall-clock.ts';
import { countries, dialogues, invitations, organizations, participants } from '../db/schema.ts';
import type { Deps } from '../deps.ts';

/** The working day across the region: 09:00 to 18:00, Monday to Friday. */
const DAY_STARTS = 9;
const DAY_ENDS = 18;

/** Wall-clock parts of an instant in a zone. */
function wallClock(at: Date, zone: string) {
  const p = wallClockParts(zone, at);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday) + 1;
  return {
    local: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`,
    hour: Number(p.hour) + Number(p.minute) / 60,
    weekday,
  };
}

/**
 * For a proposed time, each invitee's local time, flagged when it falls outside working hours or
 * on a weekend where they are. An invitee's zone is the one their invitation recorded, else their
 * organization's country's, else the host's.
 */
export async function scheduleCheck(
  deps: Pick<Deps, 'db'>,
  args: { dialogueId: string; at?: string },
): Promise<ScheduleCheck> {
  const [d] = await deps.db
    .select({ startsAt: dialogues.startsAt, hostZone: dialogues.hostZone })
    .from(dialogues)
    .where(eq(dialogues.id, args.dialogueId));
  const at = args.at ? new Date(args.at) : d!.startsAt;
  const rows = await deps.db
    .select({
      id: participants.id,
      personId: participants.personId,
      organizationId: participants.organizationId,
      zones: countries.zones,
    })
    .from(participants)
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .leftJoin(countries, eq(countries.code, organizations.countryCode))
    .where(eq(participants.dialogueId, args.dialogueId))
    .orderBy(participants.createdAt, participants.id);
  const invited = await deps.db
    .select({ participantId: invitations.participantId, zone: invitations.zone })
    .from(invitations)
    .where(eq(invitations.dialogueId, args.dialogueId))
    .orderBy(desc(invitations.createdAt));
  const zoneOf = new Map<string, string>();
  for (const i of invited) if (!zoneOf.has(i.participantId)) zoneOf.set(i.participantId, i.zone);
  return {
    at: at.toISOString(),
    invitees: rows.map((r) => {
      const zone = zoneOf.get(r.id) ?? r.zones?.[0] ?? d!.hostZone;
      const w = wallClock(at, zone);
      return {
        participantId: r.id,
        personId: r.personId,
        organizationId: r.organizationId,
        zone,
        local: w.local,
        weekday: w.weekday,
        outsideWorkingHours: w.hour < DAY_STARTS || w.hour >= DAY_ENDS,
        weekend: w.weekday >= 6,
      };
    }),
  };
}
