import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

interface Head {
  title?: string;
  description?: string;
}

/** The heads pages ask for, the innermost last; with none, the product's own name and description. */
const asked: Head[] = [];
let fallback = { name: '', description: '' };

function apply(): void {
  const head = asked[asked.length - 1];
  document.title = head?.title ? `${head.title} — ${fallback.name}` : fallback.name;
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = head?.description || fallback.description;
}

/** The chrome's part: the product's name and description in the reader's language. */
export function useProductHead(): void {
  const { t } = useI18n();
  useEffect(() => {
    fallback = { name: t('app.name'), description: t('chrome.description') };
    apply();
  }, [t]);
}

/** A page's title and description in the document's head (what a search engine or a shared link shows). */
export function usePageHead(title: string | undefined, description?: string): void {
  useEffect(() => {
    const head = { title, description };
    asked.push(head);
    apply();
    return () => {
      asked.splice(asked.indexOf(head), 1);
      apply();
    };
  }, [title, description]);
}
