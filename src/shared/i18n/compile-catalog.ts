import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageKey } from './messages-en.ts';
import { CATALOGS } from './translate.ts';
import { fallbackChain, type CompiledCatalog, type InterfaceLanguage } from './translator.ts';

/** A message without arguments as its text; any other as the parser reads it. */
function compileMessage(message: string, lang: InterfaceLanguage): string | MessageFormatElement[] {
  const ast = parse(message, { locale: new Intl.Locale(lang) });
  if (ast.every((e) => e.type === TYPE.literal))
    return ast.map((e) => (e.type === TYPE.literal ? e.value : '')).join('');
  return ast;
}

/** One language's catalog for the web app (see CompiledCatalog); the build writes one chunk per language. */
export function compileCatalog(lang: InterfaceLanguage): CompiledCatalog {
  const chain = fallbackChain(lang);
  const messages = {} as CompiledCatalog['messages'];
  const from: CompiledCatalog['from'] = {};
  for (const key of Object.keys(CATALOGS.en) as MessageKey[]) {
    const source = chain.find((l) => CATALOGS[l][key] !== undefined) ?? 'en';
    messages[key] = compileMessage(CATALOGS[source][key] ?? '', source);
    if (source !== lang) from[key] = source;
  }
  return { lang, messages, from };
}
