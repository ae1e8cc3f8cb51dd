import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ml } from '../../src/shared/multilingual.ts';
import type { DialogueRecord } from '../../src/shared/contracts/dialogue-record.ts';
import { NO_COUNTRY, type TrackerMatrix } from '../../src/shared/contracts/tracker.ts';
import { outcomeStatusChanges } from '../../src/server/db/schema.ts';
import { ORGANIZATIONS, orgId, personId } from '../../src/server/demo/directory-data.ts';
import { DOCUMENTS, documentId, provisionId } from '../../src/server/demo/references-data.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';

const DOC = 'a-res-72-283';
const STATUSES = ['planned', 'in_progress', 'done', 'stalled', 'dropped'] as const;

/** A small deterministic generator, so every run builds the same dialogues. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const backend of BACKENDS) {
  describe(`the follow-up tracker (${backend})`, () => {
    let t: TestApp;
    const now = new Date('2026-06-01T00:00:00Z');
    const provisionIds = DOCUMENTS.find((d) => d.key === DOC)!.provisions.map((p) => provisionId(DOC, p.key));
    const made: {
      dialogues: string[];
      restricted: string;
      chatham: string;
      action: string;
      recommendations: string[];
    } = {
      dialogues: [],
      recommendations: [],
      restricted: '',
      chatham: '',
      action: '',
    };

    before(async () => {
      t = await startTestApp(backend, { clock: () => now });
      const admin = async (method: string, url: string, body: unknown) => {
        const res = await t.call(method, url, { as: 'admin', body });
        assert.ok(res.statusCode < 300, `${method} ${url} → ${res.body.slice(0, 300)}`);
        return res.json();
      };
      const rand = random(2026);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
      const institutes = ['kaziss', 'niss-kg', 'csr-tj', 'isrs', 'sccs-tm', 'sco'];
      // One delegate per institution; the Kazakh one is the demo person the participant user stands for.
      const delegates = new Map<string, string>([['kaziss', personId('kaziss')]]);
      for (const key of institutes.slice(1)) {
        delegates.set(
          key,
          (
            await admin('POST', '/api/v1/people', {
              name: ml({ en: `Delegate of ${key}` }),
              positions: [{ organizationId: orgId(key), title: ml({ en: 'Delegate' }) }],
            })
          ).id,
        );
      }
      for (let i = 0; i < 7; i++) {
        const confidentiality = i === 5 ? 'restricted' : i === 6 ? 'chatham_house' : 'public';
        const year = 2019 + i;
        const d = await admin('POST', '/api/v1/dialogues', {
          title: ml({ en: `Generated round ${i}` }),
          format: 'videoconference',
          startsAt: `${year}-03-0${1 + (i % 5)}T05:00:00Z`,
          endsAt: `${year}-03-0${1 + (i % 5)}T07:00:00Z`,
          hostZone: 'Asia/Tashkent',
          status: 'concluded',
          confidentiality,
          languages: ['en'],
          media: { kind: 'built_in' },
          convenerIds: [],
          referenceDocumentIds: [documentId(DOC)],
        });
        made.dialogues.push(d.id);
        if (confidentiality === 'restricted') made.restricted = d.id;
        if (confidentiality === 'chatham_house') made.chatham = d.id;
        const people = new Map<string, string>();
        for (const key of institutes) {
          const p = await admin('POST', `/api/v1/dialogues/${d.id}/participants`, {
            personId: delegates.get(key),
            organizationId: orgId(key),
            role: 'delegate',
            invitation: 'accepted',
          });
          people.set(key, p.id);
        }
        for (let s = 0; s < 12; s++) {
          const speaker =
            rand() < 0.2
              ? {
                  kind: 'collective',
                  organizationIds: [orgId(pick(institutes)), orgId(pick(institutes))].filter(
                    (v, k, a) => a.indexOf(v) === k,
                  ),
                }
              : { kind: 'participant', participantId: people.get(pick(institutes)) };
          await admin('POST', `/api/v1/dialogues/${d.id}/statements`, {
            speaker,
            kind: 'remarks',
            text: ml({ en: `Generated statement ${s}` }),
            areaIds: [],
            provisionIds: [pick(provisionIds), ...(rand() < 0.3 ? [pick(provisionIds)] : [])].filter(
              (v, k, a) => a.indexOf(v) === k,
            ),
          });
        }
        for (let a = 0; a < 5; a++) {
          const o = await admin('POST', `/api/v1/dialogues/${d.id}/outcomes`, {
            kind: pick(['commitment', 'follow_up_action']),
            text: ml({ en: `Generated action ${a}` }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [pick(provisionIds)],
            ownerOrganizationId: orgId(pick(institutes)),
            dueOn: `${year + pick([0, 1, 8])}-12-31`,
            status: pick(STATUSES),
          });
          if (!made.action && confidentiality === 'public' && o.ownerOrganizationId === orgId('kaziss'))
            made.action = o.id;
        }
        // Recommendations: tracked once they have an owner and a due date, and only then.
        for (let r = 0; r < 3; r++) {
          const owned = r !== 2;
          const o = await admin('POST', `/api/v1/dialogues/${d.id}/outcomes`, {
            kind: 'recommendation',
            text: ml({ en: `Generated recommendation ${r}` }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [pick(provisionIds)],
            ownerOrganizationId: orgId(pick(institutes)),
            dueOn: owned ? `${year + pick([0, 1, 8])}-06-30` : null,
          });
          if (owned) made.recommendations.push(o.id);
        }
      }
      if (!made.action) {
        made.action = (
          await admin('POST', `/api/v1/dialogues/${made.dialogues[0]}/outcomes`, {
            kind: 'follow_up_action',
            text: ml({ en: 'A paper on transit corridors' }),
            proposerIds: [],
            endorserIds: [],
            areaIds: [],
            provisionIds: [provisionIds[0]],
            ownerOrganizationId: orgId('kaziss'),
            dueOn: '2025-12-31',
            status: 'planned',
          })
        ).id;
      }
    });
    after(async () => {
      await t.close();
    });

    const matrix = async (as: Role, extra = '') => {
      const res = await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}${extra}`, { as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as TrackerMatrix;
    };

    /** The same counts computed from the full records, as each reader sees them, by another path. */
    async function expected(as: Role) {
      const list = (await t.call('GET', '/api/v1/dialogues?limit=100', { as })).json().items as { id: string }[];
      const cells = new Map<
        string,
        { d: Set<string>; s: Set<string>; actions: Record<string, number>; overdue: number }
      >();
      const cell = (p: string, c: string) => {
        const key = `${p}|${c}`;
        if (!cells.has(key))
          cells.set(key, {
            d: new Set(),
            s: new Set(),
            actions: Object.fromEntries(STATUSES.map((x) => [x, 0])),
            overdue: 0,
          });
        return cells.get(key)!;
      };
      const countryOf = (org: string | null | undefined) =>
        ORGANIZATIONS.find((o) => orgId(o.key) === org)?.countryCode ?? NO_COUNTRY;
      for (const { id } of list) {
        const r = (await t.call('GET', `/api/v1/dialogues/${id}`, { as })).json() as DialogueRecord;
        for (const s of r.statements) {
          const orgs =
            s.speaker.kind === 'participant'
              ? [
                  r.participants.find((p) => p.id === (s.speaker as { participantId: string }).participantId)!
                    .organizationId,
                ]
              : s.speaker.kind === 'collective'
                ? s.speaker.organizationIds
                : [null];
          const countries = new Set(orgs.map(countryOf));
          for (const p of s.provisionIds.filter((x) => provisionIds.includes(x))) {
            for (const c of [...countries, '*']) {
              cell(p, c).d.add(id);
              cell(p, c).s.add(s.id);
            }
          }
        }
        const tracked = (x: DialogueRecord['outcomes'][number]) =>
          x.kind === 'commitment' ||
          x.kind === 'follow_up_action' ||
          // Known from the writes, not the view: under the Rule an outsider does not see the owner.
          (x.kind === 'recommendation' && made.recommendations.includes(x.id));
        for (const o of r.outcomes.filter(tracked)) {
          const overdue =
            o.dueOn !== null && o.dueOn < '2026-06-01' && !['done', 'dropped'].includes(o.status ?? 'planned');
          for (const p of o.provisionIds.filter((x) => provisionIds.includes(x))) {
            for (const c of [countryOf(o.ownerOrganizationId), '*']) {
              cell(p, c).actions[o.status ?? 'planned']!++;
              if (overdue) cell(p, c).overdue++;
            }
          }
        }
      }
      return cells;
    }

    for (const as of ['admin', 'anonymous'] as const) {
      test(`every cell matches the record, as ${as === 'admin' ? 'the secretariat' : 'the public'} sees it`, async () => {
        const m = await matrix(as);
        const want = await expected(as);
        assert.deepEqual(
          m.columns.map((c) => c.key),
          ['CN', 'KG', 'KZ', 'TJ', 'TM', 'UZ', NO_COUNTRY],
        );
        let nonEmpty = 0;
        for (const row of m.rows) {
          for (const [key, got] of [...Object.entries(row.cells), ['*', row.total] as const]) {
            const w = want.get(`${row.provisionId}|${key}`);
            const where = `${as} ${row.number} × ${key}`;
            assert.equal(got.dialogues, w?.d.size ?? 0, `${where}: dialogues`);
            assert.equal(got.statements, w?.s.size ?? 0, `${where}: statements`);
            assert.deepEqual(
              got.actions,
              w?.actions ?? Object.fromEntries(STATUSES.map((x) => [x, 0])),
              `${where}: actions`,
            );
            assert.equal(got.overdue, w?.overdue ?? 0, `${where}: overdue`);
            if (got.statements) nonEmpty++;
          }
        }
        assert.ok(nonEmpty > 10, 'the generated data fills many cells');
      });
    }

    test('a recommendation with an owner and a due date is tracked; one without a due date is not', async () => {
      const m = await matrix('admin');
      const listed = new Set(m.rows.flatMap((r) => (r.total.items ?? []).map((i) => i.id)));
      for (const id of made.recommendations) assert.ok(listed.has(id), `recommendation ${id} is tracked`);
      const kinds = new Set(m.rows.flatMap((r) => (r.total.items ?? []).map((i) => i.kind)));
      assert.ok(kinds.has('recommendation'));
      const items = m.rows.flatMap((r) => r.total.items ?? []);
      assert.ok(
        items.every((i) => i.kind !== 'recommendation' || (i.ownerOrganizationId && i.dueOn)),
        'a recommendation without a due date stays out',
      );
      const page = await t.call('GET', `/api/v1/actions/${made.recommendations[0]}`, { as: 'admin' });
      assert.equal(page.statusCode, 200, 'a tracked recommendation has an action page');
    });

    test('the public sees aggregates only: nothing restricted, nothing attributed under the Rule, no action listed', async () => {
      const inside = await matrix('admin');
      const outside = await matrix('anonymous');
      const total = (m: TrackerMatrix) => m.rows.reduce((n, r) => n + r.total.statements, 0);
      assert.ok(total(outside) < total(inside), 'the restricted dialogue counts only inside');
      assert.ok(
        inside.rows.some((r) => Object.values(r.cells).some((c) => c.items?.length)),
        'the secretariat sees the actions',
      );
      assert.ok(
        outside.rows.every(
          (r) => r.total.items === undefined && Object.values(r.cells).every((c) => c.items === undefined),
        ),
      );
      const chatham = (
        await t.call('GET', `/api/v1/dialogues/${made.chatham}/statements?limit=100`, { as: 'admin' })
      ).json().items as { provisionIds: string[] }[];
      // Under the Rule, what was said counts for the provision, never for a country.
      const perProvision = new Map<string, number>();
      for (const s of chatham) for (const p of s.provisionIds) perProvision.set(p, (perProvision.get(p) ?? 0) + 1);
      for (const row of outside.rows) {
        const countried = Object.entries(row.cells)
          .filter(([k]) => k !== NO_COUNTRY)
          .reduce((n, [, c]) => n + c.statements, 0);
        assert.ok(
          row.cells[NO_COUNTRY]!.statements >= (perProvision.get(row.provisionId) ?? 0),
          `${row.number}: Chatham statements are unattributed`,
        );
        // No Chatham statement counts for a country: each country's cell holds at most the others.
        const attributable = row.total.statements - (perProvision.get(row.provisionId) ?? 0);
        for (const [key, c] of Object.entries(row.cells))
          if (key !== NO_COUNTRY) assert.ok(c.statements <= attributable, `${row.number} × ${key}: ${c.statements}`);
        // Every statement falls in some column.
        assert.ok(countried + row.cells[NO_COUNTRY]!.statements >= row.total.statements, `${row.number}: columns`);
      }
    });

    test('the actions export as CSV and JSON: in detail for the secretariat, nothing for the public', async () => {
      const inside = await matrix('admin');
      const listed = new Set(inside.rows.flatMap((r) => (r.total.items ?? []).map((i) => i.id)));
      const json = (
        await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}/actions.json`, { as: 'admin' })
      ).json().items as { id: string }[];
      assert.deepEqual(new Set(json.map((a) => a.id)), listed);
      const csv = (await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}/actions.csv`, { as: 'admin' }))
        .body;
      assert.equal(csv.trim().split('\r\n').length, listed.size + 1);
      assert.deepEqual(
        (await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}/actions.json`)).json().items,
        [],
      );
      const matrixCsv = (await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}/matrix.csv`)).body;
      assert.equal(
        matrixCsv.trim().split('\r\n').length,
        1 + provisionIds.length * 8,
        'a line per provision and column, and its total',
      );
    });

    test('filters narrow the matrix: period, series and owner', async () => {
      const all = await matrix('admin');
      const early = await matrix('admin', '?from=2019-01-01&to=2020-12-31');
      const sum = (m: TrackerMatrix) => m.rows.reduce((n, r) => n + r.total.dialogues, 0);
      assert.ok(sum(early) > 0 && sum(early) < sum(all));
      const owned = await matrix('admin', `?owner=${orgId('kaziss')}`);
      for (const r of owned.rows)
        for (const i of r.total.items ?? []) assert.equal(i.ownerOrganizationId, orgId('kaziss'));
      const bad = await t.call('GET', `/api/v1/tracker/documents/${documentId(DOC)}?from=yesterday`);
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].path, 'query.from');
    });

    test('only the owner institution and the secretariat change a status; the history is only appended to', async () => {
      const page = async (as: Role = 'admin') => (await t.call('GET', `/api/v1/actions/${made.action}`, { as })).json();
      let p = await page();
      for (const as of ['member', 'moderator', 'anonymous'] as const) {
        const res = await t.call('POST', `/api/v1/actions/${made.action}/status`, {
          as,
          body: { status: 'done', version: p.action.version },
        });
        assert.equal(res.statusCode, as === 'anonymous' ? 401 : 403, `${as}: ${res.body}`);
      }
      assert.equal((await page('participant')).canUpdate, true);
      assert.equal((await page('member')).canUpdate, false);
      const history = async () =>
        t.database.db
          .select()
          .from(outcomeStatusChanges)
          .where(eq(outcomeStatusChanges.outcomeId, made.action))
          .orderBy(outcomeStatusChanges.id);
      const before = await history();
      const moved = await t.call('POST', `/api/v1/actions/${made.action}/status`, {
        as: 'participant',
        body: {
          status: p.action.status === 'stalled' ? 'in_progress' : 'stalled',
          note: ml({ en: 'Waiting for the ministries.' }),
          evidence: ['https://example.org/letter'],
          version: p.action.version,
        },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      p = moved.json();
      const done = await t.call('POST', `/api/v1/actions/${made.action}/status`, {
        as: 'admin',
        body: { status: 'done', evidence: ['https://example.org/report'], version: p.action.version },
      });
      assert.equal(done.statusCode, 200, done.body);
      const after = await history();
      assert.equal(after.length, before.length + 2);
      assert.deepEqual(after.slice(0, before.length), before, 'earlier entries are unchanged');
      assert.deepEqual(
        after.slice(-2).map((h) => h.evidence),
        [['https://example.org/letter'], ['https://example.org/report']],
      );
      const stale = await t.call('POST', `/api/v1/actions/${made.action}/status`, {
        as: 'admin',
        body: { status: 'planned', version: p.action.version },
      });
      assert.equal(stale.statusCode, 409);
      const rewrite = await t.call('PATCH', `/api/v1/dialogues/${p.dialogue.id}/outcomes/${made.action}`, {
        as: 'admin',
        body: { version: done.json().action.version, statusHistory: [] },
      });
      assert.equal(rewrite.statusCode, 400, 'there is no way to write the history itself');
      assert.equal((await page()).action.statusHistory.length, after.length);
    });
  });
}
