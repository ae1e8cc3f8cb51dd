import type { CurrentUser } from '../../shared/contracts/accounts.ts';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { DIALOGUE_SECTIONS, presentSections, shortened } from '../../shared/dialogue-heading.ts';
import { editorRoles } from '../../shared/editor-roles.ts';
import type { Translate } from '../../shared/i18n/translate.ts';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';
import { localize } from '../../shared/localize.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { hasRule, waitingInRecord } from '../../shared/under-rule.ts';
import { escape } from '../../public/html.ts';

interface Reader {
  t: Translate;
  /** The reader's languages for content, in order (contentPreference). */
  prefer: readonly string[];
  user: CurrentUser | null;
}

/** A multilingual text as the web app's MultiText shows it (src/web/components/multi-text.tsx), no version chosen. */
function multiText(value: MultiText | null, r: Reader, tag: 'span' | 'p' = 'span'): string {
  if (!value) return '';
  const shown = localize(value, r.prefer);
  let html = `<${tag} lang="${escape(shown.lang)}">${escape(shown.text)}</${tag}>`;
  if (!shown.fallback) return html;
  html += `<span class="badge badge-lang" title="${escape(r.t('common.untranslated'))}">${escape(
    r.t('common.originalBadge', { lang: nativeLanguageName(shown.lang) }),
  )}</span>`;
  const others = tag === 'span' ? [] : Object.keys(value.texts).filter((l) => l !== shown.lang);
  if (others.length === 0) return html;
  const buttons = others.map(
    (l) =>
      `<button type="button" class="button-quiet" lang="${escape(l)}" aria-label="${escape(
        r.t('languages.showVersion', { lang: nativeLanguageName(l) }),
      )}">${escape(nativeLanguageName(l))}</button>`,
  );
  return `${html}<span class="versions muted"> ${escape(r.t('languages.alsoIn'))} ${buttons.join('')}</span>`;
}

/**
 * The top of a dialogue's page as the web app's first render draws it (src/web/routes/dialogue-page.tsx):
 * the heading, its badges and summary, the actions the reader has, the bar of sections. Everything in
 * it comes from `record`, the view of the dialogue the API gives this reader.
 */
export function dialogueHeading(
  record: DialogueRecord,
  reader: Reader,
): { html: string; title: string; description: string } {
  const { t } = reader;
  const d = record.dialogue;
  const can = editorRoles(reader.user, record);
  const plain = (value: MultiText | null) => (value ? localize(value, reader.prefer).text : '');
  const actions = [
    can.plan
      ? `<a href="/dialogues/${escape(d.id)}/edit" class="button-secondary">${escape(t('dialogue.edit'))}</a>`
      : '',
    can.record && hasRule(record)
      ? `<a href="/dialogues/${escape(d.id)}/clearance" class="button-secondary">${escape(
          t('clearance.link', { count: waitingInRecord(record) }),
        )}</a>`
      : '',
  ].join('');
  const present = presentSections(can.inside);
  const sections = DIALOGUE_SECTIONS.filter(([id]) => present.includes(id))
    .map(([id, key]) => `<li><a href="#${id}">${escape(t(key))}</a></li>`)
    .join('');
  const html =
    `<article class="dialogue"><header>` +
    `<p class="muted">${record.series ? multiText(record.series.title, reader) : ''}</p>` +
    `<h1>${multiText(d.title, reader)}</h1>` +
    `<p class="tags"><span class="badge">${escape(t(`status.${d.status}`))}</span>` +
    `<span class="${d.confidentiality === 'public' ? 'badge' : 'badge badge-warn'}">${escape(
      t(`confidentiality.${d.confidentiality}`),
    )}</span></p>` +
    (d.summary ? multiText(d.summary, reader, 'p') : '') +
    (actions ? `<p class="actions wrap">${actions}</p>` : '') +
    `</header><nav class="section-nav" aria-label="${escape(t('dialogue.sections'))}"><ul>${sections}</ul></nav>` +
    `</article>`;
  return { html, title: plain(d.title), description: shortened(plain(d.summary)) };
}
