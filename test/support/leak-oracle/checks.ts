import type { MultiText } from '../../../src/shared/multilingual.ts';
import type { BuiltRecord, BuiltWorld, Shared } from './build.ts';
import type { Reader, Target } from './crawl.ts';
import type { Decoded } from './decode.ts';
import type { Failures } from './failures.ts';
import { excerpt, Matcher, wordKeys } from './tokens.ts';

/** What the oracle knows when it reads a response: every world built so far and what each withholds. */
export class OracleState {
  readonly worlds: BuiltWorld[] = [];
  readonly rule = new Map<string, { record: BuiltRecord; world: BuiltWorld }>();
  /** The tokens of every dialogue wholly under the Rule: none may appear in any outsider output. */
  whole = new Matcher([]);
  /** Per dialogue: its participants' words (no ids), for texts said under the Rule. */
  readonly words = new Map<string, Matcher>();

  constructor(
    readonly shared: Shared,
    /** The marker outsiders read in place of a text not yet cleared, when the server has one. */
    readonly marker: MultiText | null,
  ) {}

  add(world: BuiltWorld): void {
    this.worlds.push(world);
    for (const r of world.records) if (r.rule) this.rule.set(r.id, { record: r, world });
    this.whole = new Matcher(this.worlds.filter((w) => w.mode === 'whole').flatMap((w) => w.tokens));
    this.words.set(world.dialogueId, new Matcher(world.tokens.filter((t) => !t.raw)));
  }

  get clearance(): boolean {
    return this.shared.clearance;
  }
}

const DIRECTORY = /^GET \/api\/v1\/(people|organizations)(\/|$)/;
const SEARCH = 'GET /api/v1/search';
const TRACKER = 'GET /api/v1/tracker/documents/:id';
const CHARTS = 'GET /api/v1/tracker/documents/:id/charts';
const an = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
const worldLabel = (w: BuiltWorld) =>
  `dialogue #${w.index + 1} (${w.mode === 'whole' ? 'wholly under the Rule' : 'items under the Rule'})`;
const textsOf = (m: unknown): string[] =>
  m && typeof m === 'object' && 'texts' in m
    ? Object.values((m as MultiText).texts ?? {}).map((t) => String((t as { text: unknown }).text))
    : [];

interface Ctx {
  state: OracleState;
  target: Target;
  reader: Reader;
  res: Decoded;
  failures: Failures;
}

const fail = (
  c: Ctx,
  category: Parameters<Failures['add']>[0]['category'],
  what: string,
  detail?: string,
  ex?: string,
) =>
  c.failures.add({
    category,
    route: c.target.route,
    what,
    reader: c.reader,
    url: c.target.url,
    ...(detail ? { detail } : {}),
    ...(ex ? { excerpt: ex } : {}),
  });

/** Reads one outsider response and records everything it gives away. */
export function checkResponse(c: Ctx): void {
  const { state, target, res } = c;
  if (res.status >= 500) fail(c, 'coverage', `answers ${res.status}`, undefined, res.text.slice(0, 120));
  const directory = DIRECTORY.test(target.route);
  const search = target.route === SEARCH && res.status === 200 && res.json !== undefined;

  // 1. Nothing about a dialogue wholly under the Rule names its participants, anywhere.
  if (!directory && !search) {
    const keys = wordKeys(res.text);
    for (const hit of state.whole.scan(res.text, keys)) {
      const w = state.worlds.find((x) => x.dialogueId === hit.token.dialogueId)!;
      fail(
        c,
        'leak',
        `names a withheld participant of a dialogue under the Rule (${hit.token.kind})`,
        `${hit.token.label} [${worldLabel(w)}]`,
        excerpt(res.text, hit.at),
      );
    }
  }
  // 2. The directory never ties a withheld person or institution to a dialogue under the Rule.
  if (directory) {
    for (const w of state.worlds.filter((x) => x.mode === 'whole')) {
      const at = res.text.indexOf(w.dialogueId);
      if (at >= 0)
        fail(
          c,
          'directory',
          'ties a directory entry to a dialogue wholly under the Rule',
          worldLabel(w),
          excerpt(res.text, at),
        );
    }
    for (const [id, { record, world }] of state.rule) {
      const at = res.text.indexOf(id);
      if (at >= 0)
        fail(
          c,
          'directory',
          `lists ${an(record.kind)} said under the Rule`,
          `${record.kind} of ${worldLabel(world)}`,
          excerpt(res.text, at),
        );
    }
  }
  // A hidden dialogue (restricted, or a draft) shows nowhere outsiders look.
  for (const h of state.shared.hidden)
    for (const [what, id] of [
      ['its id', h.dialogueId],
      ['a statement', h.statementId],
      ['an outcome', h.outcomeId],
      ['its publication', h.slug],
    ] as const) {
      const at = res.text.indexOf(id);
      if (at >= 0) fail(c, 'not-found', `shows ${what} of a ${h.label} dialogue`, undefined, excerpt(res.text, at));
    }
  if (res.json !== undefined) walk(c, res.json, null);
  anchors(c);
  if (search) searchChecks(c);
  if (target.filter) filterChecks(c);
  if ((target.route === TRACKER || target.route === CHARTS) && res.status === 200 && res.json) trackerChecks(c);
}

