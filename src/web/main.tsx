import { loadCatalog } from './i18n/catalog.ts';
import { initialLanguage } from './i18n/reader-language.ts';
import { startEarlyReads } from './early-reads.ts';
import './styles.css';

// The entry stays small, so the reader's catalog and the reads start as soon as it arrives, while React
// and the pages (start.tsx, which index.html preloads) download beside them. The catalog is
// asked for first: a static file the server sends at once, not queued behind the record it builds.
const catalog = loadCatalog(initialLanguage());
const reads = new Promise((resolve) => setTimeout(() => resolve(startEarlyReads(location.pathname)), 0));
const aWhile = new Promise((resolve) => setTimeout(resolve, 2000));
// The reader's catalog first, so every component translates synchronously from the first render.
void Promise.all([import('./start.tsx'), catalog, Promise.race([reads, aWhile])]).then(([app, messages]) =>
  app.start(messages),
);
