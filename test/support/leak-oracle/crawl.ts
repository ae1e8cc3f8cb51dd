import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AnyRoute } from '../../../src/server/http/route.ts';
import { APP_ROUTES } from '../../../src/shared/app-routes.ts';
import type { TestApp } from '../app.ts';
import type { BuiltWorld, Shared } from './build.ts';
import { forms } from './words.ts';

/**
 * The crawl is driven by the route table: every GET route Fastify mounted, its path parameters
 * filled from the generated data, its query varied along what its zod contract accepts. A route
 * whose parameter the oracle cannot fill is reported, so a new route forces the oracle to learn it.
 */

export type Reader = 'anonymous' | 'outsider';
export const READERS: Reader[] = ['anonymous', 'outsider'];
export const ATTRIBUTION_FILTERS = ['country', 'organization', 'person', 'owner', 'speaker'] as const;

export interface Target {
  /** The route as mounted: `GET /api/v1/dialogues/:id/statements`. */
  route: string;
  url: string;
  /** The world whose data filled the path, when the path names something of one. */
  world?: BuiltWorld;
  /** The statement, outcome or action the path names. */
  recordId?: string;
  /** The attribution filter this variant applies. */
  filter?: { key: string; value: string };
  /** A search query and the world whose words it uses. */
  q?: { text: string; world: BuiltWorld; what: 'name' | 'neutral'; recordId?: string };
  /** The route's spec (API routes), for its contracts. */
  spec?: AnyRoute;
}

export interface MountedGet {
  url: string;
  spec?: AnyRoute;
}

/**
 * The web app's pages the server draws something of a dialogue into (src/server/app-shell): no route
 * is mounted for them (index.html is the fallback), so they are named here.
 */
export const DRAWN_PAGES: MountedGet[] = [{ url: APP_ROUTES.dialogue }];

/** Every GET route worth reading: not the WebSocket, not the hashed static assets of the web app. */
export function getRoutes(t: TestApp): MountedGet[] {
  return [
    ...t.mounted
      .filter((r) => r.method === 'GET')
      .filter((r) => r.url !== '/api/v1/live' && !r.url.startsWith('/assets/'))
      .map((r) => ({
        url: r.url,
        spec: t.routes.find((s) => s.method === 'GET' && `/api/v1${s.url}` === r.url),
      })),
    ...DRAWN_PAGES,
  ];
}