/** Every statement, outcome or hit about a record under the Rule, wherever it sits in a JSON answer. */
function walk(c: Ctx, node: unknown, parent: Record<string, unknown> | null): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(c, x, parent);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const known = typeof o.id === 'string' ? c.state.rule.get(o.id) : undefined;
  if (known) ruleObject(c, o, known.record, known.world);
  // An action's page: its owner sits beside the outcome.
  if (o.action && typeof o.action === 'object') {
    const a = c.state.rule.get(String((o.action as { id?: unknown }).id));
    if (a && o.owner)
      fail(
        c,
        'leak',
        'names the owner of an outcome under the Rule (action page `owner`)',
        JSON.stringify(o.owner).slice(0, 120),
      );
  }
  for (const v of Object.values(o)) walk(c, v, o);
}

function ruleObject(c: Ctx, o: Record<string, unknown>, r: BuiltRecord, w: BuiltWorld): void {
  const field = (name: string, value: unknown) =>
    fail(
      c,
      'leak',
      `shows \`${name}\` of ${an(r.kind)} under the Rule`,
      `${JSON.stringify(value)?.slice(0, 100)} [${worldLabel(w)}]`,
    );
  if ('speaker' in o && (o.speaker as { kind?: string } | null)?.kind !== 'withheld') field('speaker', o.speaker);
  for (const k of ['proposerIds', 'endorserIds', 'organizationIds'])
    if (Array.isArray(o[k]) && (o[k] as unknown[]).length) field(k, o[k]);
  for (const k of ['ownerOrganizationId', 'organizationId', 'participantId', 'personId'])
    if (o[k] !== undefined && o[k] !== null) field(k, o[k]);
  if (Array.isArray(o.statusHistory))
    for (const h of o.statusHistory as Record<string, unknown>[]) {
      if (h.changedBy) field('statusHistory[].changedBy', h.changedBy);
      if (h.note) field('statusHistory[].note', h.note);
    }
  for (const k of ['createdAt', 'updatedAt', 'deliveredAt'] as const) {
    const real = r.times[k];
    if (real && o[k] === real) field(k, o[k]);
  }
  // No attribution id anywhere in the object.
  const raw = JSON.stringify(o);
  for (const id of [...r.attribution.orgIds, ...r.attribution.personIds, ...r.attribution.participantIds]) {
    const at = raw.indexOf(id);
    if (at >= 0)
      fail(
        c,
        'leak',
        `carries an attribution id of ${an(r.kind)} under the Rule`,
        `${id} [${worldLabel(w)}]`,
        excerpt(raw, at),
      );
  }
  // Its text names nobody; under clearance it is the cleared text or the marker.
  const matcher = c.state.words.get(w.dialogueId)!;
  const texts = [...textsOf(o.text), ...(o.snippet ? [String((o.snippet as { text?: unknown }).text ?? '')] : [])];
  for (const text of texts)
    for (const hit of matcher.scan(text))
      fail(
        c,
        'leak',
        `the text of ${an(r.kind)} under the Rule names a participant (${hit.token.kind})`,
        `${hit.token.label} [${worldLabel(w)}]`,
        excerpt(text, hit.at),
      );
  if (c.state.clearance) {
    if (r.cleared) {
      const shown = textsOf(o.text);
      const expected = Object.values(r.text.texts).map((t) => t.text);
      if (o.text && !expected.every((e) => shown.includes(e)))
        fail(c, 'clearance', `a cleared ${r.kind} is not shown verbatim to outsiders`, shown.join(' | ').slice(0, 120));
    } else {
      const original = Object.values(r.text.texts).map((t) => t.text);
      if (texts.some((s) => original.includes(s) || s.includes(r.anchors[0]) || s.includes(r.anchors[1])))
        fail(c, 'leak', `shows the uncleared text of ${an(r.kind)} under the Rule`, texts.join(' | ').slice(0, 120));
      const marker = c.state.marker ? Object.values(c.state.marker.texts).map((t) => t.text) : null;
      const shown = textsOf(o.text);
      if (marker && shown.length && !shown.every((s) => marker.includes(s)))
        fail(c, 'clearance', `an uncleared ${r.kind} does not read as the marker`, shown.join(' | ').slice(0, 120));
    }
  }
}

const BLOCK_STARTS = ['\n', '\\n', '<p', '<li', '<tr', '<td', '<h', '<br', '<item', '<entry', '"text":"', '{'];

