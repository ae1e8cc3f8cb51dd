import { FLOOR_PRECEDENCE, type FloorKind } from '../../../shared/live/room.ts';

export interface Waiting {
  id: string;
  participantId: string;
  kind: FloorKind;
}

/**
 * Where a new request goes: a point of order after the other points of order, a reply after the
 * replies; a statement at the end, or, in balanced order, before the first speaker with more turns.
 */
export function placeRequest(
  queue: readonly Waiting[],
  request: Waiting,
  turns: ReadonlyMap<string, number>,
  balanced: boolean,
): Waiting[] {
  const rank = FLOOR_PRECEDENCE[request.kind];
  const mine = turns.get(request.participantId) ?? 0;
  let at =
    request.kind !== 'statement'
      ? queue.findIndex((q) => FLOOR_PRECEDENCE[q.kind] > rank)
      : balanced
        ? queue.findIndex((q) => q.kind === 'statement' && (turns.get(q.participantId) ?? 0) > mine)
        : -1;
  if (at < 0) at = queue.length;
  return [...queue.slice(0, at), request, ...queue.slice(at)];
}

/** Balanced order: points of order, then replies, then statements by fewest turns; otherwise as they were. */
export function balance(queue: readonly Waiting[], turns: ReadonlyMap<string, number>): Waiting[] {
  const key = (q: Waiting) =>
    [FLOOR_PRECEDENCE[q.kind], q.kind === 'statement' ? (turns.get(q.participantId) ?? 0) : 0] as const;
  return queue
    .map((q, index) => ({ q, index, key: key(q) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map((x) => x.q);
}
