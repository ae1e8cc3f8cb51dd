import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { hashing } from '../../src/server/accounts/password.ts';
import { eq } from 'drizzle-orm';
import { events } from '../../src/server/db/schema.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';

const PASSWORD = 'a long enough password of theirs';
const addressOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address!;

for (const backend of BACKENDS) {
  describe(`accounts bound to people: invitations prove identity or the secretariat decides (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    /** The restricted dialogue the directory people below take part in; the dialogue the moderator chairs. */
    let restricted = '';
    let chaired = '';
    const people: Record<string, string> = {};

    const dialogue = async (key: string, confidentiality: 'public' | 'restricted') => {
      const startsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
      const res = await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: `Binding round (${key})`, ru: `Раунд (${key})` }, 'en'),
          format: 'videoconference',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
          hostZone: 'Asia/Bishkek',
          status: 'scheduled',
          confidentiality,
          languages: ['en'],
          media: { kind: 'built_in' },
          convenerIds: [],
          referenceDocumentIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const participate = async (dialogueId: string, person: string, role: string) => {
      const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/participants`, {
        as: 'admin',
        body: { personId: person, role, invitation: 'accepted' },
      });
      assert.equal(res.statusCode, 201, res.body);
    };
    /** Another round the moderator chairs: who accepted one invitation keeps that answer, so a second goes here. */
    let rounds = 0;
    const anotherRound = async () => {
      const round = await dialogue(`another ${++rounds}`, 'public');
      await participate(round, personId('unrcca'), 'chair');
      return round;
    };
    /** Invites, answers by the e-mailed link as the page does, and returns the account link offered (if any). */
    const inviteAndAccept = async (as: 'moderator' | 'admin', person: string, email: string, round = chaired) => {
      const before = box.received.length;
      const res = await t.call('POST', `/api/v1/dialogues/${round}/invitations`, {
        as,
        body: { personId: person, role: 'delegate', email },
      });
      assert.equal(res.statusCode, 201, res.body);
      // The request rang the courier and returned; the message arrives after it.
      const mails = (await box.waitFor(before + 1)).slice(before);
      assert.equal(mails.length, 1);
      const mail = mails[0]!;
      const link = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text!)![1]!;
      const page = await t.fastify.inject({
        method: 'POST',
        url: `/invitations/${link}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'response=accepted',
      });
      assert.equal(page.statusCode, 200, page.body);
      const setup = /\/setup-account\/([A-Za-z0-9_-]+)/.exec(page.body)?.[1] ?? null;
      const signIn = page.body.includes('href="/sign-in');
      return { to: addressOf(mail), setup, signIn, invitationId: res.json().invitationId as string };
    };
    const openAccount = async (setup: string): Promise<Client> => {
      const res = await t.call('POST', `/api/v1/account-setup/${setup}`, {
        body: { method: 'password', password: PASSWORD },
      });
      assert.equal(res.statusCode, 201, res.body);
      const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
      return { role: 'member', cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
    };
    const personOf = async (c: Client) => (await t.call('GET', '/api/v1/session', { as: c })).json().user.personId;
    const pending = async () => (await t.call('GET', '/api/v1/bindings?state=pending', { as: 'admin' })).json().items;
    const decide = (id: string, decision: 'confirm' | 'refuse', version?: number) =>
      t.call('POST', `/api/v1/bindings/${id}/decision`, {
        as: 'admin',
        body: version === undefined ? { decision } : { decision, version },
      });

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, { config: { smtpUrl: box.url, publicUrl: 'https://dialogue.example' } });
      for (const [key, email] of [
        ['victim', 'victim@institute.example'],
        ['honest', 'honest@institute.example'],
        ['refused', null],
        ['twice', 'twice@institute.example'],
      ] as const) {
        const res = await t.call('POST', '/api/v1/people', {
          as: 'admin',
          body: { name: ml({ en: `Person ${key}` }, 'en'), email, positions: [] },
        });
        assert.equal(res.statusCode, 201, res.body);
        people[key] = res.json().id;
      }
      restricted = await dialogue('restricted', 'restricted');
      chaired = await dialogue('chaired', 'public');
      for (const key of Object.keys(people)) await participate(restricted, people[key]!, 'delegate');
      // The moderator client stands for a directory person who chairs this one dialogue, and no other role.
      await participate(chaired, personId('unrcca'), 'chair');
    });
    after(async () => {
      await t.close();
      await box.close();
    });

    test("the takeover fails: a chair's own address is refused; another address yields an unbound account that waits", async () => {
      const participantsBefore = (
        await t.call('GET', `/api/v1/dialogues/${chaired}/participants`, { as: 'admin' })
      ).json().items.length;
      const refused = await t.call('POST', `/api/v1/dialogues/${chaired}/invitations`, {
        as: 'moderator',
        body: { personId: people.victim, role: 'delegate', email: 'chair@evil.example' },
      });
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().errors[0].path, 'email');
      assert.equal(refused.json().errors[0].code, 'unproven_address');
      assert.equal(
        (await t.call('GET', `/api/v1/dialogues/${chaired}/participants`, { as: 'admin' })).json().items.length,
        participantsBefore,
        'nothing changed',
      );
      // The secretariat may send it there (a delegate's own mailbox, say): the account still waits.
      const { to, setup, invitationId } = await inviteAndAccept('admin', people.victim!, 'chair@evil.example');
      assert.equal(to, 'chair@evil.example');
      assert.ok(setup, 'accepting still offers an account');
      const info = await t.call('GET', `/api/v1/account-setup/${setup}`);
      assert.equal(info.json().waitsForSecretariat, true, 'the setup page says the account will wait');
      const account = await openAccount(setup);
      assert.equal(await personOf(account), null, 'the account is not tied to the person');
      const read = await t.call('GET', `/api/v1/dialogues/${restricted}`, { as: account });
      assert.equal(read.statusCode, 404, "the person's restricted dialogue stays hidden");

      const waiting = (await pending()).filter((b: { person: { id: string } }) => b.person.id === people.victim);
      assert.equal(waiting.length, 1);
      const binding = waiting[0];
      assert.equal(binding.state, 'pending');
      assert.equal(binding.user.email, 'chair@evil.example');
      assert.equal(binding.person.directoryEmail, 'victim@institute.example');
      assert.equal(binding.invitation.id, invitationId);
      assert.equal(binding.invitation.dialogueId, chaired);

      const stale = await decide(binding.id, 'confirm', binding.version + 1);
      assert.equal(stale.statusCode, 409);
      const confirmed = await decide(binding.id, 'confirm', binding.version);
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal(confirmed.headers['cache-control'], 'no-store');
      assert.equal(confirmed.json().state, 'confirmed');
      assert.equal(await personOf(account), people.victim);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${restricted}`, { as: account })).statusCode, 200);
      assert.equal((await decide(binding.id, 'refuse')).statusCode, 409, 'a binding is decided once');

      const decided = await t.call('GET', '/api/v1/bindings?state=confirmed', { as: 'admin' });
      assert.ok(decided.json().items.some((b: { id: string }) => b.id === binding.id));
      const audit = await t.deps.db.select().from(events).where(eq(events.type, 'binding.confirmed'));
      const row = audit.find((e) => (e.payload as { id: string }).id === binding.id);
      assert.ok(row, 'the decision is an Event row');
      assert.equal(row.stream, 'accounts');
      assert.ok(row.actorId, 'naming the secretariat member who decided');
    });

    test('a refused binding leaves the account unbound', async () => {
      const { setup } = await inviteAndAccept('admin', people.refused!, 'another@evil.example');
      const account = await openAccount(setup!);
      const binding = (await pending()).find((b: { person: { id: string } }) => b.person.id === people.refused);
      const refused = await decide(binding.id, 'refuse');
      assert.equal(refused.statusCode, 200, refused.body);
      assert.equal(refused.json().state, 'refused');
      assert.equal(await personOf(account), null);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${restricted}`, { as: account })).statusCode, 404);
      assert.ok(!(await pending()).some((b: { id: string }) => b.id === binding.id));
    });

    test("an invitation to the directory's own address for the person binds at setup", async () => {
      const { setup } = await inviteAndAccept('moderator', people.honest!, 'Honest@Institute.example');
      assert.equal((await t.call('GET', `/api/v1/account-setup/${setup}`)).json().waitsForSecretariat, false);
      const account = await openAccount(setup!);
      assert.equal(await personOf(account), people.honest);
      assert.equal((await t.call('GET', `/api/v1/dialogues/${restricted}`, { as: account })).statusCode, 200);
      assert.ok(!(await pending()).some((b: { person: { id: string } }) => b.person.id === people.honest));
    });

    test("an invitation to a person with an account goes to that account's address and offers no new account", async () => {
      const { to, setup, signIn } = await inviteAndAccept(
        'moderator',
        people.honest!,
        'someone-else@evil.example',
        await anotherRound(),
      );
      assert.equal(to, 'honest@institute.example', 'the address typed is ignored');
      assert.equal(setup, null, 'accepting needs no new account');
      assert.ok(signIn, 'the page says to sign in instead');
      const kz = await inviteAndAccept('admin', personId('kaziss'), 'typed@example.org');
      assert.equal(kz.to, 'participant@test.example');
      assert.equal(kz.setup, null);
    });

    test('a second account for a person already bound cannot be confirmed (409 at the field)', async () => {
      const first = await openAccount((await inviteAndAccept('admin', people.twice!, 'one@evil.example')).setup!);
      const second = await openAccount(
        (await inviteAndAccept('admin', people.twice!, 'two@evil.example', await anotherRound())).setup!,
      );
      const [b1, b2] = (await pending()).filter((b: { person: { id: string } }) => b.person.id === people.twice);
      assert.equal((await decide(b1.id, 'confirm')).statusCode, 200);
      const clash = await decide(b2.id, 'confirm');
      assert.equal(clash.statusCode, 409, clash.body);
      assert.equal(clash.json().errors[0].path, 'decision');
      assert.equal(clash.json().errors[0].code, 'person_has_account');
      assert.equal(await personOf(first), people.twice);
      assert.equal(await personOf(second), null);
      assert.ok(
        (await pending()).some((b: { id: string }) => b.id === b2.id),
        'it still waits, unchanged',
      );
    });

    test('only the secretariat lists and decides bindings; every answer is no-store', async () => {
      const [any] = await pending();
      for (const role of ['anonymous', 'member', 'participant', 'moderator'] as const) {
        const list = await t.call('GET', '/api/v1/bindings?state=pending', { as: role });
        assert.equal(list.statusCode, role === 'anonymous' ? 401 : 403);
        assert.equal(list.headers['cache-control'], 'no-store');
        const post = await t.call('POST', `/api/v1/bindings/${any.id}/decision`, {
          as: role,
          body: { decision: 'confirm' },
        });
        assert.equal(post.statusCode, role === 'anonymous' ? 401 : 403);
      }
      const list = await t.call('GET', '/api/v1/bindings', { as: 'admin' });
      assert.equal(list.statusCode, 200);
      assert.equal(list.headers['cache-control'], 'no-store');
      assert.equal((await t.call('GET', '/api/v1/bindings?state=nonsense', { as: 'admin' })).statusCode, 400);
    });

    test('account setup looks its link up before hashing any password', async () => {
      const before = hashing.count;
      const bogus = await t.call('POST', `/api/v1/account-setup/${'x'.repeat(43)}`, {
        body: { method: 'password', password: PASSWORD },
      });
      assert.equal(bogus.statusCode, 404);
      assert.equal(hashing.count, before, 'a link of nobody costs no argon2');
      const { setup } = await inviteAndAccept('admin', personId('isrs'), 'isrs@evil.example');
      await openAccount(setup!);
      assert.equal(hashing.count, before + 1);
      const used = await t.call('POST', `/api/v1/account-setup/${setup}`, {
        body: { method: 'password', password: PASSWORD },
      });
      assert.equal(used.statusCode, 409);
      assert.equal(hashing.count, before + 1, 'nor does a used one');
    });
  });
}
