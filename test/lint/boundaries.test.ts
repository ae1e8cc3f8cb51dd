import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);

test('shared code may import neither Node nor the DOM', async () => {
  const node = await messages(
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    'src/shared/probe.ts',
  );
  assert.ok(
    node.some((m) => m.includes('must not import Node built-ins')),
    node.join('\n'),
  );
  const dom = await messages('export const title = () => document.title;\n', 'src/shared/probe.ts');
  assert.ok(
    dom.some((m) => m.includes('must not touch the DOM')),
    dom.join('\n'),
  );
  const server = await messages(
    "import { buildApp } from '../server/app.ts';\nexport const x = buildApp;\n",
    'src/shared/probe.ts',
  );
  assert.ok(
    server.some((m) => m.includes('must not import server')),
    server.join('\n'),
  );
});

test('the web app never imports server code', async () => {
  const found = await messages(
    "import { POLICY } from '../server/policy/policy.ts';\nexport const x = POLICY;\n",
    'src/web/probe.ts',
  );
  assert.ok(
    found.some((m) => m.includes('must never import server code')),
    found.join('\n'),
  );
  const ok = await messages(
    "import { ml } from '../shared/multilingual.ts';\nexport const x = ml;\n",
    'src/web/probe.ts',
  );
  assert.deepEqual(ok, []);
});

test('outsiders read records only through the record as they may see it: a presenter used elsewhere fails lint', async () => {
  const found = await messages(
    "import { presentStatement } from '../record/statements.ts';\nexport const x = presentStatement;\n",
    'src/server/search/probe.ts',
  );
  assert.ok(
    found.some((m) => m.includes('that is how confidentiality leaks')),
    found.join('\n'),
  );
  const view = await messages(
    "import { getDialogueRecord } from '../dialogues/get-dialogue-record.ts';\nexport const x = getDialogueRecord;\n",
    'src/server/search/probe.ts',
  );
  assert.deepEqual(view, []);
});
