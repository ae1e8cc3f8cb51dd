import { useEffect, useRef, useState } from 'react';
import type { ClearanceCreate, ClearanceView } from '../../../shared/contracts/clearance.ts';
import type { DialogueRecord } from '../../../shared/contracts/dialogue-record.ts';
import type { MultiText } from '../../../shared/multilingual.ts';
import { api } from '../../api/client.ts';
import { CheckList, EditForm, Field, useErrorAt, useSubmission } from '../../components/form.tsx';
import { useLanguageName } from '../../components/language-name.ts';
import { useText } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CandidateLegend, MarkedText } from './marked-text.tsx';
import { zonedText } from '../../components/zone-times.tsx';

/** The language versions of a text: the original first, then the others as they come. */
export const versionsOf = (text: MultiText): string[] => [
  text.original,
  ...Object.keys(text.texts).filter((l) => l !== text.original),
];

const sameText = (a: MultiText, b: MultiText): boolean => {
  const langs = Object.keys(a.texts);
  return (
    a.original === b.original &&
    langs.length === Object.keys(b.texts).length &&
    langs.every((l) => a.texts[l]?.text === b.texts[l]?.text)
  );
};

/** "Statement" or "Outcome", and where in the agenda it was said. */
export function useRecordLabel(record: DialogueRecord): (view: ClearanceView) => { kind: string; item: string } {
  const { t } = useI18n();
  const text = useText();
  const agenda = new Map(record.agenda.map((a) => [a.id, a]));
  return (view) => {
    const a = view.agendaItemId ? agenda.get(view.agendaItemId) : undefined;
    return {
      kind: t(`clearance.kind.${view.kind}`),
      item: a ? `${a.position}. ${text(a.title)}` : t('dialogue.general'),
    };
  };
}

/**
 * Clears one text said under the Rule: its language versions with what may identify someone marked,
 * the suggested redaction, an editor, the versions to release. A stale version (409) keeps what was
 * typed and offers to reload, as the record's editors do.
 */
