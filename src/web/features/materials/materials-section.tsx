import { useState } from 'react';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { Material } from '../../../shared/contracts/materials.ts';
import { ApiError, hrefOf } from '../../api/client.ts';
import { materialEndpoints } from '../../../shared/endpoints/materials.ts';
import { MultiText, useText } from '../../components/multi-text.tsx';
import { useAsync } from '../../components/use-async.ts';
import { useFaultText } from '../../components/form.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { materialsApi } from './materials-api.ts';
import { lazyPage } from '../../components/lazy-page.tsx';
import { ErrorNote } from '../../components/status.tsx';

const MaterialsUpload = lazyPage(() => import('./materials-upload.tsx'), 'MaterialsUpload');

const fileUrl = (m: Material, version?: number) => hrefOf(materialEndpoints.file, { id: m.id }, { version });
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The agenda item a material belongs to: its own, or that of the statement or outcome it is attached to. */
function itemOf(record: DialogueRecord, m: Material): string | null {
  const a = m.anchor;
  if (a.kind === 'agenda_item') return a.id;
  if (a.kind === 'statement') return record.statements.find((s) => s.id === a.id)?.agendaItemId ?? null;
  if (a.kind === 'outcome') return record.outcomes.find((o) => o.id === a.id)?.agendaItemId ?? null;
  return null;
}

function MaterialCard({ m, inside, onChanged }: { m: Material; inside: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const text = useText();
  const say = useFaultText();
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setError(null);
    try {
      await materialsApi.update(m.id, { version: m.version, public: !m.public });
      onChanged();
    } catch (err) {
      setError(
        (err instanceof ApiError ? say(err.problem.errors?.[0]) : undefined) ??
          (err instanceof Error ? err.message : String(err)),
      );
    }
  };
  return (
    <li className="card material" id={`material-${m.id}`}>
      {m.current.preview && (
        <img
          className="material-preview"
          src={hrefOf(materialEndpoints.preview, { id: m.id })}
          alt={t('materials.preview', { title: text(m.title) })}
          loading="lazy"
        />
      )}
      <div className="stack">
        <strong>
          <MultiText value={m.title} />
        </strong>
        <p className="tags">
          <span className="badge">{t(`materials.kind.${m.kind}`)}</span>
          <span className="badge">{m.current.type.toUpperCase()}</span>
          <span className="muted">{size(m.current.size)}</span>
          {inside && (
            <span className={m.public ? 'badge' : 'badge badge-warn'}>
              {m.public ? t('materials.public') : t('materials.insidersOnly')}
            </span>
          )}
          {inside && <span className="muted">{t('materials.version', { number: m.current.number })}</span>}
        </p>
        <p className="actions wrap">
          <a className="button-secondary" href={fileUrl(m)} target="_blank" rel="noopener">
            {t('materials.open')}
          </a>
          {inside && (
            <button
              type="button"
              className={m.public ? 'button-quiet' : 'button-primary'}
              onClick={() => void toggle()}
            >
              {m.public ? t('materials.withdraw') : t('materials.release')}
            </button>
          )}
        </p>
        {inside && !m.public && <p className="muted">{t('materials.releaseHint')}</p>}
        {inside && m.current.extraction === 'pending' && <p className="muted">{t('materials.pending')}</p>}
        {inside && m.versions.length > 1 && (
          <details>
            <summary>{t('materials.versions')}</summary>
            <ul>
              {m.versions.slice(1).map((v) => (
                <li key={v.number}>
                  <a href={fileUrl(m, v.number)}>
                    {t('materials.version', { number: v.number })}: {v.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
        {inside && (
          <details>
            <summary>{t('materials.newVersion')}</summary>
            <MaterialsUpload dialogueId={m.dialogueId} material={m} onUploaded={onChanged} />
          </details>
        )}
        {error && <ErrorNote>{error}</ErrorNote>}
      </div>
    </li>
  );
}

/** A dialogue's materials, by agenda item, with the upload for its insiders. */
export function MaterialsSection({ record }: { record: DialogueRecord }) {
  const { t } = useI18n();
  const text = useText();
  const id = record.dialogue.id;
  const list = useAsync(() => materialsApi.list(id), `materials:${id}`);
  const inside = record.audience === 'inside';
  const items = list.data ?? [];
  if (!inside && items.length === 0) return null;
  const groups = [
    { key: 'general', title: t('materials.general'), items: items.filter((m) => itemOf(record, m) === null) },
    ...record.agenda.map((a) => ({
      key: a.id,
      title: text(a.title),
      items: items.filter((m) => itemOf(record, m) === a.id),
    })),
  ].filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="materials">
      <h2 id="materials">{t('materials.title')}</h2>
      {inside && <p className="muted">{t('materials.intro')}</p>}
      {list.data && items.length === 0 && <p className="muted">{t('materials.empty')}</p>}
      {groups.map((g) => (
        <section key={g.key} aria-label={g.title}>
          <h3>{g.title}</h3>
          <ul className="cards materials">
            {g.items.map((m) => (
              <MaterialCard key={m.id} m={m} inside={inside} onChanged={list.reload} />
            ))}
          </ul>
        </section>
      ))}
      {inside && <MaterialsUpload dialogueId={id} agenda={record.agenda} onUploaded={list.reload} />}
    </section>
  );
}
