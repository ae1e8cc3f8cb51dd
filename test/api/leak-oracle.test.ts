import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { MultiText } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { liveClient } from '../support/live-client.ts';
import {
  buildShared,
  buildWorld,
  CLEARANCE_LIST,
  CLEARANCE_POST,
  type BuiltWorld,
  type Shared,
} from '../support/leak-oracle/build.ts';
import { checkResponse, OracleState } from '../support/leak-oracle/checks.ts';
import {
  DRAWN_PAGES,
  fillPath,
  getRoutes,
  READERS,
  targets,
  type MountedGet,
  type Reader,
} from '../support/leak-oracle/crawl.ts';
import { decode } from '../support/leak-oracle/decode.ts';
import { Failures, type Category } from '../support/leak-oracle/failures.ts';
import { worldArb, type WorldSpec } from '../support/leak-oracle/world.ts';

/**
 * The leak oracle. Under the Chatham House Rule nothing that leaves the circle of participants may
 * name a speaker or an affiliation. It generates dialogues (fast-check) — wholly under the Rule, or
 * public with items under it — with people and institutions written in Latin and Cyrillic, texts that
 * name them inflected and transliterated, and texts that name nobody (which it clears); then it walks
 * every GET route Fastify mounted, fills its path from the data, varies its query along its contract
 * (attribution filters, searches for every form of a name, export languages), reads every answer as
 * anonymous and as a member from an institution that takes no part, decodes it (gzip, DOCX, PDF,
 * HTML, JSON escapes) and lists everything that gives a withheld participant away. A route added later
 * is crawled without anyone remembering to add it; one whose parameters it cannot fill fails it.
 *
 * LEAK_ORACLE_SEED replays a run; LEAK_ORACLE_RUNS sets how many dialogues (default 4).
 */
