import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

export type PanelKey = 'floor' | 'record' | 'chat' | 'people';
export const PANELS: PanelKey[] = ['floor', 'record', 'chat', 'people'];

/** Whether the window is narrow (a phone): the room's panels become tabs. */
export function useNarrow(query = '(max-width: 56rem)'): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const changed = () => setNarrow(list.matches);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  return narrow;
}

/** One side panel on a wide screen: its heading is the button that folds it away. */
export function SidePanel({
  id,
  open,
  toggle,
  children,
}: {
  id: PanelKey;
  open: boolean;
  toggle: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className={`room-panel${open ? '' : ' folded'}`} aria-labelledby={`panel-${id}-title`}>
      <h2 id={`panel-${id}-title`}>
        <button
          type="button"
          className="button-quiet panel-toggle"
          aria-expanded={open}
          aria-controls={`panel-${id}`}
          onClick={toggle}
        >
          {t(`room.panel.${id}`)}
          <span className="panel-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
        </button>
      </h2>
      <div id={`panel-${id}`} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}

/** On a phone: the stage and each panel are tabs, one shown at a time. */
export function RoomTabs({
  active,
  choose,
  counts,
}: {
  active: 'stage' | PanelKey;
  choose: (k: 'stage' | PanelKey) => void;
  counts: Partial<Record<PanelKey, number>>;
}) {
  const { t } = useI18n();
  const keys: ('stage' | PanelKey)[] = ['stage', ...PANELS];
  return (
    <div className="room-tabs" role="tablist" aria-label={t('room.panels')}>
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`tab-${k}`}
          aria-selected={active === k}
          aria-controls="room-tabpanel"
          className="button-quiet room-tab"
          onClick={() => choose(k)}
        >
          {t(`room.panel.${k}`)}
          {k !== 'stage' && counts[k] ? <span className="tab-count">{counts[k]}</span> : null}
        </button>
      ))}
    </div>
  );
}
