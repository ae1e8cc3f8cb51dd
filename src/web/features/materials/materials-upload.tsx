import { useId, useRef, useState, type DragEvent } from 'react';
import { MaterialKind, type Material } from '../../../shared/contracts/materials.ts';
import type { AgendaItem } from '../../../shared/contracts/dialogues.ts';
import { UI_LANGUAGES } from '../../../shared/languages.ts';
import { ApiError } from '../../api/client.ts';
import { ContentOption } from '../../components/multi-text.tsx';
import { useFaultText } from '../../components/form.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { uploadFile } from './materials-api.ts';
import { materialEndpoints } from '../../../shared/endpoints/materials.ts';
import { ErrorNote } from '../../components/status.tsx';

/**
 * Attaches files to a dialogue by drag and drop (or the file chooser), with a progress bar: one
 * self-contained block, mounted on the dialogue page and in the live room's record panel alike.
 * `materialId` makes it upload a new version of that material instead.
 */
export function MaterialsUpload({
  dialogueId,
  agenda = [],
  statementId,
  material,
  onUploaded,
}: {
  dialogueId: string;
  agenda?: AgendaItem[];
  statementId?: string;
  material?: Material;
  onUploaded?: (m: Material) => void;
}) {
  const { t, lang } = useI18n();
  const say = useFaultText();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [agendaItemId, setAgendaItemId] = useState('');
  const [kind, setKind] = useState<MaterialKind>('presentation');
  const [language, setLanguage] = useState<string>(material?.language ?? lang);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (files: FileList | null) => {
    for (const file of files ? [...files] : []) {
      setError(null);
      setDone(null);
      setProgress({ name: file.name, fraction: 0 });
      try {
        const onProgress = (fraction: number) => setProgress({ name: file.name, fraction });
        const m = material
          ? await uploadFile(
              materialEndpoints.uploadVersion,
              material.id,
              file,
              { fileName: file.name, version: material.version },
              onProgress,
            )
          : await uploadFile(
              materialEndpoints.upload,
              dialogueId,
              file,
              {
                fileName: file.name,
                language,
                kind,
                agendaItemId: statementId ? undefined : agendaItemId,
                statementId,
              },
              onProgress,
            );
        setDone(t('materials.uploaded', { name: file.name }));
        onUploaded?.(m);
      } catch (err) {
        const fault = err instanceof ApiError ? err.problem.errors?.[0] : undefined;
        setError(say(fault) ?? (err instanceof Error ? err.message : String(err)));
      } finally {
        setProgress(null);
      }
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send(e.dataTransfer.files);
  };

  return (
    <div className="materials-upload stack">
      {!material && (
        <div className="materials-upload-fields">
          {!statementId && agenda.length > 0 && (
            <label>
              {t('materials.for')}
              <select value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
                <option value="">{t('materials.general')}</option>
                {agenda.map((a) => (
                  <ContentOption key={a.id} value={a.id} name={a.title} />
                ))}
              </select>
            </label>
          )}
          <label>
            {t('materials.kindLabel')}
            <select value={kind} onChange={(e) => setKind(e.target.value as MaterialKind)}>
              {MaterialKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`materials.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('materials.language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value)}>
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div
        className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`}>{material ? t('materials.newVersion') : t('materials.drop')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".pdf,.docx,.pptx,.xlsx,.odt,.png,.jpg,.jpeg,.gif,.webp,.txt"
          onChange={(e) => {
            void send(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {progress && (
        <p role="status">
          <progress value={progress.fraction} max={1} />{' '}
          {t('materials.uploading', { name: progress.name, percent: Math.round(progress.fraction * 100) })}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
