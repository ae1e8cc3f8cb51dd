import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'child_process',
  'url',
  'util',
  'events',
  'buffer',
  'zlib',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'src/server/db/migrations', '.tmp', 'e2e-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'src/shared runs in the browser and on the server: it must not import Node built-ins.',
            },
            {
              group: ['**/server/**', '**/web/**', '**/public/**'],
              message: 'src/shared is the common ground: it must not import server, web or public-site code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/shared must not touch the DOM.' },
        { name: 'document', message: 'src/shared must not touch the DOM.' },
        { name: 'process', message: 'src/shared must not read the Node process; pass config in.' },
        { name: 'Buffer', message: 'src/shared must not use Node Buffer; use Uint8Array.' },
      ],
    },
  },
  {
    // The audience rule lives in one place: outsiders read a dialogue's records only through the record
    // as its reader may see it (getDialogueRecord, src/server/outside). A presenter called elsewhere
    // would be a second path, where a filter, a field or a text could slip past the view.
    files: ['src/server/**', 'src/public/**'],
    ignores: [
      'src/server/record/**',
      'src/server/dialogues/get-dialogue-record.ts',
      'src/server/publishing/generate/generate.ts',
      '**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/record/statements.ts', '**/record/outcomes.ts', '**/dialogues/get-dialogue-record.ts'],
              importNames: ['presentStatement', 'presentOutcome', 'buildRecord'],
              message:
                "read a dialogue's records through getDialogueRecord or src/server/outside (the record as the reader may see it), never through a presenter of your own: that is how confidentiality leaks.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**'],
    ignores: ['src/web/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message: 'src/web must never import server code: talk to it through the contracts in src/shared.',
            },
            { group: nodeBuiltins, message: 'src/web runs in the browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
);
