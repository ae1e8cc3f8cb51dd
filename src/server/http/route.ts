import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Contract, Method } from '../../shared/contracts/contract.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { loadDialogueAccess, visibleTo, type DialogueAccess } from '../policy/dialogue-access.ts';
import { check, type Action } from '../policy/policy.ts';
import { parseInput } from './problem.ts';
import { standingOf, todayOf } from '../institutions/standing.ts';
import type { Subject } from '../policy/subject.ts';

type Schema = z.ZodType;
type Slot = Schema | undefined;
/** What the pipeline hands on for a slot: the parsed value when the route has a schema there, else undefined. */
export type Out<S extends Slot> = [S] extends [Schema]
  ? z.output<S>
  : [S] extends [undefined]
    ? undefined
    : z.output<NonNullable<S>> | undefined;

/** A subject loader: finds the record a route is about from its path, with its dialogue. */
type SubjectLoader<P extends Slot> = (deps: Deps, params: Out<P>, actor: Actor) => Promise<Subject | null>;
type Named = 'id' | SubjectLoader<never> | undefined;
/** Whether a route names something: surely (yes), never (no), or depending on how it was built (maybe). */
type Given<T> = [T] extends [undefined] ? 'no' : [undefined] extends [T] ? 'maybe' : 'yes';
type Found<Yes, G> = G extends 'yes' ? Yes : G extends 'no' ? null : Yes | null;
/**
 * The dialogue a route is about: a route that names its dialogue (a path parameter or a subject)
 * never runs without it, because the pipeline answers 404 first; a route that names none gets null.
 */
export type DialogueFor<D extends Named, L extends Named> =
  Given<D> extends 'yes' ? DialogueAccess : Found<DialogueAccess, Given<L> extends 'yes' ? 'yes' : Given<D | L>>;