const shapeOf = (schema: z.ZodType | undefined): Record<string, z.ZodType> =>
  ((schema as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape ?? {}) as Record<string, z.ZodType>;
const enumOptions = (schema: z.ZodType | undefined): string[] | null => {
  const s = schema as unknown as { options?: unknown[]; unwrap?: () => z.ZodType } | undefined;
  if (s?.options && s.options.every((o) => typeof o === 'string')) return s.options as string[];
  return null;
};
/** Formats a path may end in when its contract does not enumerate them. */
const FORMAT_DEFAULTS: Record<string, string[]> = { format: ['csv', 'json'], ext: ['docx', 'pdf'] };

const token = () => randomBytes(32).toString('base64url');

/** Values for one path parameter, from the collection it follows, or null when the oracle does not know it. */
function paramValues(
  collection: string,
  name: string,
  world: BuiltWorld,
  shared: Shared,
  spec: AnyRoute | undefined,
): { value: string; recordId?: string; ofWorld: boolean }[] | null {
  const w = (values: string[], recordIds = false) =>
    values.map((value) => ({ value, ofWorld: true, ...(recordIds ? { recordId: value } : {}) }));
  const g = (values: string[]) => values.map((value) => ({ value, ofWorld: false }));
  const key = `${collection}/:${name}`;
  switch (key) {
    case 'problems/:code':
      return g(['not_found', 'validation_failed']);
    case 'dialogues/:id':
      return w([world.dialogueId]);
    case 'participants/:childId':
      return w(world.people.map((p) => p.participantId));
    case 'agenda-items/:childId':
      return w(world.items.map((i) => i.id));
    case 'statements/:childId':
      return w(
        world.records.filter((r) => r.kind === 'statement').map((r) => r.id),
        true,
      );
    case 'outcomes/:childId':
      return w(
        world.records.filter((r) => r.kind === 'outcome').map((r) => r.id),
        true,
      );
    case 'actions/:id':
      return w(
        world.records.filter((r) => r.kind === 'outcome' && r.outcomeKind !== 'recommendation').map((r) => r.id),
        true,
      );
    case 'publications/:publicationId':
      return w(world.publications.map((p) => p.id));
    case 'revisions/:n':
      return g(['1']);
    case 'reference-documents/:id':
    case 'documents/:id':
      return w([shared.documentId]);
    case 'provisions/:childId':
      return w(shared.provisionIds);
    case 'organizations/:id':
      return w([...world.orgs.map((o) => o.id), world.convener.id]);
    case 'people/:id':
      return w(world.people.map((p) => p.id));
    case 'series/:id':
      return w([shared.seriesId]);
    case 'areas/:id':
      return g(shared.areaIds);
    case 'materials/:id':
      return w(world.materials);
    case 'news/:slug':
      return w(world.publications.map((p) => p.slug));
    case 'account-setup/:token':
    case 'invitations/:token':
    case 'password-reset/:token':
      // Credentials an outsider does not hold.
      return g([token()]);
    case 'users/:id':
    case 'sessions/:sessionId':
    case 'bindings/:id':
    case 'jobs/:id':
      // Accounts and the job queue are the secretariat's business: any id will do, outsiders must be refused alike.
      return g([randomUUID()]);
    case 'calendar/:file':
      return g([shared.calendarFile]);
    case 'clearances/:recordId':
    case 'statement/:recordId':
    case 'outcome/:recordId':
      return w(
        world.records.map((r) => r.id),
        true,
      );
    default: {
      const options = enumOptions(shapeOf(spec?.params)[name]) ?? FORMAT_DEFAULTS[name];
      return options ? g(options) : null;
    }
  }
}

/** Every concrete path of a route for one world: the cartesian product of its parameters' values. */
export function fillPath(
  route: MountedGet,
  world: BuiltWorld,
  shared: Shared,
): { paths: { url: string; recordId?: string; ofWorld: boolean }[] } | { missing: string } {
  type Path = { url: string; recordId?: string; ofWorld: boolean };
  const segs = route.url.split('/');
  let paths: Path[] = [{ url: '', ofWorld: false }];
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i]!;
    const params = [...seg.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    if (!params.length) {
      paths = paths.map((p) => ({ ...p, url: `${p.url}/${seg}` }));
      continue;
    }
    const next: Path[] = [];
    for (const p of paths) {
      // A whole segment names a member of the collection before it (or of the kind a parameter
      // before it chose: `:kind/:recordId`); a suffix (`actions.:format`) names a format.
      let options: { value: string; recordId?: string; ofWorld: boolean }[][] = [[]];
      for (const name of params) {
        const whole = seg === `:${name}`;
        const collection = whole
          ? segs[i - 1]!.startsWith(':')
            ? p.url.split('/').at(-1)!
            : segs[i - 1]!
          : seg.slice(0, seg.indexOf(`:${name}`)).replace(/\.$/, '');
        const values = paramValues(whole ? collection : '', name, world, shared, route.spec);
        if (!values) return { missing: `:${name} (after "${segs[i - 1]}")` };
        options = options.flatMap((prefix) => values.map((v) => [...prefix, v]));
      }
      for (const vals of options) {
        let s = seg;
        for (const [j, name] of params.entries()) s = s.replace(`:${name}`, vals[j]!.value);
        const recordId = vals.find((v) => v.recordId)?.recordId ?? p.recordId;
        next.push({
          url: `${p.url}/${s}`,
          ofWorld: p.ofWorld || vals.some((v) => v.ofWorld),
          ...(recordId ? { recordId } : {}),
        });
      }
    }
    paths = next;
  }
  return { paths };
}

