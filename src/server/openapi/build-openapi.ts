import { z } from 'zod';
import { ERROR_CODES } from '../../shared/errors.ts';
import type { RouteSpec } from '../http/route.ts';

type Json = Record<string, unknown>;

/**
 * OpenAPI 3.1 from the same zod contracts the server validates with: there is no second
 * description of the API to drift from the first.
 */
export function buildOpenApi(routes: RouteSpec[], info: { version: string }): Json {
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
    return fix(rest);
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
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        [status]:
          status === '204' || !r.response
            ? { description: 'Done' }
            : { description: 'OK', content: { 'application/json': { schema: convert(r.response, 'output') } } },
        default: problem,
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: convert(r.body, 'input') } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
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
      description:
        'Convene, hold, record, publish and follow up expert dialogues. Writes with a session cookie must send the x-csrf-token header.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ed_session' } },
    },
    'x-error-codes': Object.fromEntries(
      Object.entries(ERROR_CODES).map(([code, e]) => [
        code,
        { status: e.status, title: e.title, description: e.description },
      ]),
    ),
  };
}
