import { useState } from 'react';
import { useLocation } from 'wouter';
import type { DialogueCreate, DialogueCreateInput } from '../../shared/contracts/dialogues.ts';
import {
  ConfidentialityValues,
  DialogueFormatValues,
  DialogueStatusValues,
} from '../../shared/contracts/enum-values.ts';
import { api } from '../api/client.ts';
import { CheckList, EditForm, Field, useErrorAt, useSubmission, useVersion, EnumOptions } from '../components/form.tsx';
import { CONTENT_LANGUAGES, emptyText, MultiTextField } from '../components/multi-text-field.tsx';
import { ContentOption, ContentText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useAsync } from '../components/use-async.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { StartTimeFields, wallClockBody, wallClockDraft, type WallClockDraft } from './start-time-fields.tsx';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';
import { VenueFields } from './dialogue-venue-fields.tsx';

interface Draft extends Omit<DialogueCreate, 'startsAt' | 'endsAt' | 'summary' | 'hostZone'> {
  /** Wall-clock times in the host zone, as the inputs hold them ("10:00 in Astana"). */
  when: WallClockDraft;
  summary: DialogueCreate['summary'];
}

const blank = (): Draft => ({
  title: emptyText('ru'),
  summary: null,
  seriesId: null,
  format: 'videoconference',
  when: { date: '', startTime: '', endTime: '', zone: 'Asia/Tashkent' },
  status: 'draft',
  confidentiality: 'public',
  languages: ['ru', 'en'],
  media: { kind: 'built_in' },
  convenerIds: [],
  referenceDocumentIds: [],
  venue: null,
  theme: null,
});

/** Creates a dialogue, or edits one (`id`), keeping what was typed through a conflict. */
export function DialogueFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const existing = useAsync(async () => (id ? (await api.dialogues.record(id)).dialogue : null), id ?? 'new');
  if (existing.error) return <ErrorNote>{t('common.error', { message: existing.error.message })}</ErrorNote>;
  if (existing.loading && !existing.data) return <Loading label={t('common.loading')} />;
  const d = existing.data;
  const initial: Draft = d
    ? {
        title: d.title,
        summary: d.summary,
        seriesId: d.seriesId,
        format: d.format,
        status: d.status,
        confidentiality: d.confidentiality,
        languages: d.languages,
        media: d.media,
        convenerIds: d.convenerIds,
        referenceDocumentIds: d.referenceDocumentIds,
        when: wallClockDraft(d.startsAt, d.endsAt, d.hostZone),
        venue: d.venue,
        theme: d.theme,
      }
    : blank();
  return <DialogueForm key={id ?? 'new'} id={id} initial={initial} initialVersion={d?.version ?? 0} />;
}

