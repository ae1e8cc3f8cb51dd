import { Link } from 'wouter';
import type { ProjectedSpeaker } from '../../shared/live/projector.ts';
import { MultiText, useText } from '../components/multi-text.tsx';
import { Loading } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { clock } from '../features/live/floor-banner.tsx';
import { useTicker } from '../features/live/use-live-room.ts';
import { useProjector } from '../features/live/use-projector.ts';
import { useSession } from '../session.tsx';

/**
 * The projector in the hall of a hybrid meeting: the agenda item, who has the floor and the time
 * left, and the next three on the speakers' list, in type readable from the back of the room. No
 * controls and no chrome; the dialogue's insiders only (the policy's `live.project`).
 */
export function LiveProjectorPage({ id }: { id: string }) {
  const { t } = useI18n();
  const text = useText();
  const { user } = useSession();
  const state = useProjector(id);
  useTicker(250);
  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'refused')
    return (
      <div className="projector projector-refused">
        <p role="alert">{t('room.projectorRefused')}</p>
        {!user && (
          <p>
            <Link href="/sign-in" className="button-primary">
              {t('auth.signIn')}
            </Link>
          </p>
        )}
      </div>
    );
  const { view, offsetMs, offline } = state;
  const current = view.current;
  const left = current
    ? Math.ceil((Date.parse(current.grantedAt) + current.timeLimitSeconds * 1000 - (Date.now() + offsetMs)) / 1000)
    : null;
  const who = (s: ProjectedSpeaker) => (
    <>
      <span className="projector-name">{text(s.name)}</span>
      {s.organization && <span className="projector-org">{text(s.organization)}</span>}
    </>
  );
  return (
    <div className="projector">
      <header className="projector-head">
        <h1>
          <MultiText value={view.title} />
        </h1>
        <p className="projector-agenda" data-testid="projector-agenda">
          {view.agendaItem
            ? t('room.agendaNow', { position: view.agendaItem.position, title: text(view.agendaItem.title) })
            : t('room.noAgendaItem')}
        </p>
      </header>
      <section className="projector-floor" aria-label={t('room.hasFloor')} data-testid="projector-current">
        {current ? (
          <>
            <p className="projector-label">
              {t('room.hasFloor')} · {t(`live.kind.${current.kind}`)}
            </p>
            <p className="projector-speaker">{who(current)}</p>
            <p
              className={`projector-countdown${left !== null && left < 0 ? ' over' : ''}`}
              role="timer"
              aria-label={left !== null && left < 0 ? t('room.overTime') : t('room.timeLeft')}
              data-testid="projector-countdown"
            >
              {left === null ? '' : clock(left)}
            </p>
          </>
        ) : (
          <p className="projector-speaker projector-nobody">{t('live.nobodySpeaking')}</p>
        )}
      </section>
      <section className="projector-next" aria-labelledby="projector-next-title">
        <h2 id="projector-next-title">{t('room.next')}</h2>
        {view.next.length === 0 ? (
          <p className="projector-empty">{t('room.nobodyWaiting')}</p>
        ) : (
          <ol data-testid="projector-next">
            {view.next.map((s, i) => (
              <li key={i}>
                {who(s)}
                {s.kind !== 'statement' && <span className="projector-kind">{t(`live.kind.${s.kind}`)}</span>}
              </li>
            ))}
          </ol>
        )}
        {view.waiting > view.next.length && (
          <p className="projector-more">{t('room.nextMore', { count: view.waiting - view.next.length })}</p>
        )}
        {!view.open && <p className="projector-closed">{t('room.listClosed')}</p>}
      </section>
      {offline && (
        <p className="projector-offline" role="status">
          {t('room.projectorOffline')}
        </p>
      )}
    </div>
  );
}
