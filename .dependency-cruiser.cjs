/**
 * Module rules the linter cannot see: no import cycles anywhere in src/, and the three worlds
 * (shared, server, web) keep their one-way order. `npm run lint` runs it.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle means a type or a helper lives in the wrong file: move it down a level.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-stands-alone',
      comment: 'src/shared runs in the browser and on the server: it imports neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web|public)/' },
    },
    {
      name: 'web-never-imports-server',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|public)/' },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|e2e|bench)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
