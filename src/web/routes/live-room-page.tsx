import { Link } from 'wouter';
import { MultiText, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ChatPanel } from '../features/live/chat-panel.tsx';
import { FloorPanel } from '../features/live/floor-panel.tsx';
import { MediaPanel } from '../features/live/media/media-panel.tsx';
import { PresencePanel } from '../features/live/presence-panel.tsx';
import { RecordPanel } from '../features/live/record-panel.tsx';
import { roomNames } from '../features/live/room-names.ts';
import { SpeakingTime } from '../features/live/speaking-time.tsx';
import { useLiveRoom } from '../features/live/use-live-room.ts';

/** Where a dialogue is held: audio and video, the floor, the record as it is made, chat and presence. */
export function LiveRoomPage({ id }: { id: string }) {
  const { t } = useI18n();
  const text = useText();
  const conn = useLiveRoom(id);
  if (conn.status === 'refused') return <ErrorNote>{t('live.refusedRoom')}</ErrorNote>;
  const view = conn.view;
  if (!view) return <Loading label={t('live.connecting')} />;
  const names = roomNames(view, text);
  return (
    <div className="live-room">
      <header className="live-header">
        <h1>
          <MultiText value={view.record.dialogue.title} />
        </h1>
        <p>
          <span className={`badge live-status-${conn.status}`} role="status" data-testid="live-status">
            {t(`live.status.${conn.status}`)}
          </span>{' '}
          <Link href={`/dialogues/${id}`}>{t('live.backToRecord')}</Link>
        </p>
      </header>
      <div className="live-grid">
        <MediaPanel conn={conn} names={names} />
        <FloorPanel conn={conn} names={names} />
        <RecordPanel conn={conn} names={names} />
        <ChatPanel conn={conn} />
        <PresencePanel conn={conn} names={names} />
        <SpeakingTime conn={conn} names={names} />
      </div>
    </div>
  );
}
