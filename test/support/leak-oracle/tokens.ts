import { skeleton } from '../../../src/shared/transliteration/skeleton.ts';
import type { MultiText } from '../../../src/shared/multilingual.ts';
import { stemKey } from './words.ts';

/**
 * What must not leave the room, and how the oracle finds it in any output: words compared by
 * skeleton, so every script and romanization counts, and by prefix, so inflections count
 * ("testov" in "Тестовой", "Testovaning", "Testova's"); acronyms whole; ids as raw strings.
 */
export type TokenKind =
  | 'name'
  | 'name part'
  | 'position'
  | 'organization name'
  | 'acronym'
  | 'distinctive word'
  | 'person id'
  | 'organization id'
  | 'participant id';

export interface Token {
  kind: TokenKind;
  /** As the directory writes it. */
  label: string;
  /** Skeleton words, each matched as the start of a word; empty for ids. */
  keys: string[];
  /** Acronyms: each key must be the whole word. */
  exact: boolean;
  /** Ids: compared as raw strings. */
  raw?: string;
  /** The dialogue whose record withholds it. */
  dialogueId: string;
}

const textsOf = (m: MultiText | null | undefined) => (m ? Object.values(m.texts).map((t) => t.text) : []);

export class TokenBuilder {
  readonly tokens: Token[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly dialogueId: string) {}

  private push(kind: TokenKind, label: string, keys: string[], exact = false) {
    const id = `${keys.join(' ')}|${exact}`;
    if (!keys.length || this.seen.has(id)) return;
    this.seen.add(id);
    this.tokens.push({ kind, label, keys, exact, dialogueId: this.dialogueId });
  }

  /** A phrase: every word must open a word of the output, in order. */
  phrase(kind: TokenKind, m: MultiText | string | null | undefined) {
    for (const text of typeof m === 'string' ? [m] : textsOf(m))
      this.push(kind, text, skeleton(text).split(' ').filter(Boolean));
  }

  /** A person's name: whole, and each part of four letters or more by its stem. */
  personName(m: MultiText) {
    this.phrase('name', m);
    for (const text of textsOf(m))
      for (const part of text.split(/\s+/)) if (part.length >= 4) this.push('name part', part, [stemKey(part)]);
  }

  /** A word that identifies an institution on its own ("Zarnitsa", "Зарница"), by its stem. */
  word(text: string) {
    this.push('distinctive word', text, [stemKey(text)]);
  }

  acronym(m: MultiText | null | undefined) {
    for (const text of textsOf(m)) this.push('acronym', text, skeleton(text).split(' ').filter(Boolean), true);
  }

  id(kind: 'person id' | 'organization id' | 'participant id', id: string) {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.tokens.push({ kind, label: id, keys: [], exact: true, raw: id, dialogueId: this.dialogueId });
  }
}

export interface TokenHit {
  token: Token;
  /** Offset in the text scanned. */
  at: number;
}

const WORD = /[\p{L}\p{N}'ʻʼ’`]+/gu;
const skeletonMemo = new Map<string, string[]>();
const keysOf = (w: string) => {
  let k = skeletonMemo.get(w);
  if (!k) {
    k = skeleton(w).split(' ').filter(Boolean);
    if (skeletonMemo.size > 200_000) skeletonMemo.clear();
    skeletonMemo.set(w, k);
  }
  return k;
};

/** The words of a text as skeleton keys, each with the offset of the word it came from. */
export function wordKeys(text: string): { k: string; at: number }[] {
  const out: { k: string; at: number }[] = [];
  for (const m of text.matchAll(WORD)) for (const k of keysOf(m[0])) out.push({ k, at: m.index });
  return out;
}

/** Finds tokens in texts; built once per set of tokens. */
export class Matcher {
  private readonly byHead = new Map<string, Token[]>();
  private readonly ids: Token[] = [];

  constructor(tokens: Token[]) {
    for (const t of tokens) {
      if (t.raw) {
        this.ids.push(t);
        continue;
      }
      const head = t.keys[0]!.slice(0, 2);
      const list = this.byHead.get(head) ?? [];
      list.push(t);
      this.byHead.set(head, list);
    }
  }

  get empty(): boolean {
    return this.byHead.size === 0 && this.ids.length === 0;
  }

  /** Every token found, once each, with where it was first seen. */
  scan(text: string, keys = wordKeys(text)): TokenHit[] {
    const found = new Map<Token, number>();
    for (const t of this.ids) {
      const at = text.indexOf(t.raw!);
      if (at >= 0) found.set(t, at);
    }
    for (let i = 0; i < keys.length; i++) {
      const list = this.byHead.get(keys[i]!.k.slice(0, 2));
      if (!list) continue;
      for (const t of list) {
        if (found.has(t)) continue;
        const ok = t.keys.every((w, j) => {
          const k = keys[i + j]?.k;
          return k !== undefined && (t.exact ? k === w : k.startsWith(w));
        });
        if (ok) found.set(t, keys[i]!.at);
      }
    }
    return [...found].map(([token, at]) => ({ token, at }));
  }
}

/** 120 characters of the text around an offset, on one line. */
export function excerpt(text: string, at: number, width = 120): string {
  const from = Math.max(0, at - Math.floor(width / 2));
  return text
    .slice(from, from + width)
    .replace(/\s+/g, ' ')
    .trim();
}
