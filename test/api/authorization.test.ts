import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { POLICY, check, type Action } from '../../src/server/policy/policy.ts';
import { loadDialogueAccess } from '../../src/server/policy/dialogue-access.ts';
import { resolveActor } from '../../src/server/accounts/resolve-actor.ts';
import { ANONYMOUS } from '../../src/server/policy/actor.ts';
import { DIALOGUE_2020_ID, agendaId, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { areaId, orgId, personId } from '../../src/server/demo/directory-data.ts';
import { documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { outcomeId, pressReleaseId, seriesId, statementId } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { actionSubject } from '../../src/server/tracker/action-subject.ts';
import { offerAccount } from '../../src/server/accounts/account-setup.ts';
import { randomUUID } from 'node:crypto';
import { createUser } from '../../src/server/accounts/create-user.ts';
import { accountBindings } from '../../src/server/db/schema.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { PASSWORD, ROLES, startTestApp, type Client, type Role, type TestApp } from '../support/app.ts';
import type { AddressInfo } from 'node:net';
import { holdNow, liveClient } from '../support/live-client.ts';
import { demoId } from '../../src/server/demo/demo-id.ts';
import { standingOf, todayOf } from '../../src/server/institutions/standing.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { makePdf } from '../materials/fixtures.ts';

/**
 * Who may do what to the public demo dialogue. Written out by hand, so a change to the policy
 * table must be made here too, on purpose; a new action without a line here fails.
 */
const EXPECTED: Record<Action, Role[]> = {
  'public.read': ROLES,
  'session.create': ROLES,
  'session.delete': ROLES,
  'session.read': ROLES,
  'user.create': ['admin'],
  'user.read': ['admin'],
  'user.update': ['admin'],
  'outbox.read': ['admin'],
  'audit.read': ['admin'],
  'job.read': ['admin'],
  'job.retry': ['admin'],
  'backup.export': ['admin'],
  'binding.read': ['admin'],
  'binding.decide': ['admin'],
  'invitation.respond': ROLES,
  'password.reset': ROLES,
  'me.calendar': ['member', 'participant', 'moderator', 'admin'],
  'passkey.register': ['member', 'participant', 'moderator', 'admin'],
  'user.sessions': ['admin'],
  'me.sessions': ['member', 'participant', 'moderator', 'admin'],
  'me.preferences': ['member', 'participant', 'moderator', 'admin'],
  'me.passkeys': ['member', 'participant', 'moderator', 'admin'],
  'account.setup': ROLES,
  'live.subscribe': ROLES,
  'live.join': ['participant', 'moderator', 'admin'],
  'live.speak': ['participant', 'moderator', 'admin'],
  'live.moderate': ['moderator', 'admin'],
  'live.project': ['participant', 'moderator', 'admin'],
  'directory.read': ROLES,
  'directory.write': ['admin'],
  // About the Kazakh institute: the participant is its focal point; the moderator chairs the dialogue
  // and is UNRCCA's focal point, which gives no say over another institution.
  'membership.read': ['participant', 'admin'],
  'membership.manage': ['participant', 'admin'],
  'me.memberships': ['member', 'participant', 'moderator', 'admin'],
  'dialogue.list': ROLES,
  'dialogue.create': ['admin'],
  'dialogue.read': ROLES,
  'dialogue.update': ['moderator', 'admin'],
  'dialogue.delete': ['admin'],
  'dialogue.plan': ['moderator', 'admin'],
  'dialogue.record': ['moderator', 'admin'],
  'record.clearances': ['moderator', 'admin'],
  'record.clear': ['admin'],
  'search.read': ROLES,
  'publication.read': ['participant', 'moderator', 'admin'],
  'publication.write': ['moderator', 'admin'],
  'publication.review': ['participant', 'moderator', 'admin'],
  'publication.signoffs': ['admin'],
  'tracker.read': ROLES,
  'action.read': ROLES,
  // The action below is owned by the Kazakh institute, which the participant represents.
  'action.update': ['participant', 'admin'],
  // A material of the demo dialogue, marked public (so every reader may read it).
  'material.read': ROLES,
  'material.upload': ['participant', 'moderator', 'admin'],
  'material.manage': ['moderator', 'admin'],
};

/** The demo press release's address, read from the news API once the app is up; an action made for the test. */
let newsSlug = '';
let actionId = '';
let setupToken = '';
let bindingId = '';
/** A user nobody signs in as: the secretariat lists and ends their (no) sessions. */
let sessionsUserId = '';
/** A material of the demo dialogue, marked public and extracted (so its preview exists). */
let materialId = '';

/** An existing record for each path, so allowed calls reach the use case. */
function concreteUrl(url: string): string {
  const child: Record<string, string> = {
    participants: participantId('norov'),
    'agenda-items': agendaId('tashkent'),
    provisions: provisionId('a-res-72-283', 'op'),
    statements: statementId(0),
    outcomes: outcomeId(0),
  };
  const top: Record<string, string> = {
    organizations: orgId('kaziss'),
    people: personId('norov'),
    series: seriesId('research-centres'),
    areas: areaId('energy'),
    'reference-documents': documentId('a-res-72-283'),
    dialogues: DIALOGUE_2020_ID,
    tracker: documentId('a-res-72-283'),
    actions: actionId,
    bindings: bindingId,
    users: sessionsUserId,
    // No such job: the secretariat gets 404, anyone else is refused before the id is looked at.
    jobs: '00000000-0000-4000-8000-000000000000',
    materials: materialId,
  };
  const [, resource, , sub] = url.split('/');
  return url
    .replace(':id', resource === 'tracker' ? top.tracker! : (top[resource!] ?? 'x'))
    .replace(':childId', child[sub!]!)
    .replace(':publicationId', pressReleaseId('en'))
    .replace(':n', '1')
    .replace(':slug', newsSlug)
    .replace(':format', 'json')
    .replace(':kind', 'statement')
    .replace(':recordId', statementId(0))
    .replace(':token', setupToken)
    .replace(':code', 'not_found')
    .replace(':sessionId', 'NoSuchSession000000000')
    .replace(':passkeyId', 'no-such-passkey')
    .replace(':membershipId', demoId(`membership/kaziss/${orgId('kaziss')}`));
}

for (const backend of BACKENDS) {
  describe(`every route × every role (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
      newsSlug = (await t.call('GET', '/api/v1/news?lang=en')).json().items[0].slug;
      const action = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
        as: 'admin',
        body: {
          kind: 'follow_up_action',
          text: ml({ en: 'Circulate a note on regional transit corridors.' }),
          proposerIds: [],
          endorserIds: [],
          areaIds: [],
          provisionIds: [provisionId('a-res-72-283', 'op')],
          ownerOrganizationId: orgId('kaziss'),
          dueOn: '2020-12-31',
          status: 'planned',
        },
      });
      assert.equal(action.statusCode, 201, action.body);
      actionId = action.json().id;
      setupToken = (await offerAccount(t.deps.db, {
        personId: personId('niss-tj'),
        email: 'niss@test.example',
        now: new Date(),
      }))!;
      // A pending binding: an account whose invitation went to an address the directory does not hold.
      const { id: userId } = await createUser(t.deps.db, {
        email: 'unbound@test.example',
        password: 'correct horse battery staple',
        role: 'member',
        personId: null,
      });
      bindingId = randomUUID();
      await t.deps.db.insert(accountBindings).values({ id: bindingId, userId, personId: personId('isrs') });
    });
    before(async () => {
      const pdf = await makePdf(['Transit corridors: a background note']);
      const up = await t.fastify.inject({
        method: 'POST',
        url: `/api/v1/dialogues/${DIALOGUE_2020_ID}/materials?fileName=note.pdf&language=en`,
        headers: {
          'content-type': 'application/octet-stream',
          cookie: t.clients.admin.cookie!,
          'x-csrf-token': t.clients.admin.csrf!,
        },
        payload: pdf,
      });
      assert.equal(up.statusCode, 201, up.body);
      materialId = up.json().id;
      await extractionsIdle(t.deps);
      const released = await t.call('PATCH', `/api/v1/materials/${materialId}`, {
        as: 'admin',
        body: { version: 1, public: true },
      });
      assert.equal(released.statusCode, 200, released.body);
      sessionsUserId = (
        await createUser(t.deps.db, {
          email: 'sessions@test.example',
          password: 'correct horse battery staple',
          role: 'member',
          personId: null,
        })
      ).id;
    });
    after(async () => {
      await t.close();
    });

    test('every mounted API route names an action of the policy table', () => {
      const api = t.mounted.filter((r) => r.url.startsWith('/api/v1/'));
      assert.ok(api.length > 50);
      for (const r of api) assert.ok(r.action && r.action in POLICY, `${r.method} ${r.url} has no policy`);
      assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(POLICY).sort());
    });

    test('the policy table says what is expected for the demo dialogue', async () => {
      for (const role of ROLES) {
        const actor =
          role === 'anonymous' ? ANONYMOUS : await resolveActor(t.deps.db, t.clients[role].cookie!.split('=')[1]);
        for (const action of Object.keys(POLICY) as Action[]) {
          const subject = action.startsWith('action.') ? await actionSubject(t.deps, { id: actionId }, actor) : null;
          const denied = await check(action, {
            actor,
            dialogue: () => loadDialogueAccess(t.deps.db, actor, DIALOGUE_2020_ID),
            subject,
            organizationId: orgId('kaziss'),
            standing: () => standingOf(t.deps.db, actor, todayOf(t.deps.clock)),
          });
          assert.equal(denied === null, EXPECTED[action].includes(role), `${role} × ${action}`);
        }
      }
    });

    test('each route answers each role as the policy says', async () => {
      // Writes change nothing: bodies are empty and deletes name a version nobody has, so allowed writes stop short.
      const routes = [...t.routes].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
      for (const r of routes) {
        if (r.url === '/session' && r.method !== 'GET') continue; // signing in and out changes the clients themselves
        for (const role of ROLES) {
          const allowed = EXPECTED[r.action].includes(role);
          const url = `/api/v1${concreteUrl(r.url)}${r.method === 'DELETE' ? '?version=999999' : ''}`;
          const res = await t.call(r.method, url, { as: role, ...(r.body ? { body: {} } : {}) });
          const where = `${role} ${r.method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (allowed) {
            assert.ok(![401, 403].includes(res.statusCode), `allowed but refused: ${where}`);
            assert.ok(res.statusCode < 500, where);
            if (r.method === 'GET') assert.ok([200, 304].includes(res.statusCode), where);
            if (r.body) assert.equal(res.statusCode, 400, `an empty body must fail validation: ${where}`);
            // Sessions and passkeys have no version: one nobody has is 404, ending none of a user's is 204.
            const session = /\/(sessions|passkeys)/.test(r.url);
            const deleted = session ? (/:(sessionId|passkeyId)$/.test(r.url) ? 404 : 204) : 409;
            if (r.method === 'DELETE')
              assert.equal(res.statusCode, deleted, `a stale delete must be refused: ${where}`);
          } else {
            const expected =
              (POLICY[r.action] as { deny?: string }).deny === 'not_found' ? 404 : role === 'anonymous' ? 401 : 403;
            assert.equal(res.statusCode, expected, `refused with the wrong status: ${where}`);
          }
        }
      }
    });

    test('the live channel answers each role as the policy says, and nothing once its session has ended', async () => {
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      const url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      // Floor and chat work inside the room's window only: the demo meeting is held now.
      await holdNow(t, DIALOGUE_2020_ID);
      for (const role of ROLES) {
        // A session of its own, so signing it out leaves the role's client for the other tests.
        let client: Client | null = null;
        if (role !== 'anonymous') {
          const res = await t.fastify.inject({
            method: 'POST',
            url: '/api/v1/session',
            payload: { email: `${role}@test.example`, password: PASSWORD },
          });
          assert.equal(res.statusCode, 201, res.body);
          const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
          client = { role, cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
        }
        const c = await liveClient(url, client);
        const closed = new Promise<number>((resolve) => c.socket.on('close', (code) => resolve(code)));
        // The room is for the dialogue's insiders: the others are told it does not exist.
        const inside = ['participant', 'moderator', 'admin'].includes(role);
        assert.equal((await c.subscribe(DIALOGUE_2020_ID)).type, inside ? 'snapshot' : 'error', role);
        const speak = { type: 'chat.post', dialogueId: DIALOGUE_2020_ID, text: `from ${role}` };
        const moderate = { type: 'floor.settings', dialogueId: DIALOGUE_2020_ID, balanced: role === 'admin' };
        assert.equal((await c.act(speak)).type === 'ack', EXPECTED['live.speak'].includes(role), `${role} speaks`);
        assert.equal(
          (await c.act(moderate)).type === 'ack',
          EXPECTED['live.moderate'].includes(role),
          `${role} moderates`,
        );
        if (!client) {
          c.close();
          continue;
        }
        assert.equal((await t.call('DELETE', '/api/v1/session', { as: client })).statusCode, 204);
        const from = c.received.length;
        if (c.socket.readyState === c.socket.OPEN)
          for (const m of [speak, moderate, { type: 'subscribe', dialogueId: DIALOGUE_2020_ID }])
            c.send({ ...m, ref: 'after' });
        const code = await Promise.race([closed, new Promise<'open'>((r) => setTimeout(() => r('open'), 5_000))]);
        assert.equal(code, 4001, `${role}: the socket closes with its session`);
        const late = c.received.slice(from);
        assert.ok(
          late.every((m) => m.type === 'error'),
          `${role}: nothing is done after sign-out: ${JSON.stringify(late)}`,
        );
      }
    });

    test('a cookie-authenticated write without the CSRF token is refused', async () => {
      const res = await t.fastify.inject({
        method: 'POST',
        url: '/api/v1/areas',
        headers: { cookie: t.clients.admin.cookie! },
        payload: {},
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'csrf_failed');
    });
  });
}