export interface HandlerInput<P, Q, B, D = DialogueAccess | null, S = Subject | null> {
  params: P;
  query: Q;
  body: B;
  actor: Actor;
  deps: Deps;
  /** The dialogue the route is about, already loaded for the policy (see DialogueFor). */
  dialogue: D;
  subject: S;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<
  P extends Slot = undefined,
  Q extends Slot = undefined,
  B extends Slot = undefined,
  D extends 'id' | undefined = undefined,
  L extends SubjectLoader<P> | undefined = undefined,
> {
  method: Method;
  /** Relative to /api/v1, in Fastify's syntax (`/dialogues/:id`). */
  url: string;
  action: Action;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response?: Schema;
  /** Answered on success; 204 sends no body. */
  status?: 200 | 201 | 202 | 204;
  /** The path parameter that names the dialogue this route is about, for the policy. */
  dialogueParam?: D;
  /** The path parameter that names the institution this route is about: the policy weighs the reader's membership. */
  organizationParam?: 'id';
  /**
   * For routes about a record that is not a dialogue but belongs to one (an action): finds it from
   * the path, with its dialogue and what the policy needs to know about the reader and it.
   */
  subject?: L;
  /** Reads that answer JSON already serialised (a string or UTF-8 bytes) set this to skip re-serialising. */
  raw?: boolean;
  /**
   * Sends stored files byte for byte: never compressed, so their ETag stays a strong validator and
   * `Range` with `If-Range` holds (RFC 9110 §13.1.5).
   */
  file?: boolean;
  /** The media types of an answer the handler sends itself (a file export, a page), for the OpenAPI document. */
  produces?: string | string[];
  handler: (
    input: HandlerInput<Out<P>, Out<Q>, Out<B>, DialogueFor<D, L>, Found<Subject, Given<L>>>,
  ) => Promise<unknown>;
}

/** What the pipeline found before the policy: the path's parameters, the subject and the dialogue. */
interface Prior {
  subject: Subject | null;
  dialogue: DialogueAccess | null;
}
type Context = Prior & Pick<HandlerInput<unknown, unknown, unknown>, 'actor' | 'deps' | 'req' | 'reply'>;

/** A route once its path is parsed: the steps that follow, each typed by the route's own schemas. */
interface Bound {
  /** The parameters as parsed, for the dialogue and institution they name. */
  named: Record<string, unknown> | undefined;
  loadSubject: ((deps: Deps, actor: Actor) => Promise<Subject | null>) | null;
  /** Validates the query and the body, then runs the use case. */
  run: (raw: { query: unknown; body: unknown }, context: Context) => Promise<unknown>;
}

/**
 * A route whose input types are no longer known: its schemas are any schemas, and what its handler
 * takes is closed over by `bind`, built in `route()` where the types are still known.
 */
export type AnyRoute = Omit<RouteSpec<Slot, Slot, Slot>, 'handler' | 'subject' | 'dialogueParam'> & {
  dialogueParam?: 'id';
  hasSubject: boolean;
  bind: (rawParams: unknown) => Bound;
};

/**
 * What `schema` parsed `value` to, or undefined where the route has no schema there. The signature
 * states what the body does; TypeScript cannot narrow `Out<S>` for a schema that is a type parameter.
 */
function parseSlot<S extends Slot>(schema: S, value: unknown, where: 'params' | 'query' | 'body'): Out<S>;
function parseSlot(schema: Slot, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  return schema ? parseInput(schema, value, where) : undefined;
}

/**
 * The dialogue and subject as the route's spec types them. The pipeline has answered 404 already when
 * a route that names either found none (mountRoutes), which TypeScript cannot follow across the call.
 */
function foundFor<D extends 'id' | undefined, L extends Named>(
  found: Prior,
): { dialogue: DialogueFor<D, L>; subject: Found<Subject, Given<L>> };
function foundFor(found: Prior): Prior {
  return found;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks a route against its own schemas, then lets a module list it beside others of other types. */
export const route = <
  P extends Slot = undefined,
  Q extends Slot = undefined,
  B extends Slot = undefined,
  D extends 'id' | undefined = undefined,
  L extends SubjectLoader<P> | undefined = undefined,
>({
  handler,
  subject,
  ...spec
}: RouteSpec<P, Q, B, D, L>): AnyRoute => ({
  ...spec,
  hasSubject: subject !== undefined,
  bind: (rawParams) => {
    const params = parseSlot(spec.params, rawParams, 'params');
    return {
      named: isObject(params) ? params : undefined,
      loadSubject: subject ? (deps, actor) => subject(deps, params, actor) : null,
      run: async (raw, { subject: s, dialogue, ...context }) =>
        handler({
          ...context,
          ...foundFor<D, L>({ subject: s, dialogue }),
          params,
          query: parseSlot(spec.query, raw.query, 'query'),
          body: parseSlot(spec.body, raw.body, 'body'),
        }),
    };
  },
});

/** What a route adds to its contract: who may call it, how it is described, and what it does. */
export type Served<
  P extends Slot,
  Q extends Slot,
  B extends Slot,
  D extends 'id' | undefined = undefined,
  L extends SubjectLoader<P> | undefined = undefined,
> = Omit<RouteSpec<P, Q, B, D, L>, 'method' | 'url' | 'params' | 'query' | 'body' | 'response'>;

/** A route of the route table (src/shared/contracts): its method, path and schemas come from the contract. */
export const serve = <
  P extends Slot = undefined,
  Q extends Slot = undefined,
  B extends Slot = undefined,
  D extends 'id' | undefined = undefined,
  L extends SubjectLoader<P> | undefined = undefined,
>(
  c: Contract<P, Q, B>,
  spec: Served<P, Q, B, D, L>,
): AnyRoute =>
  route<P, Q, B, D, L>({
    ...spec,
    method: c.method,
    url: c.path,
    params: c.params,
    query: c.query,
    body: c.body,
    response: c.response,
  });

const CSRF_HEADER = 'x-csrf-token';

/**
 * Mounts routes with one visible pipeline each: actor → CSRF → path → policy → query and body → use case → answer.
 */
export function mountRoutes(app: FastifyInstance, deps: Deps, specs: AnyRoute[]): void {
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: `/api/v1${spec.url}`,
      config: { action: spec.action, file: spec.file === true },
      ...(spec.file ? { compress: false as const } : {}),
      handler: async (req, reply) => {
        const actor = req.actor;
        if (spec.method !== 'GET' && actor.sessionId && spec.action !== 'session.create') {
          if (req.headers[CSRF_HEADER] !== actor.csrfToken) throw new AppError('csrf_failed');
        }
        const bound = spec.bind(req.params);
        const subject = bound.loadSubject ? await bound.loadSubject(deps, actor) : null;
        // Missing, or hidden from this reader: one answer, so the two cannot be told apart.
        if (spec.hasSubject && !subject) throw new AppError('not_found');
        let dialogue: DialogueAccess | null | undefined;
        const dialogueId = subject?.dialogueId ?? (spec.dialogueParam ? bound.named?.[spec.dialogueParam] : undefined);
        const loadDialogue = async () => {
          if (dialogue === undefined)
            dialogue = typeof dialogueId === 'string' ? await loadDialogueAccess(deps.db, actor, dialogueId) : null;
          return dialogue;
        };
        if (dialogueId) {
          const found = await loadDialogue();
          if (!found || !visibleTo(actor, found)) throw new AppError('not_found');
        }
        const organizationId = spec.organizationParam ? bound.named?.[spec.organizationParam] : undefined;
        const standing = () => standingOf(deps.db, actor, todayOf(deps.clock));
        const denied = await check(spec.action, {
          actor,
          dialogue: loadDialogue,
          subject,
          organizationId: typeof organizationId === 'string' ? organizationId : null,
          standing,
        });
        if (denied) throw new AppError(denied);
        // Query and body are validated after the policy, so a refused caller learns nothing about the contract.
        const result = await bound.run(
          { query: req.query, body: req.body },
          { actor, deps, dialogue: dialogue ?? null, subject, req, reply },
        );
        if (reply.sent) return reply;
        const status = spec.status ?? 200;
        if (status === 204) return reply.code(204).send();
        if (spec.raw)
          return reply
            .code(status)
            .type('application/json; charset=utf-8')
            .send(result as string | Buffer);
        return reply.code(status).send(result);
      },
    });
  }
}
