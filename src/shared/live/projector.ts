import { z } from 'zod';
import { Id, IsoDateTime } from '../common.ts';
import { MultiText } from '../multilingual.ts';
import { FloorKind } from './room.ts';

/** Someone on the speakers' list as the hall's screen names them. */
export const ProjectedSpeaker = z
  .object({
    name: MultiText.nullable(),
    /** The institution's acronym, else its name, as named on the dialogue's date. */
    organization: MultiText.nullable(),
    countryCode: z.string().nullable(),
    kind: FloorKind,
  })
  .meta({ id: 'ProjectedSpeaker' });
export type ProjectedSpeaker = z.infer<typeof ProjectedSpeaker>;

/**
 * What the projector in the hall of a hybrid meeting shows: the dialogue, the current agenda item,
 * who has the floor and until when, and the next three on the list. No controls, nothing else.
 */
export const ProjectorView = z
  .object({
    dialogueId: Id,
    title: MultiText,
    agendaItem: z.object({ id: Id, position: z.int(), title: MultiText }).nullable(),
    open: z.boolean(),
    current: ProjectedSpeaker.extend({ grantedAt: IsoDateTime, timeLimitSeconds: z.int() }).nullable(),
    next: z.array(ProjectedSpeaker).max(3),
    /** How many wait in all, the three shown included. */
    waiting: z.int(),
    /** The server's clock when this was read: the countdown runs against it, not the screen's own clock. */
    serverTime: IsoDateTime,
  })
  .meta({ id: 'ProjectorView' });
export type ProjectorView = z.infer<typeof ProjectorView>;

export const PROJECTOR_NEXT = 3;
