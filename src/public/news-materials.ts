import type { Deps } from '../server/deps.ts';
import { tabledLines } from '../server/materials/tabled.ts';
import type { Translate } from '../shared/i18n/translate.ts';
import { escape } from './html.ts';

/** The article's public materials (the outside view of its dialogue), as a list of links; empty when none. */
export async function articleMaterials(deps: Deps, dialogueId: string, lang: string, t: Translate): Promise<string> {
  const lines = await tabledLines(deps, dialogueId, lang);
  if (lines.length === 0) return '';
  const items = lines
    .map(
      (m) =>
        `<li><a href="${escape(new URL(m.url).pathname)}">${escape(m.title || m.fileName)}</a> <span class="meta">${escape(t(`materials.kind.${m.kind}`))}</span></li>`,
    )
    .join('\n');
  return `<section aria-labelledby="materials"><h2 id="materials">${escape(t('news.materials'))}</h2>\n<ul class="materials">\n${items}\n</ul></section>`;
}
