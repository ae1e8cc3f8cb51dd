import { useState } from 'react';
import { formatDateTime } from '../../../shared/i18n/locale-format.ts';
import { LIVE_LIMITS } from '../../../shared/live/room.ts';
import { useText } from '../../components/multi-text.tsx';
import { zoneLabel } from '../../../shared/i18n/zone-label.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LiveConnection } from './live-connection.ts';
import { useActor } from './use-actor.ts';
import { ErrorNote } from '../../components/status.tsx';

/** The room's chat: participants write, moderators remove. */
export function ChatPanel({ conn }: { conn: LiveConnection }) {
  const { t, lang, zone } = useI18n();
  const text = useText();
  const { run, error } = useActor();
  const [draft, setDraft] = useState('');
  const view = conn.view!;
  const send = async () => {
    if (draft.trim() && (await run(() => conn.act({ type: 'chat.post', text: draft })))) setDraft('');
  };
  return (
    <div className="live-chat">
      <p className="muted chat-zone">{t('room.chatTimes', { zone: zoneLabel(t, zone) })}</p>
      <ol className="chat-log" aria-live="polite" aria-label={t('live.chatLog')}>
        {view.room.chat.map((m) => (
          <li key={m.id}>
            <div className="chat-meta">
              <strong>{m.name ? text(m.name) : t('live.secretariat')}</strong>{' '}
              <time className="muted" dateTime={m.at}>
                {formatDateTime(m.at, zone, lang, { dateStyle: undefined, hourCycle: 'h23' })}
              </time>
              {view.you.canModerate && (
                <button
                  type="button"
                  className="button-quiet chat-delete"
                  aria-label={t('live.deleteMessage')}
                  onClick={() => void run(() => conn.act({ type: 'chat.delete', messageId: m.id }))}
                >
                  ×
                </button>
              )}
            </div>
            <p className="chat-text">{m.text}</p>
          </li>
        ))}
      </ol>
      {view.you.canAct && (
        <form
          className="chat-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <label htmlFor="chat-draft" className="visually-hidden">
            {t('live.message')}
          </label>
          <input
            id="chat-draft"
            value={draft}
            maxLength={LIVE_LIMITS.chatChars}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('live.message')}
          />
          <button className="button-primary" type="submit">
            {t('live.send')}
          </button>
        </form>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
