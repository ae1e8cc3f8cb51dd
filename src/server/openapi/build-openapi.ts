import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors.ts';
import type { AnyRoute } from '../http/route.ts';
import { POLICY } from '../policy/policy.ts';

type Json = Record<string, unknown>;

/** The policy lets anyone take the action: no sign-in needed (the rule `public.read` has). */
const isOpen = (r: AnyRoute) => POLICY[r.action].rule === POLICY['public.read'].rule;
/** Writes with a session cookie send the CSRF token; signing in is the one write that has none yet. */
const needsCsrf = (r: AnyRoute) => r.method !== 'GET' && r.action !== 'session.create';

/**
 * The problems an operation may answer, read off its spec and its policy as mountRoutes applies
 * them, so no route lists its errors by hand: input to validate (400), a body to parse (400, 415),
 * a policy that may refuse (its `deny`, else 401 and 403), a CSRF token (403), a path id (404), a
 * `version` to compare (409) and the write limit (429).
 */
export function problemsOf(r: AnyRoute, carriesVersion: boolean): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  if (r.params || r.query || r.body) codes.add('validation_failed');
  if (r.body) codes.add('malformed_body').add('body_too_large').add('unsupported_media_type');
  if (!isOpen(r)) {
    const deny: ErrorCode | undefined = (POLICY[r.action] as { deny?: ErrorCode }).deny;
    if (deny) codes.add(deny);
    else codes.add('unauthenticated').add('forbidden');
  }
  if (needsCsrf(r)) codes.add('csrf_failed');
  if (r.params) codes.add('not_found');
  if (r.method !== 'GET' && carriesVersion) codes.add('version_conflict');
  if (r.method !== 'GET') codes.add('too_many_attempts');
  return [...codes].sort((a, b) => ERROR_CODES[a].status - ERROR_CODES[b].status);
}

/**
 * Who may call: anyone, signed in or not, when the policy lets anyone, or when it refuses by hiding
 * (a `deny` of not_found: what a reader sees depends on who they are, and outsiders see the public
 * part); otherwise a session only. Writes with a session add the CSRF header.
 */
function securityOf(r: AnyRoute): Json[] {
  const session = needsCsrf(r) ? { session: [], csrf: [] } : { session: [] };
  const hides = (POLICY[r.action] as { deny?: ErrorCode }).deny !== undefined;
  return isOpen(r) || hides ? [{}, session] : [session];
}

/**
 * `z.record(z.enum([...]), V)` becomes `propertyNames` and `required` without `properties`; name
 * each key as a property too, so every required property is defined.
 */
function defineRecordKeys(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(defineRecordKeys);
  if (!value || typeof value !== 'object') return;
  const node = value as Json;
  const keys = (node.propertyNames as Json | undefined)?.enum;
  if (Array.isArray(keys) && !node.properties && node.additionalProperties && Array.isArray(node.required))
    node.properties = Object.fromEntries(keys.map((k) => [String(k), node.additionalProperties]));
  for (const child of Object.values(node)) defineRecordKeys(child);
}

/** The components reachable from the operations: query and path schemas are written inline, so theirs are not. */
function reachableSchemas(paths: Json, components: Record<string, Json>): Set<string> {
  const seen = new Set<string>();
  const visit = (value: unknown) => {
    for (const m of (JSON.stringify(value) ?? '').matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      visit(components[m[1]!]);
    }
  };
  visit(paths);
  return seen;
}

/**
 * OpenAPI 3.1 from the same zod contracts the server validates with: there is no second
 * description of the API to drift from the first.
 */
