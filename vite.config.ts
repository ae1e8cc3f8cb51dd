import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.ts';
import { catalogs } from './scripts/catalogs.ts';
import { preloadApp } from './scripts/preload-app.ts';

/**
 * The web app: built into dist/web, which the server serves, each file beside its brotli and gzip
 * forms; `npm run dev:web` serves it with hot reload. Its messages come compiled, one chunk per
 * language (scripts/catalogs.ts), so the message parser stays out of the browser. The entry is small and
 * index.html preloads the app beside it (scripts/preload-app.ts).
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), catalogs(), preloadApp(), precompress()],
  resolve: {
    alias: [
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