/**
 * A text under the Rule, found in any output by its anchors: the stretch from the start of its block
 * (its line, paragraph, cell) to its closing anchor must name nobody — the attribution ("Testova
 * said:") sits right before the text in minutes and press releases.
 */
function anchors(c: Ctx): void {
  const { res, state } = c;
  for (const { record: r, world: w } of state.rule.values()) {
    let at = res.text.indexOf(r.anchors[0]);
    if (at < 0) continue;
    if (state.clearance && !r.cleared && !(res.json !== undefined && c.target.route === SEARCH))
      fail(
        c,
        'leak',
        `carries the uncleared text of ${an(r.kind)} under the Rule`,
        `${r.anchors[0]} [${worldLabel(w)}]`,
        excerpt(res.text, at),
      );
    if (w.mode === 'whole') continue; // the whole body is checked already
    const matcher = state.words.get(w.dialogueId)!;
    let guard = 0;
    while (at >= 0 && guard++ < 20) {
      const from = Math.max(at - 200, ...BLOCK_STARTS.map((s) => res.text.lastIndexOf(s, at)).filter((i) => i >= 0));
      const longest = Math.max(...Object.values(r.text.texts).map((t) => t.text.length));
      const close = res.text.indexOf(r.anchors[1], at);
      const to = close >= 0 && close - at < longest * 2 + 100 ? close + r.anchors[1].length : at + longest + 40;
      const window = res.text.slice(from, to);
      for (const hit of matcher.scan(window))
        fail(
          c,
          'leak',
          `names a participant beside a text said under the Rule (${hit.token.kind})`,
          `${hit.token.label} [${worldLabel(w)}]`,
          excerpt(window, hit.at),
        );
      at = res.text.indexOf(r.anchors[0], at + 1);
    }
  }
}

interface Hit {
  kind: string;
  id: string;
  dialogueId: string | null;
  snippet: { text: string; marks?: [number, number][] };
}

function searchChecks(c: Ctx): void {
  const { state, target } = c;
  const body = c.res.json as { hits?: Hit[]; facets?: Record<string, { value: string; count: number }[]> };
  const hits = body.hits ?? [];
  for (const h of hits) {
    if (h.kind === 'person' || h.kind === 'organization') continue;
    const raw = JSON.stringify(h);
    for (const hit of state.whole.scan(raw)) {
      const w = state.worlds.find((x) => x.dialogueId === hit.token.dialogueId)!;
      fail(
        c,
        'leak',
        `${an(h.kind)} hit names a withheld participant (${hit.token.kind})`,
        `${hit.token.label} [${worldLabel(w)}]`,
        excerpt(raw, hit.at),
      );
    }
  }
  const q = target.q;
  if (q?.what === 'name') {
    const matcher = state.words.get(q.world.dialogueId)!;
    for (const h of hits) {
      // Found by the name when the snippet marks it (a word whose key matches the query's is marked);
      // a hit with no name marked came by a near spelling of some other word (trigram neighbours).
      const marked = (h.snippet?.marks ?? []).map(([a, b]) => h.snippet.text.slice(a, b));
      if (!marked.some((m) => matcher.scan(m).length)) continue;
      const r = state.rule.get(h.id);
      if (r && r.world === q.world)
        fail(
          c,
          'leak',
          `finds ${an(r.record.kind)} under the Rule by a participant's name`,
          `q=${q.text} [${worldLabel(q.world)}] marked: ${marked.join(', ')}`,
          h.snippet?.text?.slice(0, 120),
        );
      if (q.world.mode === 'whole' && (h.dialogueId === q.world.dialogueId || h.id === q.world.dialogueId))
        fail(
          c,
          'leak',
          `finds a dialogue wholly under the Rule (${h.kind}) by a participant's name`,
          `q=${q.text} marked: ${marked.join(', ')}`,
          h.snippet?.text?.slice(0, 120),
        );
    }
  }
  // Facets of a search for a neutral text under the Rule must not count its speaker's institution or country.
  if (q?.what === 'neutral' && q.recordId) {
    const { record } = state.rule.get(q.recordId)!;
    const allowedOrgs = new Set<string>();
    const allowedCountries = new Set<string>();
    for (const h of hits) {
      if (state.rule.has(h.id)) continue;
      const own = state.worlds.flatMap((w) => w.records).find((r) => r.id === h.id);
      if (!own) continue;
      own.attribution.orgIds.forEach((o) => allowedOrgs.add(o));
      own.attribution.countries.forEach((x) => allowedCountries.add(x));
    }
    for (const f of body.facets?.organization ?? [])
      if (record.attribution.orgIds.includes(f.value) && !allowedOrgs.has(f.value))
        fail(
          c,
          'filter',
          `search facets count the institution behind ${an(record.kind)} under the Rule`,
          `organization facet ${f.value}`,
        );
    for (const f of body.facets?.country ?? [])
      if (
        record.attribution.countries.includes(f.value) &&
        !allowedCountries.has(f.value) &&
        !q.world.publicCountries.includes(f.value)
      )
        fail(
          c,
          'filter',
          `search facets count the country behind ${an(record.kind)} under the Rule`,
          `country facet ${f.value}`,
        );
  }
}

