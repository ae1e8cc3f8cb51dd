/** Keys that carry free text or whole records: a summary names what changed, never repeats content. */
const SKIPPED = new Set(['text', 'texts', 'body', 'note', 'evidence', 'csrfToken', 'token', 'tokenHash']);
const MAX_VALUE = 60;
export const MAX_SUMMARY = 240;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function short(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return clip(v, MAX_VALUE);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return v.every((x) => typeof x === 'string' || typeof x === 'number')
      ? `[${clip(v.join(', '), MAX_VALUE)}]`
      : `[${v.length}]`;
  return '…';
}

/**
 * A short line for the audit log from an event's payload: a tombstone says so; a change shows each
 * field before → after; then the payload's own plain values (ids, e-mail, role, reason, status …),
 * never its free text. The whole payload stays in the events table; this is only a summary.
 */
export function summarize(payload: unknown): string {
  if (!isObj(payload)) return payload === null || payload === undefined ? '' : short(payload);
  if (payload.deleted === true) return `deleted by ${short(payload.by)} at ${short(payload.at)}`;
  const parts: string[] = [];
  const { before, after } = payload;
  if (isObj(before) || isObj(after)) {
    const b = isObj(before) ? before : {};
    const a = isObj(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)]))
      if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) parts.push(`${key}: ${short(b[key])} → ${short(a[key])}`);
  }
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'before' || key === 'after' || SKIPPED.has(key) || isObj(value)) continue;
    if (Array.isArray(value) && value.some(isObj)) continue;
    parts.push(`${key}=${short(value)}`);
  }
  return clip(parts.join('; '), MAX_SUMMARY);
}
