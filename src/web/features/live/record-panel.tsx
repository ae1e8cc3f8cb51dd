import { useEffect, useState, type ReactNode } from 'react';
import type { StatementKind } from '../../../shared/contracts/enums.ts';
import { StatementKindValues } from '../../../shared/contracts/enum-values.ts';
import { ContentOption, MultiText, useText } from '../../components/multi-text.tsx';
import { useLanguageName } from '../../components/language-name.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import type { RoomNames } from './room-names.ts';
import { useActor } from './use-actor.ts';
import { MaterialsUpload } from '../materials/materials-upload.tsx';
import { ErrorNote } from '../../components/status.tsx';
import { EnumOptions } from '../../components/form.tsx';

/**
 * The rapporteur's side panel: what the floor holder said goes into the record as they say it.
 * Everyone sees the latest statements here the moment they are recorded.
 */
export function RecordPanel({
  conn,
  names,
  materials,
}: {
  conn: LiveConnection;
  names: RoomNames;
  /** The slot where the materials' upload mounts, beside what is recorded. */
  materials?: ReactNode;
}) {
  const { t } = useI18n();
  const text = useText();
  const { run, error } = useActor();
  const languageName = useLanguageName();
  const view = conn.view!;
  const { record } = view;
  const current = view.room.floor.current?.participantId ?? '';
  const [speaker, setSpeaker] = useState(current);
  const currentItem = view.room.floor.agendaItemId;
  const [agendaItemId, setAgendaItemId] = useState(currentItem ?? record.agenda[0]?.id ?? '');
  const [kind, setKind] = useState<StatementKind>('remarks');
  const [lang, setLang] = useState(record.dialogue.languages[0] ?? 'en');
  const [said, setSaid] = useState('');
  // The panel follows the floor: a new speaker is the default speaker.
  useEffect(() => {
    if (current) setSpeaker(current);
  }, [current]);
  // And the agenda item the chair sets is the default item.
  useEffect(() => {
    if (currentItem) setAgendaItemId(currentItem);
  }, [currentItem]);

  const save = async () => {
    const ok = await run(() =>
      conn.act({
        type: 'statement.record',
        statement: {
          agendaItemId: agendaItemId || null,
          speaker: { kind: 'participant', participantId: speaker },
          kind,
          text: { original: lang, texts: { [lang]: { text: said, checked: true } } },
          areaIds: [],
          provisionIds: [],
        },
      }),
    );
    if (ok) setSaid('');
  };
  const latest = record.statements.slice(-5).reverse();
  return (
    <div className="live-record">
      {view.you.canRecord && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          className="stack"
        >
          <label>
            {t('live.speaker')}
            <select value={speaker} onChange={(e) => setSpeaker(e.target.value)} required>
              <option value="">—</option>
              {record.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {text(p.person.name)} ({names.orgName(p.organizationId)})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('live.agendaItem')}
            <select value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
              <option value="">{t('dialogue.general')}</option>
              {record.agenda.map((a) => (
                <ContentOption key={a.id} value={a.id} name={a.title} prefix={`${a.position}. `} />
              ))}
            </select>
          </label>
          <label>
            {t('live.statementKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as StatementKind)}>
              <EnumOptions values={StatementKindValues} name={(k) => t(`statementKind.${k}`)} />
            </select>
          </label>
          <label>
            {t('live.language')}
            <select value={lang} onChange={(e) => setLang(e.target.value)}>
              {record.dialogue.languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('live.said')}
            <textarea value={said} onChange={(e) => setSaid(e.target.value)} required rows={4} />
          </label>
          <button className="button-primary" type="submit" disabled={!speaker || !said.trim()}>
            {t('live.addToRecord')}
          </button>
        </form>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
      <MaterialsUpload dialogueId={record.dialogue.id} agenda={record.agenda} />
      <h3>{t('live.latest')}</h3>
      <ol className="live-latest" aria-live="polite" aria-label={t('live.latest')}>
        {latest.map((s) => (
          <li key={s.id}>
            <strong>
              {s.speaker.kind === 'participant'
                ? names.person(s.speaker.participantId)
                : s.speaker.kind === 'collective'
                  ? t('dialogue.collective', {
                      names: s.speaker.organizationIds.map((o) => names.orgName(o)).join(', '),
                    })
                  : t('dialogue.withheld')}
            </strong>
            : <MultiText value={s.text} />
          </li>
        ))}
      </ol>
      {materials && <div className="live-materials">{materials}</div>}
    </div>
  );
}
