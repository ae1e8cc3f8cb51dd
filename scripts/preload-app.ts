import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds to index.html a preload of the chunk the entry imports the app from (src/web/start.tsx) and of
 * the chunks that one imports, so React and the pages download while the small entry
 * (src/web/main.tsx) starts the first visit's reads and the reader's catalog. A plain preload, not a
 * module preload: that would compile React on arrival, before the entry has run and asked for the reads.
 */
export function preloadApp(entry = 'src/web/start.tsx'): Plugin {
  return {
    name: 'expert-dialogue:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        // Other pages built with this configuration (bench/web.ts builds a "hello world") have no app.
        if (!bundle || !filename.endsWith('src/web/index.html')) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!app) throw new Error(`no chunk for ${entry}`);
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = new Set<string>();
        const add = (name: string) => {
          if (files.has(name) || entries.has(name)) return;
          files.add(name);
          for (const dep of chunks.find((c) => c.fileName === name)?.imports ?? []) add(dep);
        };
        add(app.fileName);
        return [...files].map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