export function ClearancePanel({
  record,
  view: initial,
  onCleared,
  next,
}: {
  record: DialogueRecord;
  view: ClearanceView;
  onCleared(view: ClearanceView): void;
  /** Opens the next text that waits, when there is one. */
  next?: () => void;
}) {
  const { t, lang, zone } = useI18n();
  const text = useText();
  const languageName = useLanguageName();
  const label = useRecordLabel(record);
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [view, setView] = useState(initial);
  /** The text as the clearer edits it; null while they clear the saved text as it is. */
  const [draft, setDraft] = useState<MultiText | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [languages, setLanguages] = useState<string[]>(() => initial.cleared?.languages ?? versionsOf(initial.text));
  const [done, setDone] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const [focusEditor, setFocusEditor] = useState(false);
  // Opening a text moves the reader to it: on a phone the panel is below the list.
  useEffect(() => heading.current?.focus(), []);
  // Accepting the suggestion or choosing to edit takes the keyboard to the editor.
  useEffect(() => {
    if (!focusEditor) return;
    editor.current?.focus();
    setFocusEditor(false);
  }, [focusEditor]);

  const versions = versionsOf(view.text);
  const changed = draft !== null && !sameText(draft, view.text);
  const hasSuggestion = !sameText(view.suggestion, view.text);
  const { kind, item } = label(view);
  const statement = view.kind === 'statement' ? record.statements.find((s) => s.id === view.id) : undefined;
  const speaker =
    statement?.speaker.kind === 'participant'
      ? (() => {
          const id = statement.speaker.participantId;
          return text(record.participants.find((p) => p.id === id)?.person.name);
        })()
      : '';
  const names = (langs: string[]) => langs.map(languageName).join(', ');

  const setVersion = (l: string, value: string) =>
    setDraft((d) => {
      const base = d ?? view.text;
      return { ...base, texts: { ...base.texts, [l]: { checked: base.texts[l]?.checked ?? false, text: value } } };
    });

  const reload = () =>
    void api
      .of(view.dialogueId)
      .clearances.get(view.kind, view.id)
      .then((latest) => {
        // What the clearer typed stays, to be cleared on top of the latest version; an untouched
        // editor follows the latest text, so saving cannot put the older words back.
        if (!changed) setDraft(null);
        setView(latest);
        setReloaded(true);
        submission.clear();
      });

  const clear = async () => {
    setDone(false);
    const body: ClearanceCreate = {
      version: view.version,
      languages: versions.filter((l) => languages.includes(l)),
      ...(changed ? { text: draft } : {}),
    };
    const cleared = await api.of(view.dialogueId).clearances.clear(view.kind, view.id, body);
    setView(cleared);
    setDraft(null);
    setAccepted(false);
    setReloaded(false);
    setDone(true);
    onCleared(cleared);
  };

  return (
    <section className="clearance-panel" aria-labelledby="clearance-panel-title">
      <h2 id="clearance-panel-title" ref={heading} tabIndex={-1}>
        {kind} · {item}
      </h2>
      <p className="tags">
        <span className={view.cleared ? 'badge badge-ok' : 'badge badge-warn'}>
          {t(view.cleared ? 'clearance.state.cleared' : 'clearance.state.pending')}
        </span>
      </p>
      {speaker && <p className="muted">{t('clearance.speaker', { name: speaker })}</p>}
      {view.cleared && !done && (
        <p className="muted">
          {t('clearance.clearedOn', {
            date: zonedText(t, view.cleared.clearedAt, zone, lang),
            languages: names(view.cleared.languages),
          })}
        </p>
      )}

      <p>{t('clearance.candidateCount', { count: view.candidates.length })}</p>
      {view.candidates.length > 0 && <CandidateLegend />}
      <div className="clearance-versions">
        {versions.map((l) => (
          <div key={l} className="clearance-version">
            <h3>
              {languageName(l)}
              {l === view.text.original && <span className="badge">{t('clearance.original')}</span>}
            </h3>
            <MarkedText
              text={view.text.texts[l]?.text ?? ''}
              lang={l}
              candidates={view.candidates.filter((c) => c.lang === l)}
            />
            {view.suggestion.texts[l] && view.suggestion.texts[l].text !== view.text.texts[l]?.text && (
              <p className="suggestion">
                <span className="muted">{t('clearance.suggested')}: </span>
                <span lang={l}>{view.suggestion.texts[l].text}</span>
              </p>
            )}
          </div>
        ))}
      </div>
      {view.cleared && (
        <div className="clearance-released">
          <h3>{t('clearance.outsidersRead')}</h3>
          {view.cleared.languages.map((l) => (
            <p key={l} lang={l} data-released={l}>
              <span className="muted">{languageName(l)}: </span>
              {view.cleared!.text.texts[l]?.text}
            </p>
          ))}
          <p className="muted">{t('clearance.asSaid')}</p>
        </div>
      )}

      {/* Its confirmation is the note below, with the way to the next text. */}
      <div className="clearance-form">
        <EditForm
          label={t('clearance.clear')}
          submission={submission}
          submitLabel={t('clearance.clear')}
          busyLabel={t('clearance.clearing')}
          confirmation={false}
          onCancel={false}
          onSubmit={clear}
          onReload={reload}
          reloaded={reloaded}
          labels={{
            languages: t('clearance.languages'),
            ...Object.fromEntries(
              versions.map((l) => [`text.texts.${l}`, t('clearance.editLabel', { lang: languageName(l) })]),
            ),
          }}
        >
          <div className="actions wrap">
            <button
              type="button"
              className="button-secondary"
              disabled={!hasSuggestion || submission.busy}
              onClick={() => {
                setDraft(view.suggestion);
                setAccepted(true);
                setDone(false);
                setFocusEditor(true);
              }}
            >
              {t('clearance.accept')}
            </button>
            {draft === null ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setDraft(view.text);
                  setFocusEditor(true);
                }}
              >
                {t('clearance.edit')}
              </button>
            ) : (
              <button
                type="button"
                className="button-quiet"
                onClick={() => {
                  setDraft(null);
                  setAccepted(false);
                }}
              >
                {t('clearance.discard')}
              </button>
            )}
          </div>
          {accepted && draft && (
            <p className="note" role="status">
              {t('clearance.accepted')}
            </p>
          )}
          {draft &&
            versionsOf(draft).map((l, i) => (
              <Field
                key={l}
                label={t('clearance.editLabel', { lang: languageName(l) })}
                error={errorAt(`text.texts.${l}.text`)}
                path={`text.texts.${l}`}
              >
                {(p) => (
                  <textarea
                    {...p}
                    ref={i === 0 ? editor : undefined}
                    lang={l}
                    rows={5}
                    value={draft.texts[l]?.text ?? ''}
                    onChange={(e) => setVersion(l, e.target.value)}
                  />
                )}
              </Field>
            ))}
          {changed && <p className="muted">{t('clearance.willSave')}</p>}
          <CheckList
            legend={t('clearance.languages')}
            value={languages}
            onChange={setLanguages}
            error={errorAt('languages')}
            path="languages"
            options={versions.map((l) => ({
              value: l,
              label: l === view.text.original ? `${languageName(l)} (${t('clearance.original')})` : languageName(l),
            }))}
          />
        </EditForm>
      </div>

      {done && view.cleared && (
        <div className="note note-ok" role="status">
          <p>{t('clearance.done', { languages: names(view.cleared.languages) })}</p>
          {next && (
            <button type="button" className="button-secondary" onClick={next}>
              {t('clearance.next')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
