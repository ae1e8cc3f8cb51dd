import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { resolveSession, SESSION_COOKIE, sessionIdOf } from '../../src/server/accounts/resolve-actor.ts';
import { sessions, users } from '../../src/server/db/schema.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { resolveSessionAccess } from '../../src/server/live/session-access.ts';
import { loadDialogueAccess } from '../../src/server/policy/dialogue-access.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';

const idOf = (c: Client) => sessionIdOf(c.cookie!.slice(SESSION_COOKIE.length + 1))!;

for (const backend of BACKENDS) {
  describe(`a live message's session and access, read together (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t.close();
    });

    test('lookups that arrive together are each answered as if read alone', async () => {
      const asked = (['participant', 'moderator', 'member', 'admin'] as const).flatMap((role) => [
        { role, dialogueId: DIALOGUE_2020_ID },
        { role, dialogueId: randomUUID() },
      ]);
      // All at once: most wait for the statements already out and go together in the next.
      const together = await Promise.all(
        asked.map((a) => resolveSessionAccess(t.deps.db, idOf(t.clients[a.role]), a.dialogueId)),
      );
      for (const [i, a] of asked.entries()) {
        const alone = await resolveSession(t.deps.db, idOf(t.clients[a.role]));
        assert.ok(alone && together[i], `${a.role} has a session`);
        assert.deepEqual(together[i].actor, alone, `${a.role}: the same actor`);
        assert.deepEqual(
          together[i].access,
          await loadDialogueAccess(t.deps.db, alone, a.dialogueId),
          `${a.role}: the same access to ${a.dialogueId === DIALOGUE_2020_ID ? 'the dialogue' : 'an unknown id'}`,
        );
      }
      assert.ok(together[0]!.access!.roles.length > 0, 'the participant is inside');
      assert.equal(together[1]!.access, null, 'no such dialogue');
    });

    test('an ended session or a disabled account is answered with nothing, beside others that stand', async () => {
      const ended = await t.personClient(personId('isrs'));
      const disabled = await t.personClient(personId('mfa-tm'));
      await t.deps.db.delete(sessions).where(eq(sessions.id, idOf(ended)));
      const disabledId = (await resolveSession(t.deps.db, idOf(disabled)))!.user!.id;
      await t.deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabledId));
      const [a, b, c, d] = await Promise.all([
        resolveSessionAccess(t.deps.db, idOf(t.clients.participant), DIALOGUE_2020_ID),
        resolveSessionAccess(t.deps.db, idOf(ended), DIALOGUE_2020_ID),
        resolveSessionAccess(t.deps.db, idOf(disabled), DIALOGUE_2020_ID),
        resolveSessionAccess(t.deps.db, 'no-such-session', DIALOGUE_2020_ID),
      ]);
      assert.ok(a?.access, 'the standing session is answered');
      assert.equal(b, null, 'an ended session');
      assert.equal(c, null, 'a disabled account');
      assert.equal(d, null, 'an unknown session');
    });
  });
}
