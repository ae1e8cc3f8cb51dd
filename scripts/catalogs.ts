import type { Plugin } from 'vite';
import { compileCatalog } from '../src/shared/i18n/compile-catalog.ts';
import { isInterfaceLanguage } from '../src/shared/i18n/translator.ts';

const PREFIX = 'virtual:catalog/';

/**
 * `virtual:catalog/<lang>`: one interface language's messages, compiled (src/shared/i18n/compile-catalog.ts),
 * as a module of its own, so the web app loads the reader's language alone and no message parser.
 */
export function catalogs(): Plugin {
  return {
    name: 'expert-dialogue:catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const lang = id.slice(PREFIX.length + 1);
      if (!isInterfaceLanguage(lang)) throw new Error(`no interface language ${lang}`);
      // JSON.parse of a string is read faster than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileCatalog(lang)))});`;
    },
  };
}
