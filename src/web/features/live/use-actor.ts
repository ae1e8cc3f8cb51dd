import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LiveError } from './live-connection.ts';

/** Runs a room action and keeps its refusal, said in the reader's language, for an alert. */
export function useActor() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await action();
        return true;
      } catch (err) {
        const code = err instanceof LiveError ? err.code : 'internal';
        // A closed speakers' list is the refusal a participant meets when the chair closes it between look and click.
        setError(
          code === 'floor_closed'
            ? t('room.floorClosedError')
            : t('live.refused', { code, message: err instanceof Error ? err.message : '' }),
        );
        return false;
      }
    },
    [t],
  );
  return { run, error };
}
