import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LiveError } from './live-connection.ts';

/**
 * Like useActor, and says a closed speakers' list in the reader's language: the refusal a
 * participant meets when the chair closes the list between their look and their click.
 */
export function useFloorActor() {
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
