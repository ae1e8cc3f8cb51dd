import { exportEndpoints as at } from '../../../shared/endpoints/exports.ts';
import { hrefOf } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Downloads of the record as this reader may see it; the server applies the same audience as the page. */
export function Exports({ dialogueId }: { dialogueId: string }) {
  const { t, lang } = useI18n();
  const id = { id: dialogueId };
  const links: [string, string][] = [
    [hrefOf(at.minutesDocx, id, { lang }), t('exports.minutesDocx')],
    [hrefOf(at.minutesPdf, id, { lang }), t('exports.minutesPdf')],
    [hrefOf(at.recordJson, id), t('exports.json')],
    [hrefOf(at.recordCsv, id, { lang }), t('exports.csv')],
    [hrefOf(at.calendar, id, { lang }), t('exports.calendar')],
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
