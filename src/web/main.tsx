import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadCatalog } from './i18n/catalog.ts';
import { initialLanguage } from './i18n/reader-language.ts';
import { startEarlyReads } from './early-reads.ts';
import './styles.css';

const reads = startEarlyReads(location.pathname);
const aWhile = new Promise((resolve) => setTimeout(resolve, 2000));
// The reader's catalog first, so every component translates synchronously from the first render.
void Promise.all([loadCatalog(initialLanguage()), Promise.race([reads, aWhile])]).then(([catalog]) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App catalog={catalog} />
    </StrictMode>,
  ),
);
