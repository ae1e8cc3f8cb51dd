import { projectorContracts as C } from '../../../shared/contracts/projector.ts';
import { serve, type AnyRoute } from '../../http/route.ts';
import { readProjector } from './read-projector.ts';

/**
 * The hall's screen reads the room by HTTP, not the live channel: it is no one in the room (no
 * presence, no attendance), needs none of the record or the chat, and a read each second is cheap.
 */
export const projectorRoutes: AnyRoute[] = [
  serve(C.view, {
    action: 'live.project',
    tag: 'Live',
    summary:
      "The projector's view of a live room: the current agenda item, who has the floor and since when, the time allowed, and the next three on the speakers' list. The dialogue's insiders only; never cached",
    dialogueParam: 'id',
    handler: async ({ deps, actor, dialogue, reply }) => {
      reply.header('cache-control', 'private, no-store');
      return readProjector(deps, { actor, access: dialogue });
    },
  }),
];