export function buildOpenApi(routes: AnyRoute[], info: { version: string }): Json {
  const components: Record<string, Json> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): Json => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    const rename = new Map<string, string>();
    for (const [id, def] of Object.entries(defs)) {
      const existing = components[id];
      const name =
        !existing || JSON.stringify(existing) === JSON.stringify(def)
          ? id
          : `${id}${io === 'input' ? 'Input' : 'Output'}`;
      rename.set(id, name);
    }
    const fix = (value: Json): Json =>
      JSON.parse(
        JSON.stringify(value).replace(
          /"#\/\$defs\/([A-Za-z0-9_]+)"/g,
          (_, id: string) => `"#/components/schemas/${rename.get(id) ?? id}"`,
        ),
      );
    for (const [id, def] of Object.entries(defs)) components[rename.get(id)!] = fix(def);
    const { $schema: _s, $defs: _d, ...rest } = json;
    const fixed = fix(rest);
    defineRecordKeys(fixed);
    for (const id of rename.values()) defineRecordKeys(components[id]);
    return fixed;
  };
  const parameters = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return [];
    const json = convert(schema, 'input');
    const resolved = (typeof json.$ref === 'string' ? components[json.$ref.split('/').pop()!] : json) as Json;
    const props = (resolved.properties ?? {}) as Record<string, Json>;
    const required = new Set((resolved.required ?? []) as string[]);
    return Object.entries(props).map(([name, s]) => ({
      name,
      in: where,
      required: where === 'path' || required.has(name),
      schema: s,
      ...(s.description ? { description: s.description } : {}),
    }));
  };

  const problem = {
    description: 'Problem details (RFC 9457)',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  /** The success body: the response contract as JSON, or the media types a handler sends itself (exports, pages). */
  const contentOf = (r: AnyRoute): Json => {
    const schema = r.response ? { schema: convert(r.response, 'output') } : {};
    const types = [r.produces ?? 'application/json'].flat();
    return Object.fromEntries(types.map((type) => [type, type === 'application/json' ? schema : {}]));
  };
  const carriesVersion = (schema: z.ZodType | undefined) => {
    if (!schema) return false;
    const json = convert(schema, 'input');
    const resolved = (typeof json.$ref === 'string' ? components[json.$ref.split('/').pop()!] : json) as Json;
    return Object.hasOwn((resolved.properties ?? {}) as Json, 'version');
  };
  /** One response per status the operation may refuse with, naming each problem code it may carry. */
  const problemResponses = (r: AnyRoute): Record<string, Json> => {
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of problemsOf(r, carriesVersion(r.body) || carriesVersion(r.query))) {
      const status = ERROR_CODES[code].status;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    return Object.fromEntries(
      [...byStatus].map(([status, codes]) => [
        String(status),
        {
          description: codes.map((c) => `\`${c}\`: ${ERROR_CODES[c].description}`).join(' '),
          content: problem.content,
        },
      ]),
    );
  };
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = `/api/v1${r.url}`.replace(/:([A-Za-z]+)/g, '{$1}');
    const status = String(r.status ?? 200);
    const op: Json = {
      operationId: `${r.method.toLowerCase()}${path
        .replace(/[{}]/g, '')
        .split(/[/-]/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('')}`,
      summary: r.summary,
      tags: [r.tag],
      'x-policy': r.action,
      security: securityOf(r),
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        [status]: status === '204' ? { description: 'Done' } : { description: 'OK', content: contentOf(r) },
        ...problemResponses(r),
        default: problem,
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: convert(r.body, 'input') } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  const reachable = reachableSchemas(paths, components);
  for (const name of Object.keys(components)) if (!reachable.has(name)) delete components[name];
  components.Problem = {
    type: 'object',
    required: ['type', 'title', 'status', 'code'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: { type: 'string', enum: Object.keys(ERROR_CODES) },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'message'],
          properties: { path: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Expert Dialogue API',
      version: info.version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Convene, hold, record, publish and follow up expert dialogues. Writes with a session cookie must send the x-csrf-token header.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ed_session',
          description: 'The session cookie `POST /api/v1/session` sets.',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'x-csrf-token',
          description: 'The `csrfToken` signing in returns: every write made with the session cookie sends it.',
        },
      },
    },
    'x-error-codes': Object.fromEntries(
      Object.entries(ERROR_CODES).map(([code, e]) => [
        code,
        { status: e.status, title: e.title, description: e.description },
      ]),
    ),
  };
}