const RUNS = Number(process.env.LEAK_ORACLE_RUNS ?? 4);
const SEED = Number(process.env.LEAK_ORACLE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const NOT_CLEARED_MODULE = new URL('../../src/shared/chatham/not-cleared.ts', import.meta.url).href;

const debug = process.env.LEAK_ORACLE_DEBUG ? (...a: unknown[]) => console.error('[leak-oracle]', ...a) : () => {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const backend of BACKENDS) {
  describe(`the leak oracle: nothing under the Chatham House Rule leaves the room (${backend})`, () => {
    let t: TestApp;
    let shared: Shared;
    let state: OracleState;
    let offset = 0;
    let liveUrl = '';
    let webDir = '';
    const failures = new Failures();
    const spent = new Map<string, number>();
    const timings: string[] = [];
    const reader = (r: Reader): 'anonymous' | Client => (r === 'anonymous' ? 'anonymous' : shared.outsider.client);

    /** The record's insiders see who said what, and every word of it: the fix is not to hide everything. */
    async function insiderChecks(world: BuiltWorld) {
      const D = world.dialogueId;
      for (const [who, as] of [
        ['admin', 'admin'],
        ['a participant', world.insider.client!],
      ] as const) {
        const res = await t.call('GET', `/api/v1/dialogues/${D}`, { as });
        const add = (what: string, detail?: string) =>
          failures.add({
            category: 'insider',
            route: 'GET /api/v1/dialogues/:id',
            what,
            reader: who,
            url: `/api/v1/dialogues/${D}`,
            ...(detail ? { detail } : {}),
          });
        if (res.statusCode !== 200) {
          add(`answers ${res.statusCode}`, res.body.slice(0, 120));
          continue;
        }
        const rec = res.json() as {
          audience: string;
          participants: unknown[];
          statements: { id: string; speaker: unknown; text: MultiText }[];
          outcomes: {
            id: string;
            text: MultiText;
            ownerOrganizationId: string | null;
            proposerIds: string[];
            endorserIds: string[];
          }[];
        };
        if (rec.audience !== 'inside') add(`reads the record as "${rec.audience}"`);
        if (rec.participants.length !== world.people.length)
          add('does not see every participant', `${rec.participants.length} of ${world.people.length}`);
        for (const r of world.records.filter((x) => x.rule)) {
          const seen = [...rec.statements, ...rec.outcomes].find((x) => x.id === r.id) as
            Record<string, unknown> | undefined;
          if (!seen) {
            add(`does not see a ${r.kind} said under the Rule`);
            continue;
          }
          const texts = Object.values((seen.text as MultiText).texts).map((x) => x.text);
          if (!Object.values(r.text.texts).every((x) => texts.includes(x.text)))
            add(`does not read the full text of a ${r.kind} under the Rule`, texts.join(' | ').slice(0, 120));
          if (r.kind === 'statement') {
            if (JSON.stringify(seen.speaker) !== JSON.stringify(r.speaker))
              add('does not see who said a statement under the Rule', JSON.stringify(seen.speaker));
          } else {
            if (seen.ownerOrganizationId !== r.ownerOrganizationId)
              add('does not see the owner of an outcome under the Rule', String(seen.ownerOrganizationId));
            if (
              JSON.stringify(seen.proposerIds) !== JSON.stringify(r.proposerIds) ||
              JSON.stringify(seen.endorserIds) !== JSON.stringify(r.endorserIds)
            )
              add('does not see the proposers and endorsers of an outcome under the Rule');
          }
        }
      }
    }

    /** Room activity (an insider joins, chats, leaves) must not show in what outsiders read: not in the ETag, not in the seq. */
    async function roomChecks(world: BuiltWorld) {
      const url = `/api/v1/dialogues/${world.dialogueId}`;
      const look = async () =>
        Promise.all(
          READERS.map(async (r) => {
            const res = await t.call('GET', url, { as: reader(r) });
            return {
              reader: r,
              etag: String(res.headers.etag ?? ''),
              seq: res.statusCode === 200 ? (res.json() as { seq: number }).seq : -1,
            };
          }),
        );
      const compare = (step: string, a: Awaited<ReturnType<typeof look>>, b: Awaited<ReturnType<typeof look>>) => {
        for (const [i, x] of a.entries()) {
          const y = b[i]!;
          const add = (what: string, detail: string) =>
            failures.add({
              category: 'room',
              route: 'GET /api/v1/dialogues/:id',
              what,
              reader: x.reader,
              url,
              detail: `${detail} [dialogue #${world.index + 1}, ${world.mode}]`,
            });
          if (x.etag !== y.etag) add(`the ETag outsiders see changes when ${step}`, `${x.etag} → ${y.etag}`);
          if (x.seq !== y.seq) add(`the seq outsiders see changes when ${step}`, `${x.seq} → ${y.seq}`);
        }
      };
      // Generated dialogues lie in the past: open the room's window as a chair's reopening would (no event).
      const until = new Date(Date.now() + 2 * 60 * 60_000).toISOString();
      await t.database.db.execute(
        sql`insert into live_rooms (dialogue_id, reopened_until) values (${world.dialogueId}, ${until})
            on conflict (dialogue_id) do update set reopened_until = excluded.reopened_until`,
      );
      const start = await look();
      const live = await liveClient(liveUrl, world.insider.client!);
      try {
        const sub = await live.subscribe(world.dialogueId);
        if (sub.type !== 'snapshot') {
          failures.add({
            category: 'room',
            route: 'WS /api/v1/live',
            what: 'an insider cannot subscribe to the room',
            detail: JSON.stringify(sub).slice(0, 120),
          });
          return;
        }
        await sleep(150);
        const joined = await look();
        compare('an insider joins the room (presence)', start, joined);
        const ack = await live.act({
          type: 'chat.post',
          dialogueId: world.dialogueId,
          text: 'A word in the room, for insiders only.',
        });
        if (ack.type !== 'ack')
          failures.add({
            category: 'room',
            route: 'WS /api/v1/live',
            what: 'an insider cannot chat',
            detail: JSON.stringify(ack).slice(0, 120),
          });
        await sleep(150);
        compare('an insider posts in the chat', joined, await look());
      } finally {
        live.close();
      }
      await sleep(300);
      compare('an insider joins, chats and leaves the room', start, await look());
    }

    /**
     * The oracle is not blind: it recognises the names in every text it wrote, and finds names and
     * texts in every format as insiders read them (where they belong).
     */
    async function selfCheck(world: BuiltWorld) {
      const add = (what: string, detail?: string) =>
        failures.add({ category: 'coverage', route: 'the oracle itself', what, ...(detail ? { detail } : {}) });
      const matcher = state.words.get(world.dialogueId)!;
      for (const r of world.records.filter((x) => x.identifying))
        for (const { text } of Object.values(r.text.texts))
          if (!matcher.scan(text).length) add('does not recognise the names in a text it wrote', text.slice(0, 120));
      const D = world.dialogueId;
      for (const path of [`record.json`, `record.csv?lang=ru`, `minutes.docx?lang=ru`, `minutes.pdf?lang=en`]) {
        const res = await t.call('GET', `/api/v1/dialogues/${D}/${path}`, { as: 'admin' });
        if (res.statusCode !== 200) {
          add(`cannot read ${path.split('?')[0]} as an insider`, `${res.statusCode} ${res.body.slice(0, 100)}`);
          continue;
        }
        const { text } = await decode(res);
        if (!matcher.scan(text).some((h) => h.token.kind === 'name part'))
          add(`finds no participant's name in ${path.split('?')[0]} as insiders read it`);
        if (!world.records.some((r) => r.identifying && text.includes(r.anchors[0])))
          add(`finds none of its texts in ${path.split('?')[0]} as insiders read it`);
      }
    }

    /** The cleared texts (naming nobody) reach outsiders verbatim, in the record and in search. */
    async function clearanceChecks(world: BuiltWorld) {
      const cleared = world.records.filter((r) => r.rule && r.cleared);
      for (const r of READERS) {
        const res = await t.call('GET', `/api/v1/dialogues/${world.dialogueId}`, { as: reader(r) });
        const rec = res.json() as {
          statements: { id: string; text: MultiText }[];
          outcomes: { id: string; text: MultiText }[];
        };
        for (const c of cleared) {
          const seen = [...(rec.statements ?? []), ...(rec.outcomes ?? [])].find((x) => x.id === c.id);
          const shown = seen ? Object.values(seen.text.texts).map((x) => x.text) : [];
          if (!Object.values(c.text.texts).every((x) => shown.includes(x.text)))
            failures.add({
              category: 'clearance',
              route: 'GET /api/v1/dialogues/:id',
              what: `outsiders do not read a cleared ${c.kind} verbatim`,
              reader: r,
              url: `/api/v1/dialogues/${world.dialogueId}`,
              detail: shown.join(' | ').slice(0, 120) || '(missing)',
            });
        }
      }
      for (const c of cleared) {
        const url = `/api/v1/search?q=${encodeURIComponent(c.anchors[0])}&limit=50`;
        const hits = ((await t.call('GET', url)).json() as { hits?: { id: string }[] }).hits ?? [];
        if (!hits.some((h) => h.id === c.id))
          failures.add({
            category: 'clearance',
            route: 'GET /api/v1/search',
            what: `outsiders do not find a cleared ${c.kind} by its words`,
            reader: 'anonymous',
            url,
          });
      }
    }

    async function crawl(world: BuiltWorld, routes: MountedGet[]) {
      let n = 0;
      const list = targets(routes, world, shared, (route, what) =>
        failures.add({ category: 'coverage', route, what: `cannot fill ${what}: teach the leak oracle this route` }),
      );
      debug(`crawling ${list.length} targets`);
      const one = async (target: (typeof list)[number], r: Reader) => {
        const started = Date.now();
        const res = await t.call('GET', target.url, {
          as: reader(r),
          headers: n++ % 3 === 0 ? { 'accept-encoding': 'gzip' } : {},
        });
        let decoded;
        try {
          decoded = await decode(res);
        } catch (err) {
          failures.add({
            category: 'coverage',
            route: target.route,
            what: `cannot be decoded: ${(err as Error).message}`,
            reader: r,
            url: target.url,
          });
          return;
        }
        checkResponse({ state, target, reader: r, res: decoded, failures });
        spent.set(target.route, (spent.get(target.route) ?? 0) + Date.now() - started);
      };
      // Two readers at a time: decoding (PDF, DOCX) overlaps with the next request.
      const jobs = list.flatMap((target) => READERS.map((r) => [target, r] as const));
      const worker = async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await one(...job);
      };
      await Promise.all([worker(), worker()]);
      return list.length * READERS.length;
    }

    /** A hidden dialogue (restricted, or a draft) answers outsiders exactly as a dialogue that does not exist. */
    async function notFoundChecks(routes: MountedGet[]) {
      for (const hidden of shared.hidden) {
        const fake = (ids: Record<string, string>) =>
          ({
            dialogueId: ids.dialogue,
            people: [{ id: ids.person, participantId: ids.participant }],
            items: [{ id: ids.item }],
            records: [
              { kind: 'statement', id: ids.statement },
              { kind: 'outcome', id: ids.outcome, outcomeKind: 'commitment' },
            ],
            publications: [{ id: ids.publication, slug: ids.slug }],
            orgs: [],
            convener: { id: ids.org },
          }) as unknown as BuiltWorld;
        const real = {
          dialogue: hidden.dialogueId,
          person: hidden.personId,
          participant: hidden.participantId,
          item: hidden.agendaItemId,
          statement: hidden.statementId,
          outcome: hidden.outcomeId,
          publication: hidden.publicationId,
          slug: hidden.slug,
          org: hidden.orgId,
        };
        const none = Object.fromEntries(
          Object.keys(real).map((k) => [
            k,
            k === 'slug' ? `2025-02-03-nothing-here-${randomUUID().slice(0, 8)}-en` : randomUUID(),
          ]),
        );
        for (const route of routes.filter((x) =>
          /^\/api\/v1\/(dialogues\/:id|actions\/:id|news\/:slug)|^\/news\/:slug|^\/dialogues\/:id$/.test(x.url),
        )) {
          const a = fillPath(route, fake(real), shared);
          const b = fillPath(route, fake(none), shared);
          if ('missing' in a || 'missing' in b) continue; // reported by the crawl
          for (const [i, pa] of a.paths.entries()) {
            const pb = b.paths[i]!;
            for (const r of READERS) {
              const ra = await t.call('GET', pa.url, { as: reader(r) });
              const rb = await t.call('GET', pb.url, { as: reader(r) });
              const norm = (body: string, ids: Record<string, string>) =>
                Object.entries(ids).reduce((s, [k, v]) => s.split(v).join(`:${k}`), body);
              const na = norm(ra.body, real);
              const nb = norm(rb.body, none);
              const add = (what: string, detail: string) =>
                failures.add({
                  category: 'not-found',
                  route: `GET ${route.url}`,
                  what,
                  reader: r,
                  url: pa.url,
                  detail,
                });
              // A page of the web app answers index.html for an id it knows nothing of: the same, not a 404.
              const page = DRAWN_PAGES.includes(route);
              if (ra.statusCode !== (page ? 200 : 404))
                add(
                  `a ${hidden.label} dialogue answers ${ra.statusCode}, not ${page ? 200 : 404}`,
                  ra.body.slice(0, 120),
                );
              else if (
                ra.statusCode !== rb.statusCode ||
                na !== nb ||
                ra.headers['content-type'] !== rb.headers['content-type']
              )
                add(
                  `a ${hidden.label} dialogue and one that does not exist answer differently`,
                  `${ra.statusCode} ${na.slice(0, 110)} ≠ ${rb.statusCode} ${nb.slice(0, 110)}`,
                );
            }
          }
        }
      }
    }

    before(async () => {
      const started = Date.now();
      // The app's index.html as its source has it, so its pages are drawn in whether or not it is built.
      webDir = await mkdtemp(join(tmpdir(), 'ed-oracle-web-'));
      await copyFile(join(import.meta.dirname, '../../src/web/index.html'), join(webDir, 'index.html'));
      t = await startTestApp(backend, { clock: () => new Date(Date.now() + offset), webDir });
      await t.fastify.listen({ port: 0, host: '127.0.0.1' });
      liveUrl = `ws://127.0.0.1:${(t.fastify.server.address() as AddressInfo).port}/api/v1/live`;
      const clearance = ['POST ' + CLEARANCE_POST, 'GET ' + CLEARANCE_LIST].every((x) =>
        t.mounted.some((r) => `${r.method} ${r.url}` === x),
      );
      shared = await buildShared(t, clearance);
      const marker =
        ((await import(NOT_CLEARED_MODULE).catch(() => null)) as { NOT_CLEARED?: MultiText } | null)?.NOT_CLEARED ??
        null;
      state = new OracleState(shared, clearance ? marker : null);
      const routes = getRoutes(t);
      timings.push(`setup ${Date.now() - started} ms`);
      debug(timings.at(-1));

      const run = async (spec: WorldSpec) => {
        const t0 = Date.now();
        const world = await buildWorld(t, shared, spec, state.worlds.length, {
          clearance: (what) => failures.add({ category: 'clearance', route: 'POST ' + CLEARANCE_POST, what }),
        });
        offset += 120_000; // past the embargo of what was just published
        world.insider.client = await t.personClient(world.insider.personId);
        state.add(world);
        const t1 = Date.now();
        debug(`built dialogue #${world.index + 1} (${world.mode}) in ${t1 - t0} ms`);
        await insiderChecks(world);
        await selfCheck(world);
        debug('insider checks done');
        await roomChecks(world);
        debug('room checks done');
        if (clearance) await clearanceChecks(world);
        const requests = await crawl(world, routes);
        timings.push(
          `dialogue #${world.index + 1} (${world.mode}): built in ${t1 - t0} ms, ${requests} requests read in ${Date.now() - t1} ms`,
        );
      };
      await fc.assert(fc.asyncProperty(worldArb, run), { numRuns: RUNS, seed: SEED, endOnFailure: true });
      // Both kinds of dialogue, whatever the draw.
      for (const mode of ['whole', 'items'] as const)
        if (!state.worlds.some((w) => w.mode === mode))
          await run({ ...fc.sample(worldArb, { numRuns: 1, seed: SEED + 1 })[0]!, mode });
      const t2 = Date.now();
      await notFoundChecks(routes);
      timings.push(`404 comparison ${Date.now() - t2} ms; total ${Date.now() - started} ms`);
      console.log(`leak oracle (${backend}, seed ${SEED}): ${timings.join('; ')}`);
      debug(
        [...spent]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([route, ms]) => `${route} ${ms} ms`)
          .join('\n'),
      );
    });
    after(async () => {
      await t?.close();
      await rm(webDir, { recursive: true, force: true });
    });

    const expectNone = (category: Category, title: string) => {
      const message = failures.report(
        category,
        `${title} (${backend}, seed ${SEED}; replay with LEAK_ORACLE_SEED=${SEED})`,
      );
      assert.equal(message, null, message ?? '');
    };

    test('no outsider answer names a withheld participant, institution or id; texts under the Rule name nobody', () =>
      expectNone('leak', 'Leaks to outsiders'));
    test('no directory answer ties a withheld person or institution to a dialogue under the Rule', () =>
      expectNone('directory', 'Directory leaks'));
    test('attribution filters, facets and tracker counts return nothing said or owned under the Rule', () =>
      expectNone('filter', 'Attribution filters that leak'));
    test("room activity changes neither the ETag nor the seq of outsiders' record", () =>
      expectNone('room', 'Room activity seen from outside'));
    test('a hidden dialogue answers outsiders exactly as one that does not exist', () =>
      expectNone('not-found', 'Hidden dialogues told apart from nothing'));
    test('insiders see who said what, and every word', () => expectNone('insider', 'Insiders shown too little'));
    test('cleared texts reach outsiders verbatim; uncleared ones read as the marker', (c) => {
      if (!shared?.clearance) {
        c.skip('clearance routes not mounted yet');
        return;
      }
      expectNone('clearance', 'Clearance');
    });
    test('every GET route is crawled: its parameters filled, its answers readable, no server error', () =>
      expectNone('coverage', 'Routes the oracle could not read'));
  });
}
