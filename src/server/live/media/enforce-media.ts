import { sfuFeedOf } from '../../../shared/live/messages.ts';
import type { Deps } from '../../deps.ts';
import { coalescing } from '../coalesce.ts';
import { janusControl, type JanusControl } from './janus-control.ts';
import { joinAsServer, SERVER_DISPLAY, sfuRoomFor, type SfuRoom } from './janus-rooms.ts';
import { loadMediaRules } from './media-rules.ts';

interface Stream {
  type: string;
  mid: string;
  moderated?: boolean;
}
interface Publisher {
  id: number;
  display?: string;
  streams?: Stream[];
}

/** The room's publishers and their streams, as a passive participant joining now sees them. */
async function publishersIn(control: JanusControl, r: SfuRoom): Promise<Publisher[]> {
  const look = await control.attach();
  try {
    const joined = await joinAsServer(look, r);
    if (joined.videoroom !== 'joined') throw new Error(`Janus refused a look at the room: ${JSON.stringify(joined)}`);
    return (joined.publishers ?? []) as Publisher[];
  } finally {
    await look.detach();
  }
}

/**
 * Brings every publisher in the dialogue's Janus room in line with the room's rules: each audio or
 * video stream the rules forbid is muted at Janus (`moderate`), and allowed again when they permit
 * it; a publisher that is no open connection of the room, or goes by another connection's name than
 * its own (a page may rename its publisher), is kicked. The client's own switches stay as they are:
 * a modified client that ignores the rules is stopped here.
 */
async function enforce(deps: Deps, dialogueId: string): Promise<void> {
  const { janusUrl, janusPinKey } = deps.config;
  if (!janusUrl || !janusPinKey) return;
  const control = janusControl(janusUrl, deps.log);
  const r = sfuRoomFor(janusPinKey, dialogueId);
  // A room this session has not ensured may not exist (Janus restarted): the next join makes it.
  if (!control.has(`room:${r.room}`)) return;
  const [rules, publishers, everyone] = await Promise.all([
    loadMediaRules(deps.db, dialogueId),
    publishersIn(control, r),
    control.videoroom({ request: 'listparticipants', room: r.room }),
  ]);
  // Under another connection's name (a page may rename its publisher): out, publishing or not yet.
  const named = (p: Publisher) => p.display !== undefined && sfuFeedOf(p.display) === p.id;
  for (const p of (everyone.participants ?? []) as (Publisher & { publisher?: boolean })[])
    if (!p.publisher && p.display !== SERVER_DISPLAY && !named(p))
      await control.videoroom({ request: 'kick', room: r.room, secret: r.secret, id: p.id });
  for (const p of publishers) {
    const may = named(p) ? rules.get(p.display!) : undefined;
    if (!may) {
      await control.videoroom({ request: 'kick', room: r.room, secret: r.secret, id: p.id });
      continue;
    }
    for (const s of p.streams ?? []) {
      if (s.type !== 'audio' && s.type !== 'video') continue;
      const mute = !(s.type === 'audio' ? may.audio : may.video);
      // Janus 1.1 reports `moderated` only on a moderated video stream: the others are told each pass.
      if (s.moderated === mute) continue;
      const done = await control.videoroom({
        request: 'moderate',
        room: r.room,
        secret: r.secret,
        id: p.id,
        mid: s.mid,
        mute,
      });
      if (done.videoroom !== 'success')
        deps.log.warn({ dialogueId, id: p.id, mid: s.mid, done }, 'live: Janus refused to moderate a stream');
    }
  }
}

const passes = coalescing<void>();

/**
 * Enforces the room's rules soon: one pass at a time per room, and calls made during a pass bring
 * one more pass after it, so the last change is always applied.
 */
export function enforceMediaRules(deps: Deps, dialogueId: string): void {
  if (!deps.config.janusUrl) return;
  void passes(`${deps.config.janusUrl} ${dialogueId}`, () =>
    enforce(deps, dialogueId).catch((err: unknown) =>
      deps.log.warn({ err, dialogueId }, 'live: enforcing the room’s media rules on Janus failed'),
    ),
  );
}
