import { pathOf, readEarly } from './api/client.ts';
import { sessionEndpoints } from '../shared/endpoints/accounts.ts';
import { dialogueEndpoints } from '../shared/endpoints/dialogues.ts';
import { countryEndpoints } from '../shared/endpoints/directory.ts';
import { materialEndpoints } from '../shared/endpoints/materials.ts';

const DIALOGUE = /^\/dialogues\/([^/]+)\/?$/i;

/**
 * The reads a first visit needs before it can show anything: who is signed in and, on a dialogue's
 * page (the one the news site links to), its record and the countries' names. Started with the
 * script, they arrive while the reader's catalog does, and the first render waits for them a little
 * while, so it shows the page whole rather than "Loading…" and then the page. The dialogue's materials
 * start with them, for the render after: the page asks for them then, and takes the answer on its way.
 */
export function startEarlyReads(path: string): Promise<unknown> {
  const dialogue = DIALOGUE.exec(path)?.[1];
  if (!dialogue || dialogue === 'new') return readEarly([sessionEndpoints.read.path]);
  const first = readEarly([
    sessionEndpoints.read.path,
    pathOf(dialogueEndpoints.get.path, { id: dialogue }),
    countryEndpoints.list.path,
  ]);
  void readEarly([pathOf(materialEndpoints.list.path, { id: dialogue })]);
  return first;
}
