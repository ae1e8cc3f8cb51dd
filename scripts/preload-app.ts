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
      handler(html, { bundle, filename }) {
        // Other pages built with this configuration (bench/web.ts builds a "hello world") have no app.
        if (!bundle || !filename.endsWith('src/web/index.html')) return html;
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
        const entryScript = /<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/;
        if (!entryScript.test(html)) throw new Error('no entry script in index.html');
        return {
          // The entry runs as soon as it arrives (async), not after the style sheet and the first paint:
          // it only starts reads and imports, and waits for the document itself before rendering.
          html: html.replace(entryScript, (tag) => tag.replace('<script type="module"', '<script type="module" async')),
          tags: [...files].map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          })),
        };
      },
    },
  };
}
