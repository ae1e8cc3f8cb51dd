import { useEffect, useReducer, useState } from 'react';
import { LiveConnection } from './live-connection.ts';

/** Opens the room's live connection for as long as the page shows it; re-renders on every change. */
export function useLiveRoom(dialogueId: string): LiveConnection {
  const [conn] = useState(() => new LiveConnection(dialogueId));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const off = conn.subscribe(rerender);
    conn.start();
    return () => {
      off();
      conn.stop();
    };
  }, [conn]);
  return conn;
}

/** Re-renders every `ms`, for countdowns and running totals. */
export function useTicker(ms: number): void {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  }, [ms]);
}
