import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Loading } from './status.tsx';

/**
 * A page whose code loads when it is first opened. A chunk that is gone (the server was upgraded
 * while this tab stayed open) reloads the page once, so the reader gets the new build, not a blank.
 */
export function lazyPage<M extends Record<K, ComponentType<never>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] {
  const Page = lazy(async () => {
    try {
      const module = await load();
      sessionStorage.removeItem('ed.chunkReload');
      return { default: module[name] };
    } catch (err) {
      if (!sessionStorage.getItem('ed.chunkReload')) {
        sessionStorage.setItem('ed.chunkReload', '1');
        location.reload();
      }
      throw err;
    }
  });
  function Loaded(props: object) {
    const { t } = useI18n();
    const Inner = Page as unknown as ComponentType<object>;
    return (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <Inner {...props} />
      </Suspense>
    );
  }
  return Loaded as unknown as M[K];
}
