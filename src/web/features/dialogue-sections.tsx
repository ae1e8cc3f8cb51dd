import { useEffect } from 'react';
import { DIALOGUE_SECTIONS } from '../../shared/dialogue-heading.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * The dialogue page's sections as a bar of links that stays in view: each is deep-linkable by its hash
 * (`/dialogues/…#agenda`), and on a phone the bar scrolls sideways inside itself, never the page.
 */
export function DialogueSections({ present }: { present: readonly string[] }) {
  const { t } = useI18n();
  // The page renders after its data arrives, so the browser's own jump to the hash came too early.
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return (
    <nav className="section-nav" aria-label={t('dialogue.sections')}>
      <ul>
        {DIALOGUE_SECTIONS.filter(([id]) => present.includes(id)).map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
