import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads once per change of `key`; a late answer to an earlier key is dropped. With `initial` (an
 * answer already in, src/web/early-reads.ts), the first render shows it and the first load is skipped.
 */
export function useAsync<T>(load: () => Promise<T>, key: string, initial?: () => T | undefined): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>(() => {
    const data = initial?.();
    return { data, loading: data === undefined };
  });
  const skip = useRef(state.data !== undefined);
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (skip.current) {
      skip.current = false;
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
