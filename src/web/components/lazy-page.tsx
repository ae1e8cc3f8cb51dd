import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Loading } from './status.tsx';

const RELOADED = 'ed.chunkReload';

/**
 * A page, or a part of one, whose code loads when it is first shown. A chunk that is gone (the server
 * was upgraded while this tab stayed open) reloads the page once, so the reader gets the new build,
 * not a blank. While it loads, "Loading…" in the reader's language.
 */
export function lazyPage<M extends Record<K, ComponentType<never>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] {
  const Part = lazy(async () => {
    try {
      const module = await load();
      sessionStorage.removeItem(RELOADED);
      return { default: module[name] as ComponentType<object> };
    } catch (err) {
      if (!sessionStorage.getItem(RELOADED)) {
        sessionStorage.setItem(RELOADED, '1');
        location.reload();
      }
      throw err;
    }
  });
  function Loaded(props: object) {
    const { t } = useI18n();
    return (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <Part {...props} />
      </Suspense>
    );
  }
  Loaded.displayName = `Lazy(${name})`;
  // Loaded renders M[K] with the props it is given; TypeScript cannot relate a wrapper to a component type parameter.
  return Loaded as unknown as M[K];
}