/** The ways a person or an institution of the world may be written in a search box. */
export function nameForms(world: BuiltWorld): string[] {
  const out = new Set<string>();
  for (const p of world.people) {
    out.add(p.name.surname.lat);
    out.add(p.name.surname.cyr);
    out.add(`${p.name.first.lat} ${p.name.surname.lat}`);
    out.add(forms.ruInstrumental(p.name));
    out.add(forms.uzGenitive(p.name));
  }
  for (const o of new Set(world.people.map((p) => p.org))) {
    out.add(o.word.lat);
    out.add(o.word.cyr);
    out.add(o.acronym.lat);
    out.add(forms.ruFrom(o.word));
  }
  return [...out];
}

const qs = (q: Record<string, string>) => {
  const s = new URLSearchParams(q).toString();
  return s ? `?${s}` : '';
};

/** The query variants of a route for one world, each checked against the route's contract. */
export function queryVariants(
  route: MountedGet,
  world: BuiltWorld,
  aboutWorld: boolean,
): Omit<Target, 'route' | 'url'>[] {
  const spec = route.spec;
  const shape = shapeOf(spec?.query);
  const keys = Object.keys(shape);
  const valid = (q: Record<string, string>) => !spec?.query || spec.query.safeParse(q).success;
  const base: Record<string, string> = {};
  for (const limit of ['100', '50']) {
    if (keys.includes('limit') && valid({ limit })) {
      base.limit = limit;
      break;
    }
  }
  const out: (Omit<Target, 'route' | 'url'> & { query: Record<string, string> })[] = [{ query: base }];
  if (!spec && /^\/(news|sitemap)/.test(route.url)) for (const lang of ['ru', 'kk']) out.push({ query: { lang } });
  if (!spec) return out.map(({ query, ...rest }) => ({ ...rest, query })) as never;

  const values: Record<string, string[]> = {
    country: world.withheld.countries,
    organization: world.withheld.orgIds,
    owner: world.withheld.orgIds,
    person: world.withheld.personIds,
    speaker: [...world.withheld.personIds, ...world.withheld.participantIds],
  };
  for (const key of ATTRIBUTION_FILTERS.filter((k) => keys.includes(k)))
    for (const value of values[key] ?? []) out.push({ query: { ...base, [key]: value }, filter: { key, value } });

  if (keys.includes('q')) {
    for (const text of nameForms(world)) out.push({ query: { ...base, q: text }, q: { text, world, what: 'name' } });
    for (const r of world.records.filter((x) => x.rule && !x.identifying)) {
      const text = r.anchors[0];
      const q = { text, world, what: 'neutral' as const, recordId: r.id };
      out.push({ query: { ...base, q: text }, q });
      if (keys.includes('dialogue')) out.push({ query: { ...base, q: text, dialogue: world.dialogueId }, q });
      for (const key of ATTRIBUTION_FILTERS.filter((k) => keys.includes(k))) {
        const vals =
          key === 'country'
            ? r.attribution.countries
            : key === 'person'
              ? r.attribution.personIds
              : r.attribution.orgIds;
        for (const value of vals) out.push({ query: { ...base, q: text, [key]: value }, q, filter: { key, value } });
      }
    }
  }
  // Exports in other languages (the search's own `lang` is a filter, not a rendering).
  if (keys.includes('lang') && !keys.includes('q') && aboutWorld)
    for (const lang of ['ru', 'kk']) out.push({ query: { ...base, lang } });
  return out.filter((v) => valid(v.query)) as never;
}

/** Every target of one world's crawl: each GET route, each filled path, each query variant. */
export function targets(
  routes: MountedGet[],
  world: BuiltWorld,
  shared: Shared,
  missing: (route: string, what: string) => void,
): Target[] {
  const out: Target[] = [];
  for (const route of routes) {
    const filled = fillPath(route, world, shared);
    if ('missing' in filled) {
      missing(`GET ${route.url}`, filled.missing);
      continue;
    }
    for (const path of filled.paths) {
      const variants = queryVariants(route, world, path.ofWorld) as (Omit<Target, 'route' | 'url'> & {
        query: Record<string, string>;
      })[];
      for (const { query, ...v } of variants)
        out.push({
          ...v,
          route: `GET ${route.url}`,
          url: `${path.url}${qs(query)}`,
          ...(path.ofWorld ? { world } : {}),
          ...(path.recordId ? { recordId: path.recordId } : {}),
          ...(route.spec ? { spec: route.spec } : {}),
        });
    }
  }
  return out;
}
