import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { MultiText, useText } from '../components/multi-text.tsx';
import { ErrorNote, Loading } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ChatPanel } from '../features/live/chat-panel.tsx';
import { ControlBar } from '../features/live/control-bar.tsx';
import { FloorBanner } from '../features/live/floor-banner.tsx';
import { FloorPanel } from '../features/live/floor-panel.tsx';
import type { LiveConnection } from '../features/live/live-connection.ts';
import { useMedia } from '../features/live/media/use-media.ts';
import { PresencePanel } from '../features/live/presence-panel.tsx';
import { RecordPanel } from '../features/live/record-panel.tsx';
import { PANELS, RoomTabs, SidePanel, useNarrow, type PanelKey } from '../features/live/room-panels.tsx';
import { roomNames, type RoomNames } from '../features/live/room-names.ts';
import { Stage, type StageView } from '../features/live/stage.tsx';
import { useLiveRoom } from '../features/live/use-live-room.ts';

/**
 * Where a dialogue is held, as a meeting room filling the window: the stage (who has the floor,
 * large, and everyone's picture), the side panels (the speakers' list, the record, the chat, who is
 * here) that fold away or, on a phone, become tabs, and the bar of controls along the foot.
 */
export function LiveRoomPage({ id }: { id: string }) {
  const { t } = useI18n();
  const text = useText();
  const conn = useLiveRoom(id);
  if (conn.status === 'refused') return <ErrorNote>{t('live.refusedRoom')}</ErrorNote>;
  const view = conn.view;
  if (!view) return <Loading label={t('live.connecting')} />;
  return <Room conn={conn} names={roomNames(view, text)} />;
}

function Room({ conn, names }: { conn: LiveConnection; names: RoomNames }) {
  const { t } = useI18n();
  const text = useText();
  const narrow = useNarrow();
  const media = useMedia(conn, names);
  const [mode, setMode] = useState<StageView>('speaker');
  const [open, setOpen] = useState<Record<PanelKey, boolean>>({ floor: true, record: true, chat: true, people: true });
  const [sideShown, setSideShown] = useState(true);
  const [tab, setTab] = useState<'stage' | PanelKey>('stage');
  const root = useRef<HTMLDivElement>(null);
  const view = conn.view!;
  const item = view.record.agenda.find((a) => a.id === view.room.floor.agendaItemId);

  // The room fills the window below the site's header: its height is what is left of the viewport.
  useLayoutEffect(() => {
    const fit = () => {
      const top = root.current ? root.current.getBoundingClientRect().top + window.scrollY : 0;
      root.current?.style.setProperty('--room-top', `${Math.round(top)}px`);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);

  const panel = (k: PanelKey): ReactNode => {
    switch (k) {
      case 'floor':
        return <FloorPanel conn={conn} names={names} />;
      case 'record':
        return <RecordPanel conn={conn} names={names} />;
      case 'chat':
        return <ChatPanel conn={conn} />;
      case 'people':
        return <PresencePanel conn={conn} names={names} />;
    }
  };
  const stage = <Stage conn={conn} names={names} media={media} mode={mode} />;

  return (
    <div className={`live-room${narrow ? ' room-narrow' : ''}`} ref={root}>
      <header className="room-head">
        <div className="room-title">
          <h1>
            <MultiText value={view.record.dialogue.title} />
          </h1>
          <p className="room-agenda" data-testid="agenda-item">
            {item ? t('room.agendaNow', { position: item.position, title: text(item.title) }) : t('room.noAgendaItem')}
          </p>
        </div>
        <p className="room-links">
          <span className={`badge live-status-${conn.status}`} role="status" data-testid="live-status">
            {t(`live.status.${conn.status}`)}
          </span>
          <a href={`/dialogues/${view.dialogueId}/live/projector`} target="_blank" rel="noreferrer">
            {t('room.projector')}
            <span className="visually-hidden"> ({t('room.projectorOpens')})</span>
          </a>
          <Link href={`/dialogues/${view.dialogueId}`}>{t('live.backToRecord')}</Link>
        </p>
      </header>
      {narrow ? (
        <div className="room-body">
          <FloorBanner conn={conn} names={names} />
          <RoomTabs
            active={tab}
            choose={setTab}
            counts={{ floor: view.room.floor.queue.length, people: view.room.presence.length }}
          />
          <div id="room-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="room-tabpanel">
            {tab === 'stage' ? stage : panel(tab)}
          </div>
        </div>
      ) : (
        <div className={`room-body${sideShown ? '' : ' side-hidden'}`}>
          <div className="room-main">
            <FloorBanner conn={conn} names={names} />
            {stage}
          </div>
          {sideShown && (
            <aside className="room-side" aria-label={t('room.panels')}>
              {PANELS.map((k) => (
                <SidePanel key={k} id={k} open={open[k]} toggle={() => setOpen({ ...open, [k]: !open[k] })}>
                  {panel(k)}
                </SidePanel>
              ))}
            </aside>
          )}
        </div>
      )}
      <ControlBar
        conn={conn}
        media={media}
        mode={mode}
        setMode={setMode}
        side={narrow ? null : { shown: sideShown, toggle: () => setSideShown(!sideShown) }}
        narrow={narrow}
      />
    </div>
  );
}
