import type { ClearanceCandidate, IdentifyingKind } from '../../../shared/contracts/clearance.ts';
import { IdentifyingKind as Kinds } from '../../../shared/contracts/clearance.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type Piece = { text: string; kind?: IdentifyingKind };

/**
 * Cuts a text at its candidates (UTF-16 offsets, as the contract gives them). Candidates out of range,
 * empty, or overlapping one already taken are left out rather than garbling the text.
 */
export function pieces(text: string, candidates: readonly ClearanceCandidate[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const c of [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < at || c.end <= c.start || c.end > text.length) continue;
    if (c.start > at) out.push({ text: text.slice(at, c.start) });
    out.push({ text: text.slice(c.start, c.end), kind: c.kind });
    at = c.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** What each kind of candidate is called, in the reader's language. */
export function useCandidateLabel(): (kind: IdentifyingKind) => string {
  const { t } = useI18n();
  return (kind) => t(`clearance.candidate.${kind}`);
}

/**
 * One language version with every word that may identify someone marked. The kind is visible in the
 * colour and underline (see the legend), in the tooltip, and spoken after the words by screen readers.
 */
export function MarkedText({
  text,
  lang,
  candidates,
}: {
  text: string;
  lang: string;
  candidates: readonly ClearanceCandidate[];
}) {
  const label = useCandidateLabel();
  return (
    <p className="marked-text" lang={lang}>
      {pieces(text, candidates).map((p, i) =>
        p.kind ? (
          <mark key={i} className={`candidate candidate-${p.kind}`} data-kind={p.kind} title={label(p.kind)}>
            {p.text}
            <span className="visually-hidden"> ({label(p.kind)})</span>
          </mark>
        ) : (
          p.text
        ),
      )}
    </p>
  );
}

/** The key to the marks: a sample of each kind's style with its name. */
export function CandidateLegend() {
  const { t } = useI18n();
  const label = useCandidateLabel();
  return (
    <div className="candidate-legend">
      <p id="candidate-legend-title">{t('clearance.legend')}</p>
      <ul aria-labelledby="candidate-legend-title">
        {Kinds.options.map((k) => (
          <li key={k}>
            <span className={`candidate candidate-${k}`} aria-hidden="true">
              Aa
            </span>{' '}
            {label(k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
