import { createHash } from 'node:crypto';

/** Stable ids for demo records (UUID v5 form), so links in docs and tests survive a re-seed. */
export function demoId(name: string): string {
  const h = createHash('sha1').update(`expert-dialogue/demo/${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