/** An attribution filter returns no record said under the Rule, and no dialogue whose participants are withheld. */
function filterChecks(c: Ctx): void {
  const { state, target, res } = c;
  if (res.status !== 200) return;
  const { key, value } = target.filter!;
  for (const [id, { record, world }] of state.rule) {
    if (target.url.includes(id)) continue;
    const at = res.text.indexOf(id);
    if (at >= 0)
      fail(
        c,
        'filter',
        `?${key}= returns ${an(record.kind)} said under the Rule`,
        `${key}=${value} → ${record.kind} of ${worldLabel(world)}`,
        excerpt(res.text, at),
      );
  }
  for (const w of state.worlds.filter((x) => x.mode === 'whole')) {
    if (target.url.includes(w.dialogueId)) continue;
    const withheld =
      key === 'country'
        ? w.withheld.countries.includes(value) && !w.publicCountries.includes(value)
        : key === 'person' || key === 'speaker'
          ? w.withheld.personIds.includes(value) || w.withheld.participantIds.includes(value)
          : w.withheld.orgIds.includes(value) && !w.publicOrgIds.includes(value);
    const at = res.text.indexOf(w.dialogueId);
    if (withheld && at >= 0)
      fail(
        c,
        'filter',
        `?${key}= finds a dialogue wholly under the Rule by a withheld participant`,
        `${key}=${value} → ${worldLabel(w)}`,
        excerpt(res.text, at),
      );
  }
}

interface Cell {
  statements: number;
  actions: Record<string, number>;
}

/** The tracker counts only what outsiders may attribute: nothing said or owned under the Rule under a country. */
function trackerChecks(c: Ctx): void {
  const { state, target } = c;
  const all = state.worlds.flatMap((w) => w.records).filter((r) => !r.rule);
  const owner = target.filter?.key === 'owner' ? target.filter.value : null;
  const isAction = (r: BuiltRecord) => r.kind === 'outcome' && r.outcomeKind !== 'recommendation';
  const countryOf = (orgId: string | null | undefined) =>
    state.worlds.flatMap((w) => w.orgs).find((o) => o.id === orgId)?.country ?? null;
  const sum = (a: Record<string, number>) => Object.values(a).reduce((x, y) => x + y, 0);
  if (target.route === TRACKER) {
    const m = c.res.json as {
      rows: { provisionId: string; number: string; cells: Record<string, Cell>; total: Cell }[];
    };
    for (const row of m.rows ?? []) {
      const onRow = all.filter((r) => r.provisionIds.includes(row.provisionId));
      for (const [country, cell] of Object.entries(row.cells)) {
        if (country === '-') continue;
        if (!owner) {
          const statements = onRow.filter(
            (r) => r.kind === 'statement' && r.attribution.countries.includes(country),
          ).length;
          if (cell.statements > statements)
            fail(
              c,
              'filter',
              'counts statements said under the Rule under their country',
              `${row.number} × ${country}: ${cell.statements} > ${statements}`,
            );
        }
        const actions = onRow.filter(
          (r) =>
            isAction(r) && countryOf(r.ownerOrganizationId) === country && (!owner || r.ownerOrganizationId === owner),
        ).length;
        if (sum(cell.actions) > actions)
          fail(
            c,
            'filter',
            `counts actions owned under the Rule under their owner's country${owner ? ' (?owner=)' : ''}`,
            `${row.number} × ${country}: ${sum(cell.actions)} > ${actions}`,
          );
      }
      if (owner) {
        const actions = onRow.filter((r) => isAction(r) && r.ownerOrganizationId === owner).length;
        if (sum(row.total.actions) > actions)
          fail(
            c,
            'filter',
            '?owner= counts actions owned under the Rule',
            `${row.number}: ${sum(row.total.actions)} > ${actions}`,
          );
      }
    }
  } else if (owner) {
    const charts = c.res.json as { progress?: { total: number }[] };
    const total = (charts.progress ?? []).reduce((x, p) => x + p.total, 0);
    const bound = all
      .filter((r) => isAction(r) && r.ownerOrganizationId === owner && r.provisionIds.length)
      .reduce((x, r) => x + Math.max(1, r.areaIds.length), 0);
    if (total > bound)
      fail(c, 'filter', '?owner= charts the progress of actions owned under the Rule', `${total} > ${bound}`);
  }
}
