import { loadCatalog } from './i18n/catalog.ts';
import { initialLanguage } from './i18n/reader-language.ts';
import { startEarlyReads } from './early-reads.ts';
import './styles.css';

// The entry stays small, so the first reads and the reader's catalog start as soon as it arrives, while
// React and the pages (start.tsx, which index.html preloads) download beside them. The reads go first:
// the record takes the server longest, and the first render waits for it.
const reads = startEarlyReads(location.pathname);
const catalog = loadCatalog(initialLanguage());
// The script runs as soon as it arrives (async, scripts/preload-app.ts): the page may not be all read yet.
const parsed = new Promise((resolve) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve) : resolve(null),
);
// A page the server sent with its heading drawn in (src/server/app-shell) is showing already: the first
// render waits for its record longer rather than put "Loading…" in its place.
const aWhile = parsed.then(
  () => new Promise((resolve) => setTimeout(resolve, document.getElementById('root')?.hasChildNodes() ? 10_000 : 2000)),
);
// The reader's catalog first, so every component translates synchronously from the first render.
void Promise.all([import('./start.tsx'), catalog, parsed, Promise.race([reads, aWhile])]).then(([app, messages]) =>
  app.start(messages),
);
