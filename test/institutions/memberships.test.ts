import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like } from 'drizzle-orm';
import { DIALOGUE_2020_ID, participantId } from '../../src/server/demo/dialogue-2020.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { provisionId } from '../../src/server/demo/references-data.ts';
import { events, institutionMemberships } from '../../src/server/db/schema.ts';
import type { Membership } from '../../src/shared/contracts/institutions.ts';
import type { Publication } from '../../src/shared/contracts/publishing.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type Role, type TestApp } from '../support/app.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
const TODAY = '2026-03-02';
const YESTERDAY = '2026-03-01';
const kaziss = orgId('kaziss');
const members = `/api/v1/organizations/${kaziss}/memberships`;

for (const backend of BACKENDS) {
  describe(`institutions: memberships decide what an institution's people may do (${backend})`, () => {
    let t: TestApp;
    /** A researcher of the Kazakh institute with an account: made a member by the focal point below. */
    let researcher: Client;
    let actionId = '';
    before(async () => {
      t = await startTestApp(backend, { clock: () => NOW });
      researcher = await t.personClient(personId('niss-tj'));
      const made = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
        as: 'admin',
        body: {
          kind: 'follow_up_action',
          text: ml({ en: 'Publish the joint transit study.' }),
          proposerIds: [],
          endorserIds: [],
          areaIds: [],
          provisionIds: [provisionId('a-res-72-283', 'op')],
          ownerOrganizationId: kaziss,
          dueOn: '2026-06-30',
          status: 'planned',
        },
      });
      assert.equal(made.statusCode, 201, made.body);
      actionId = made.json().id;
    });
    after(async () => {
      await t.close();
    });

    const as = (who: Role | Client) => ({ as: who });
    const moveAction = async (who: Role | Client) => {
      const page = (await t.call('GET', `/api/v1/actions/${actionId}`, as('admin'))).json();
      return t.call('POST', `/api/v1/actions/${actionId}/status`, {
        as: who,
        body: {
          status: page.action.status === 'in_progress' ? 'stalled' : 'in_progress',
          version: page.action.version,
        },
      });
    };
    const auditOf = async (type: string) =>
      t.database.db
        .select()
        .from(events)
        .where(and(eq(events.stream, 'accounts'), like(events.type, type)));

    test("a chair who edits their own participant row into another institution gains nothing of that institution's", async () => {
      const row = (
        await t.call(
          'GET',
          `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${participantId('unrcca')}`,
          as('admin'),
        )
      ).json();
      const edited = await t.call('PATCH', `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${row.id}`, {
        as: 'moderator',
        body: { organizationId: kaziss, version: row.version },
      });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal((await moveAction('moderator')).statusCode, 403, 'the action stays the institute’s');
      // Nor through the record's own editing route, which the chair may use for the text.
      const outcome = `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes/${actionId}`;
      for (const [field, value] of [
        ['status', 'done'],
        ['ownerOrganizationId', orgId('unrcca')],
        ['dueOn', '2027-12-31'],
      ] as const) {
        const { version } = (await t.call('GET', outcome, as('admin'))).json();
        const res = await t.call('PATCH', outcome, { as: 'moderator', body: { [field]: value, version } });
        assert.equal(res.statusCode, 403, `${field}: ${res.body}`);
        assert.equal(res.json().errors[0].path, field);
      }
      // Nor by turning it into a conclusion (to re-own it and turn it back).
      const { version: kv } = (await t.call('GET', outcome, as('admin'))).json();
      const unmade = await t.call('PATCH', outcome, { as: 'moderator', body: { kind: 'conclusion', version: kv } });
      assert.equal(unmade.statusCode, 403, unmade.body);
      assert.equal(unmade.json().errors[0].path, 'kind');
      // A new action for the institute starts as planned: its progress is the institute's to state.
      const recorded = (status: string) =>
        t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/outcomes`, {
          as: 'moderator',
          body: {
            kind: 'commitment',
            text: ml({ en: `A commitment recorded as ${status}.` }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [],
            ownerOrganizationId: kaziss,
            dueOn: '2026-09-30',
            status,
          },
        });
      assert.equal((await recorded('done')).statusCode, 403);
      assert.equal((await recorded('planned')).statusCode, 201);
      // The institute's place in the dialogue: its row is not moved to someone else, nor struck off, by the chair.
      const kazRow = `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${participantId('kaziss')}`;
      const { version: rv } = (await t.call('GET', kazRow, as('admin'))).json();
      const moved = await t.call('PATCH', kazRow, {
        as: 'moderator',
        body: { personId: personId('zhang-ming'), version: rv },
      });
      assert.equal(moved.statusCode, 403, moved.body);
      assert.equal(moved.json().errors[0].path, 'personId');
      assert.equal((await t.call('DELETE', `${kazRow}?version=${rv}`, { as: 'moderator' })).statusCode, 403);
      const { version: v } = (await t.call('GET', outcome, as('admin'))).json();
      const retitled = await t.call('PATCH', outcome, {
        as: 'moderator',
        body: { text: ml({ en: 'Publish the joint transit study, in two languages.' }), version: v },
      });
      assert.equal(retitled.statusCode, 200, 'the wording stays the record’s');
      assert.equal((await t.call('GET', members, as('moderator'))).statusCode, 403);
      const appoint = await t.call('POST', members, {
        as: 'moderator',
        body: { personId: personId('unrcca'), role: 'member' },
      });
      assert.equal(appoint.statusCode, 403, 'nor may they enrol themself');
      assert.equal(
        (await t.call('GET', '/api/v1/me/memberships', as('moderator'))).json().items[0].organizationId,
        orgId('unrcca'),
      );
      // The institute's own focal point still moves it.
      assert.equal((await moveAction('participant')).statusCode, 200);
      // Moved by its owner, it is an accountability record: the chair does not delete it.
      const { version: dv } = (await t.call('GET', outcome, as('admin'))).json();
      const removed = await t.call('DELETE', `${outcome}?version=${dv}`, { as: 'moderator' });
      assert.equal(removed.statusCode, 403, removed.body);
    });

    test("the focal point keeps the institution's members; only the secretariat appoints or ends a focal point", async () => {
      assert.equal((await moveAction(researcher)).statusCode, 403, 'not a member yet');
      const added = await t.call('POST', members, {
        as: 'participant',
        body: { personId: personId('niss-tj'), role: 'member' },
      });
      assert.equal(added.statusCode, 201, added.body);
      const m: Membership = added.json();
      assert.deepEqual([m.role, m.validFrom, m.validTo, m.current], ['member', TODAY, null, true]);
      assert.equal((await moveAction(researcher)).statusCode, 200, 'a member moves the institution’s actions');
      // A member reads the list but does not keep it.
      const list = await t.call('GET', members, as(researcher));
      assert.equal(list.statusCode, 200);
      assert.ok(list.json().items.some((x: Membership) => x.id === m.id));
      const byMember = await t.call('POST', members, {
        as: researcher,
        body: { personId: personId('isrs'), role: 'member' },
      });
      assert.equal(byMember.statusCode, 403);

      for (const body of [
        { personId: personId('isrs'), role: 'focal_point' },
        { personId: personId('niss-tj'), role: 'focal_point', validFrom: '2027-01-01' },
      ]) {
        const refused = await t.call('POST', members, { as: 'participant', body });
        assert.equal(refused.statusCode, 403, refused.body);
        assert.equal(refused.json().errors[0].path, 'role');
      }
      const own = (await t.call('GET', '/api/v1/me/memberships', as('participant'))).json().items[0] as Membership;
      assert.equal(own.role, 'focal_point');
      const endOwn = await t.call('PATCH', `${members}/${own.id}`, {
        as: 'participant',
        body: { version: own.version, validTo: TODAY },
      });
      assert.equal(endOwn.statusCode, 403, 'a focal point cannot end (or keep) a focal point: the secretariat does');
      const promote = await t.call('PATCH', `${members}/${m.id}`, {
        as: 'participant',
        body: { version: m.version, role: 'focal_point' },
      });
      assert.equal(promote.statusCode, 403);

      // Ending a membership: from its last day on, the rights go, and the history stays.
      const ended = await t.call('PATCH', `${members}/${m.id}`, {
        as: 'participant',
        body: { version: m.version, validTo: YESTERDAY },
      });
      assert.equal(ended.statusCode, 400, 'it cannot end before it started');
      assert.equal(ended.json().errors[0].path, 'validTo');
      const backdated = await t.call('PATCH', `${members}/${m.id}`, {
        as: 'admin',
        body: { version: m.version, validFrom: '2025-01-01', validTo: YESTERDAY },
      });
      assert.equal(backdated.statusCode, 200, backdated.body);
      assert.equal(backdated.json().current, false);
      assert.equal((await moveAction(researcher)).statusCode, 403, 'an ended membership grants nothing');
      // What the secretariat ended, a focal point does not reopen or extend; nor backdate a new one.
      const ended_ = backdated.json() as Membership;
      for (const body of [{ validTo: null }, { validTo: TODAY }]) {
        const reopen = await t.call('PATCH', `${members}/${m.id}`, {
          as: 'participant',
          body: { version: ended_.version, ...body },
        });
        assert.equal(reopen.statusCode, 403, reopen.body);
        assert.equal(reopen.json().errors[0].path, 'validTo');
      }
      const backdate = await t.call('POST', members, {
        as: 'participant',
        body: { personId: personId('csr-tj'), role: 'member', validFrom: '2025-06-01' },
      });
      assert.equal(backdate.statusCode, 403, backdate.body);
      assert.equal(backdate.json().errors[0].path, 'validFrom');
      assert.equal((await t.call('GET', members, as(researcher))).statusCode, 403);
      const history = (await t.call('GET', members, as('admin'))).json().items as Membership[];
      assert.ok(history.some((x) => x.id === m.id && !x.current && x.validTo === YESTERDAY));

      const audit = await auditOf('membership.%');
      const added_ = audit.find((e) => e.type === 'membership.added' && (e.payload as { id: string }).id === m.id);
      assert.ok(added_?.actorId, 'who added it is kept');
      const changed = audit.filter((e) => e.type === 'membership.changed' && (e.payload as { id: string }).id === m.id);
      assert.equal(changed.length, 1, 'refused changes leave no trace; the accepted one does');
      assert.deepEqual((changed[0]!.payload as { before: unknown }).before, {
        role: 'member',
        validFrom: TODAY,
        validTo: null,
      });
    });

    test('bad input names its field and changes nothing', async () => {
      const count = async () => (await t.database.db.select().from(institutionMemberships)).length;
      const before = await count();
      const cases: [unknown, string, number][] = [
        [
          { personId: personId('isrs'), role: 'member', validFrom: '2026-05-01', validTo: '2026-04-01' },
          'validTo',
          400,
        ],
        [{ personId: '00000000-0000-4000-8000-000000000000', role: 'member' }, 'personId', 400],
        [{ personId: personId('isrs'), role: 'chief' }, 'role', 400],
        [{ personId: personId('isrs'), role: 'member', validFrom: '0000-01-01' }, 'validFrom', 400],
        // The focal point's own span: one person, one membership at a time.
        [{ personId: personId('kaziss'), role: 'member', validFrom: '2026-04-01' }, 'validFrom', 409],
      ];
      for (const [body, path, status] of cases) {
        const res = await t.call('POST', members, { as: 'admin', body });
        assert.equal(res.statusCode, status, `${JSON.stringify(body)} → ${res.body}`);
        assert.match(res.headers['content-type'] as string, /problem\+json/);
        assert.equal(res.json().errors[0].path, path, res.body);
      }
      const unknownOrg = await t.call(
        'POST',
        '/api/v1/organizations/00000000-0000-4000-8000-000000000000/memberships',
        {
          as: 'admin',
          body: { personId: personId('isrs'), role: 'member' },
        },
      );
      assert.equal(unknownOrg.statusCode, 404);
      assert.equal(await count(), before);
    });

    test('the institutions that sign off are fixed when review starts; only the secretariat changes them, audited', async () => {
      const base = `/api/v1/dialogues/${DIALOGUE_2020_ID}/publications`;
      let p: Publication = (
        await t.call('POST', base, { as: 'moderator', body: { kind: 'minutes', language: 'en' } })
      ).json();
      assert.equal(p.signOffFixedAt, null);
      p = (
        await t.call('POST', `${base}/${p.id}/status`, {
          as: 'moderator',
          body: { to: 'in_review', version: p.version },
        })
      ).json();
      assert.ok(p.signOffFixedAt);
      const fixed = p.approvals.map((a) => a.organizationId);
      assert.ok(fixed.includes(kaziss) && !fixed.includes(orgId('niss-kg')));

      // The chair adds a participant for another institute, and cannot answer for them or for anyone.
      const listed = await t.call('POST', `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants`, {
        as: 'moderator',
        body: {
          personId: personId('yermekbayev'),
          organizationId: orgId('niss-kg'),
          role: 'observer',
          invitation: 'invited',
        },
      });
      assert.equal(listed.statusCode, 201, listed.body);
      const forged = await t.call('PATCH', `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${listed.json().id}`, {
        as: 'moderator',
        body: { invitation: 'accepted', version: listed.json().version },
      });
      assert.equal(forged.statusCode, 403, forged.body);
      assert.equal(forged.json().errors[0].path, 'invitation');
      const kazRow = (
        await t.call(
          'GET',
          `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${participantId('kaziss')}`,
          as('admin'),
        )
      ).json();
      const declineForThem = await t.call('PATCH', `/api/v1/dialogues/${DIALOGUE_2020_ID}/participants/${kazRow.id}`, {
        as: 'moderator',
        body: { invitation: 'declined', organizationId: orgId('unrcca'), version: kazRow.version },
      });
      assert.equal(declineForThem.statusCode, 403, 'nobody declines for the Kazakh institute');
      p = (await t.call('GET', `${base}/${p.id}`, as('admin'))).json();
      assert.deepEqual(
        p.approvals.map((a) => a.organizationId),
        fixed,
      );

      const change = {
        version: p.version,
        organizationIds: [...fixed, orgId('niss-kg')],
        reason: 'NISS Kyrgyzstan joined the study',
      };
      for (const who of ['moderator', 'participant'] as const) {
        const refused = await t.call('PATCH', `${base}/${p.id}/sign-offs`, { as: who, body: change });
        assert.equal(refused.statusCode, 403, `${who}: ${refused.body}`);
      }
      const noReason = await t.call('PATCH', `${base}/${p.id}/sign-offs`, {
        as: 'admin',
        body: { ...change, reason: ' ' },
      });
      assert.equal(noReason.statusCode, 400);
      assert.equal(noReason.json().errors[0].path, 'reason');
      const changed = await t.call('PATCH', `${base}/${p.id}/sign-offs`, { as: 'admin', body: change });
      assert.equal(changed.statusCode, 200, changed.body);
      p = changed.json();
      assert.ok(p.approvals.some((a) => a.organizationId === orgId('niss-kg') && !a.approved));
      const [event] = await t.database.db
        .select()
        .from(events)
        .where(and(eq(events.stream, DIALOGUE_2020_ID), eq(events.type, 'publication.sign_offs_changed')));
      assert.deepEqual((event!.payload as { before: string[] }).before, [...fixed].sort());
      assert.equal((event!.payload as { reason: string }).reason, change.reason);

      // Signing off is the focal point's: a member of the same institute who takes part may not.
      const delegate = await t.personClient(personId('isrs'));
      await t.call('POST', members, {
        as: 'admin',
        body: { personId: personId('isrs'), role: 'member', validFrom: TODAY },
      });
      const byMember = await t.call('POST', `${base}/${p.id}/reviews`, {
        as: delegate,
        body: { decision: 'approve', organizationId: kaziss },
      });
      assert.equal(byMember.statusCode, 400, byMember.body);
      assert.equal(byMember.json().errors[0].path, 'organizationId');
      const byFocal = await t.call('POST', `${base}/${p.id}/reviews`, {
        as: 'participant',
        body: { decision: 'approve' },
      });
      assert.equal(byFocal.statusCode, 201, byFocal.body);
      assert.ok((byFocal.json() as Publication).approvals.find((a) => a.organizationId === kaziss)?.approved);
    });
  });
}