function DialogueForm({ id, initial, initialVersion }: { id?: string; initial: Draft; initialVersion: number }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>(initial);
  const submission = useSubmission();
  const { version, reloaded, reload } = useVersion(
    initialVersion,
    async () => (await api.dialogues.record(id!)).dialogue,
    submission,
  );
  const options = useAsync(async () => {
    const [series, countries, orgs, docs] = await Promise.all([
      api.directory.series(),
      api.directory.countries(),
      api.directory.organizations(),
      api.references.list(),
    ]);
    return {
      series: series.items,
      zones: [...new Set(countries.flatMap((c) => c.zones))].sort(),
      orgs: orgs.items,
      docs: docs.items,
    };
  }, 'dialogue-options');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((x) => ({ ...x, [key]: value }));
  const err = useErrorAt(submission);

  const body = (): DialogueCreateInput => {
    const { when, ...rest } = draft;
    return { ...rest, ...wallClockBody(when) };
  };
  const save = async () => {
    const saved = id ? await api.dialogues.update(id, { ...body(), version }) : await api.dialogues.create(body());
    navigate(`/dialogues/${saved.id}`);
  };

  return (
    <EditForm
      title={id ? t('dialogue.edit') : t('dialogue.new')}
      submission={submission}
      onSubmit={save}
      onReload={id ? reload : undefined}
      reloaded={reloaded}
      labels={{
        title: t('dialogue.field.title'),
        summary: t('dialogue.field.summary'),
        seriesId: t('dialogue.field.series'),
        format: t('dialogue.field.format'),
        status: t('dialogue.field.status'),
        confidentiality: t('dialogue.field.confidentiality'),
        media: t('dialogue.field.media'),
        'media.url': t('dialogue.field.conferenceUrl'),
        languages: t('dialogue.field.languages'),
        convenerIds: t('dialogue.field.conveners'),
        referenceDocumentIds: t('dialogue.field.references'),
        startsAt: t('dialogue.field.startTime'),
        endsAt: t('dialogue.field.endTime'),
        hostZone: t('dialogue.field.zoneCity'),
      }}
    >
      <MultiTextField
        label={t('dialogue.field.title')}
        value={draft.title}
        onChange={(v) => set('title', v)}
        errorAt={err}
        path="title"
      />
      <MultiTextField
        label={t('dialogue.field.summary')}
        value={draft.summary ?? emptyText(draft.title.original)}
        long
        onChange={(v) => set('summary', Object.values(v.texts).some((x) => x.text.trim()) ? v : null)}
        errorAt={err}
        path="summary"
      />
      <VenueFields
        venue={draft.venue}
        theme={draft.theme}
        original={draft.title.original}
        onVenue={(v) => set('venue', v)}
        onTheme={(v) => set('theme', v)}
        errorAt={err}
      />
      <div className="grid2">
        <Field label={t('dialogue.field.series')} error={err('seriesId')} path="seriesId">
          {(p) => (
            <select {...p} value={draft.seriesId ?? ''} onChange={(e) => set('seriesId', e.target.value || null)}>
              <option value="">{t('form.none')}</option>
              {options.data?.series.map((s) => (
                <ContentOption key={s.id} value={s.id} name={s.title} />
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dialogue.field.format')} error={err('format')} path="format">
          {(p) => (
            <select {...p} value={draft.format} onChange={(e) => set('format', e.target.value as Draft['format'])}>
              <EnumOptions values={DialogueFormatValues} name={(f) => t(`format.${f}`)} />
            </select>
          )}
        </Field>
        <StartTimeFields
          value={draft.when}
          zones={options.data?.zones ?? []}
          onChange={(v) => set('when', v)}
          errorAt={err}
        />
        <Field label={t('dialogue.field.status')} error={err('status')} path="status">
          {(p) => (
            <select {...p} value={draft.status} onChange={(e) => set('status', e.target.value as Draft['status'])}>
              <EnumOptions values={DialogueStatusValues} name={(s) => t(`status.${s}`)} />
            </select>
          )}
        </Field>
        <Field label={t('dialogue.field.confidentiality')} error={err('confidentiality')} path="confidentiality">
          {(p) => (
            <select
              {...p}
              value={draft.confidentiality}
              onChange={(e) => set('confidentiality', e.target.value as Draft['confidentiality'])}
            >
              <EnumOptions values={ConfidentialityValues} name={(c) => t(`confidentiality.${c}`)} />
            </select>
          )}
        </Field>
        <Field label={t('dialogue.field.media')} error={err('media')} path="media">
          {(p) => (
            <select
              {...p}
              value={draft.media.kind}
              onChange={(e) =>
                set('media', e.target.value === 'external' ? { kind: 'external', url: '' } : { kind: 'built_in' })
              }
            >
              <option value="built_in">{t('dialogue.field.mediaBuiltIn')}</option>
              <option value="external">{t('dialogue.field.mediaExternal')}</option>
            </select>
          )}
        </Field>
        {draft.media.kind === 'external' && (
          <Field label={t('dialogue.field.conferenceUrl')} error={err('media.url')} path="media.url">
            {(p) => (
              <input
                {...p}
                type="url"
                value={draft.media.kind === 'external' ? draft.media.url : ''}
                onChange={(e) => set('media', { kind: 'external', url: e.target.value })}
              />
            )}
          </Field>
        )}
      </div>
      <CheckList
        legend={t('dialogue.field.languages')}
        value={draft.languages}
        onChange={(v) => set('languages', v)}
        error={err('languages')}
        path="languages"
        options={CONTENT_LANGUAGES.map((l) => ({
          value: l,
          label: nativeLanguageName(l),
        }))}
      />
      <CheckList
        legend={t('dialogue.field.conveners')}
        value={draft.convenerIds}
        onChange={(v) => set('convenerIds', v)}
        error={err('convenerIds')}
        path="convenerIds"
        options={(options.data?.orgs ?? []).map((o) => ({
          value: o.id,
          label: <ContentText value={o.names.at(-1)?.name} />,
        }))}
      />
      <CheckList
        legend={t('dialogue.field.references')}
        value={draft.referenceDocumentIds}
        onChange={(v) => set('referenceDocumentIds', v)}
        error={err('referenceDocumentIds')}
        path="referenceDocumentIds"
        options={(options.data?.docs ?? []).map((d) => ({
          value: d.id,
          label: d.symbol ?? <ContentText value={d.title} />,
        }))}
      />
    </EditForm>
  );
}
