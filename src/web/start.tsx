import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import type { CompiledCatalog } from '../shared/i18n/translator.ts';

/** React and the app: a chunk of its own, which index.html preloads beside the small entry (main.tsx). */
export function start(catalog: CompiledCatalog): void {
  const root = createRoot(document.getElementById('root')!);
  // As a transition, the first render comes in short tasks rather than one long one that blocks input.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App catalog={catalog} />
      </StrictMode>,
    ),
  );
}
