import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface Series {
  label: string;
  values: number[];
}

/** Fills told apart by pattern as well as colour, so no reader depends on colour alone. */
const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'light'] as const;
const fill = (prefix: string, k: number) => `url(#${prefix}-${PATTERNS[k % PATTERNS.length]})`;

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-solid`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#1f5fae" />
      </pattern>
      <pattern id={`${prefix}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#d7e6f7" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#0d3b73" strokeWidth="3" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff4d6" />
        <circle cx="3" cy="3" r="1.6" fill="#8a5a00" />
      </pattern>
      <pattern id={`${prefix}-cross`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fde2e1" />
        <path d="M0 0L6 6M6 0L0 6" stroke="#a4161a" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-light`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#e5e7eb" />
      </pattern>
    </defs>
  );
}

/**
 * A stacked bar chart as SVG with a title and description for screen readers, a legend whose
 * swatches repeat the bars' patterns, and the numbers themselves in a table beside it.
 */
export function StackedBars({
  title,
  description,
  categories,
  series,
}: {
  title: string;
  description: string;
  categories: string[];
  series: Series[];
}) {
  const { t } = useI18n();
  const id = useId().replace(/:/g, '');
  const totals = categories.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const bar = 28;
  const gap = 12;
  const left = 190;
  const width = 640;
  const height = categories.length * (bar + gap) + 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Patterns prefix={id} />
        {categories.map((c, i) => {
          let x = left;
          const y = i * (bar + gap);
          return (
            <g key={c}>
              <text x={left - 8} y={y + bar / 2 + 5} textAnchor="end" fontSize="13">
                {c}
              </text>
              {series.map((s, k) => {
                const w = ((s.values[i] ?? 0) / max) * (width - left - 50);
                const rect = (
                  <rect
                    key={s.label}
                    x={x}
                    y={y}
                    width={w}
                    height={bar}
                    fill={fill(id, k)}
                    stroke="#1b1f24"
                    strokeWidth={w > 0 ? 0.5 : 0}
                  >
                    <title>{`${c}, ${s.label}: ${s.values[i] ?? 0}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + bar / 2 + 5} fontSize="13">
                {totals[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-hidden="true">
        {series.map((s, k) => (
          <li key={s.label}>
            <svg width="14" height="14">
              <rect width="14" height="14" fill={fill(id, k)} stroke="#1b1f24" strokeWidth="0.5" />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('tracker.chartData')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
