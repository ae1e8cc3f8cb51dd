import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

/**
 * Every <button> in the web app names its kind (styles/buttons.css): primary, secondary, danger or
 * quiet. A conditional className counts when each of its branches is a kind.
 */
const KIND = /\bbutton-(primary|secondary|danger|quiet)\b/;
const root = import.meta.dirname;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/** The opening tags of <button> elements, braces respected (an arrow's `=>` is not the tag's end). */
function buttonTags(source: string): { line: number; tag: string }[] {
  const tags: { line: number; tag: string }[] = [];
  for (const m of source.matchAll(/<button\b/g)) {
    let depth = 0;
    let i = m.index + m[0].length;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0 && source[i - 1] !== '=') break;
    }
    tags.push({ line: source.slice(0, m.index).split('\n').length, tag: source.slice(m.index, i + 1) });
  }
  return tags;
}

test('every <button> in src/web has a kind', () => {
  const missing: string[] = [];
  let count = 0;
  for (const file of tsxFiles(root)) {
    for (const { line, tag } of buttonTags(readFileSync(file, 'utf8'))) {
      count++;
      const className = /className=(\{[^]*?\}(?=\s|\/?>)|"[^"]*")/.exec(tag)?.[1] ?? '';
      // In a condition, the branches are the strings after `?` and `:`.
      const branches = className.startsWith('{') ? [...className.matchAll(/[?:]\s*'([^']*)'/g)] : [[className]];
      if (branches.length === 0 || !branches.every((b) => KIND.test(b[0] ?? ''))) {
        missing.push(`${relative(root, file)}:${line}`);
      }
    }
  }
  assert.ok(count > 50, `found the buttons (${count})`);
  assert.deepEqual(missing, [], 'buttons without a kind');
});

test('no stylesheet rule or element still uses the old button classes', () => {
  const old = /className="(?:button|link|secondary|danger)(?:\s[^"]*)?"/;
  const offenders = tsxFiles(root).filter((f) => old.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offenders.map((f) => relative(root, f)),
    [],
  );
});
