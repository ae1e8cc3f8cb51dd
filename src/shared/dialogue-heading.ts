/**
 * What the top of a dialogue's page is made of, for the web app and for the server that sends its
 * first paint with index.html (src/server/app-shell): one definition, so the two draw the same page.
 */
export const DIALOGUE_SECTIONS = [
  ['overview', 'dialogue.tab.overview'],
  ['agenda', 'dialogue.tab.agenda'],
  ['participants', 'dialogue.tab.participants'],
  ['record', 'dialogue.tab.record'],
  ['outcomes', 'dialogue.tab.outcomes'],
  ['follow-up', 'dialogue.tab.followUp'],
  ['publications', 'dialogue.tab.publications'],
] as const;

/** The sections a reader finds on the page: the publications are for insiders. */
export const presentSections = (inside: boolean): string[] => [
  'overview',
  'agenda',
  'participants',
  'record',
  'outcomes',
  'follow-up',
  ...(inside ? ['publications'] : []),
];

/** A summary cut to what a search result shows, at a word's end: the page's meta description. */
export function shortened(summary: string, max = 200): string {
  const flat = summary.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max - 1))}…`;
}
