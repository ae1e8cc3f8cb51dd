import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLanguageName } from '../../components/language-name.ts';
import type { LiveConnection } from './live-connection.ts';
import type { MediaState } from './media/use-media.ts';
import { Tile } from './media/tile.tsx';
import type { RoomNames } from './room-names.ts';
import { useActor } from './use-actor.ts';
import { ErrorNote } from '../../components/status.tsx';

export type StageView = 'speaker' | 'gallery';

interface ShownTile {
  key: string;
  stream: MediaStream;
  label: string;
  self: boolean;
  speaking: boolean;
  showVideo: boolean;
  volume: number;
  participantId: string | null;
  interpreter: boolean;
}

/**
 * The stage: everyone's picture. In speaker view the floor holder fills it (else the chair, else the
 * first to join) and the others run along a strip; in gallery view all are the same size. Before
 * this page joins the audio and video, the stage offers to join.
 */
export function Stage({
  conn,
  names,
  media,
  mode,
}: {
  conn: LiveConnection;
  names: RoomNames;
  media: MediaState;
  mode: StageView;
}) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const { run, error } = useActor();
  const view = conn.view!;
  const { floor } = view.room;
  const me = view.you;

  if (media.external) {
    return (
      <section className="stage stage-empty" aria-label={t('room.panel.stage')}>
        <a className="button-primary" href={media.external} target="_blank" rel="noreferrer">
          {t('dialogue.join')}
        </a>
      </section>
    );
  }

  const others = view.room.media.filter((p) => p.connectionId !== me.connectionId);
  if (!media.local) {
    return (
      <section className="stage stage-empty" aria-label={t('room.panel.stage')}>
        <p>{t('room.notJoined')}</p>
        <p className="muted">{t('room.inMedia', { count: view.room.media.length })}</p>
        <div className="live-controls">
          {media.isInterpreter && (
            <label>
              {t('live.interpretInto')}{' '}
              <select value={media.interpretInto} onChange={(e) => media.setInterpretInto(e.target.value)}>
                <option value="">{t('live.notInterpreting')}</option>
                {view.record.dialogue.languages.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button className="button-primary" type="button" onClick={() => void run(() => media.join(true))}>
            {t('live.joinVideo')}
          </button>
          <button className="button-secondary" type="button" onClick={() => void run(() => media.join(false))}>
            {t('live.joinAudio')}
          </button>
        </div>
        {error && <ErrorNote>{error}</ErrorNote>}
        {media.mediaError && <ErrorNote>{t('live.mediaFailed', { message: media.mediaError })}</ErrorNote>}
      </section>
    );
  }

  const speakingId = floor.current?.participantId ?? null;
  const tiles: ShownTile[] = [
    {
      key: 'self',
      stream: media.local.stream,
      label: t('live.you'),
      self: true,
      speaking: media.holdsFloor,
      showVideo: !media.audioOnly,
      volume: 0,
      participantId: me.participantId,
      interpreter: false,
    },
  ];
  for (const p of others) {
    const stream = media.local.mesh.remote.get(p.connectionId);
    if (!stream) continue;
    tiles.push({
      key: p.connectionId,
      stream,
      label: p.interpretingInto
        ? t('live.interpreterTile', { lang: languageName(p.interpretingInto) })
        : names.label(p.participantId, t('live.secretariat'), p.userId),
      self: false,
      speaking: p.participantId !== null && p.participantId === speakingId,
      showVideo: !media.audioOnly && !p.interpretingInto,
      volume: media.volumeOf(p.interpretingInto),
      participantId: p.participantId,
      interpreter: p.interpretingInto !== null,
    });
  }
  // Interpreters are heard, not seen: their tiles keep to the strip.
  const seen = tiles.filter((x) => !x.interpreter);
  const featured =
    seen.find((x) => x.speaking) ??
    seen.find((x) => !x.self && names.isChair(x.participantId)) ??
    seen.find((x) => !x.self) ??
    seen[0]!;
  const tile = (x: ShownTile, extra = '') => (
    <Tile
      key={x.key}
      stream={x.stream}
      label={x.label}
      self={x.self}
      speaking={x.speaking}
      showVideo={x.showVideo}
      volume={x.volume}
      className={extra}
    />
  );
  return (
    <section className={`stage stage-${mode}`} aria-label={t('room.panel.stage')}>
      {mode === 'speaker' ? (
        <>
          <div className="stage-featured">{tile(featured, 'featured')}</div>
          {tiles.length > 1 && (
            <div className="stage-strip">{tiles.filter((x) => x !== featured).map((x) => tile(x))}</div>
          )}
        </>
      ) : (
        <div className="stage-gallery">{tiles.map((x) => tile(x))}</div>
      )}
      {media.muted && (
        <p className="stage-note" role="status">
          {t('live.youAreMuted')}
        </p>
      )}
      {media.mediaError && <ErrorNote>{t('live.mediaFailed', { message: media.mediaError })}</ErrorNote>}
    </section>
  );
}
