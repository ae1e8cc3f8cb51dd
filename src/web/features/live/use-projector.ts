import { useEffect, useState } from 'react';
import type { ProjectorView } from '../../../shared/live/projector.ts';
import { api, ApiError } from '../../api/client.ts';

export type ProjectorState =
  | { status: 'loading' }
  | { status: 'refused' }
  | { status: 'shown'; view: ProjectorView; offsetMs: number; offline: boolean };

/**
 * The hall's screen asks for the floor every second. A refusal (not signed in, or not an insider)
 * stops it; a dropped connection keeps the last view and says so until it is back.
 */
export function useProjector(dialogueId: string, everyMs = 1_000): ProjectorState {
  const [state, setState] = useState<ProjectorState>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const sent = Date.now();
      try {
        const view = await api.live.projector(dialogueId);
        const rtt = Date.now() - sent;
        if (stopped) return;
        // The countdown runs on the server's clock: its time, less half the round trip, against ours.
        setState({ status: 'shown', view, offsetMs: Date.parse(view.serverTime) - (sent + rtt / 2), offline: false });
      } catch (err) {
        if (stopped) return;
        if (err instanceof ApiError && [401, 403, 404].includes(err.status)) return setState({ status: 'refused' });
        setState((s) => (s.status === 'shown' ? { ...s, offline: true } : s));
      }
      timer = setTimeout(() => void read(), everyMs);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [dialogueId, everyMs]);
  return state;
}
