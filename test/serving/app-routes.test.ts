import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { APP_ROUTES, isAppPath, robotsPath } from '../../src/shared/app-routes.ts';

test('the web app routes with the shared list only, so the server knows every page it has', () => {
  const app = readFileSync(join(import.meta.dirname, '../../src/web/app.tsx'), 'utf8');
  assert.doesNotMatch(app, /<Route\s+path="/, 'a <Route path="…"> written out: add it to src/shared/app-routes.ts');
  for (const name of Object.keys(APP_ROUTES))
    assert.ok(app.includes(`APP_ROUTES.${name}}`), `APP_ROUTES.${name} is not routed in app.tsx`);
});

test('app paths match as wouter matches them', () => {
  for (const path of ['/', '/dialogues/abc', '/dialogues/abc/', '/Dialogues/abc', '/references/1/provisions/2'])
    assert.ok(isAppPath(path), path);
  for (const path of ['/nope', '/dialogues', '/dialogues/a/b', '/dialogues//edit', '/robots.txt', '/news'])
    assert.ok(!isAppPath(path), path);
  assert.equal(robotsPath('/dialogues/:id/edit'), '/dialogues/*/edit');
  assert.equal(robotsPath('/reset-password/:token'), '/reset-password/');
});
