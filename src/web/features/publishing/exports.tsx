import { useI18n } from '../../i18n/i18n-context.tsx';

/** Downloads of the record as this reader may see it; the server applies the same audience as the page. */
export function Exports({ dialogueId }: { dialogueId: string }) {
  const { t, lang } = useI18n();
  const base = `/api/v1/dialogues/${dialogueId}`;
  const links: [string, string][] = [
    [`${base}/minutes.docx?lang=${lang}`, t('exports.minutesDocx')],
    [`${base}/minutes.pdf?lang=${lang}`, t('exports.minutesPdf')],
    [`${base}/record.json`, t('exports.json')],
    [`${base}/record.csv?lang=${lang}`, t('exports.csv')],
    [`${base}/calendar.ics?lang=${lang}`, t('exports.calendar')],
  ];
  return (
    <section aria-labelledby="exports">
      <h2 id="exports">{t('exports.title')}</h2>
      <ul className="exports">
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
