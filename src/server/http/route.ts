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

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  actor: Actor;
  deps: Deps;
  /** The dialogue the route is about, already loaded for the policy; null when there is none. */
  dialogue: DialogueAccess | null;
  subject: Subject | null;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<P extends Slot = undefined, Q extends Slot = undefined, B extends Slot = undefined> {
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
  dialogueParam?: 'id';
  /** The path parameter that names the institution this route is about: the policy weighs the reader's membership. */
  organizationParam?: 'id';
  /**
   * For routes about a record that is not a dialogue but belongs to one (an action): finds it from
   * the path, with its dialogue and what the policy needs to know about the reader and it.
   */
  subject?: (deps: Deps, params: Out<P>, actor: Actor) => Promise<Subject | null>;
  /** Reads that answer JSON already serialised (a string or UTF-8 bytes) set this to skip re-serialising. */
  raw?: boolean;
  /**
   * Sends stored files byte for byte: never compressed, so their ETag stays a strong validator and
   * `Range` with `If-Range` holds (RFC 9110 §13.1.5).
   */
  file?: boolean;
  /** The media types of an answer the handler sends itself (a file export, a page), for the OpenAPI document. */
  produces?: string | string[];
  handler: (input: HandlerInput<Out<P>, Out<Q>, Out<B>>) => Promise<unknown>;
}

/**
 * A route whose input types are no longer known: its schemas are any schemas, and its handler and subject
 * loader accept only `never` for what those schemas parse. Every typed RouteSpec is assignable to it as it is
 * (no cast): what was lost is only the right to call the handler with something of our own making.
 */
export type AnyRoute = Omit<RouteSpec<Slot, Slot, Slot>, 'handler' | 'subject'> & {
  subject?: (deps: Deps, params: never, actor: Actor) => Promise<Subject | null>;
  handler: (input: HandlerInput<never, never, never>) => Promise<unknown>;
};

/** Checks a route against its own schemas, then lets a module list it beside others of other types. */
export const route = <P extends Slot = undefined, Q extends Slot = undefined, B extends Slot = undefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute => spec;

/** What a route adds to its contract: who may call it, how it is described, and what it does. */
export type Served<P extends Slot, Q extends Slot, B extends Slot> = Omit<
  RouteSpec<P, Q, B>,
  'method' | 'url' | 'params' | 'query' | 'body' | 'response'
>;

/** A route of the route table (src/shared/contracts): its method, path and schemas come from the contract. */
export const serve = <P extends Slot = undefined, Q extends Slot = undefined, B extends Slot = undefined>(
  c: Contract<P, Q, B>,
  spec: Served<P, Q, B>,
): AnyRoute =>
  route<P, Q, B>({
    ...spec,
    method: c.method,
    url: c.path,
    params: c.params,
    query: c.query,
    body: c.body,
    response: c.response,
  });

/**
 * The one place types are taken back: the pipeline passes each route's handler what that route's own
 * schemas parsed, which is the type the handler was checked against in `route()`.
 */
const parsedBy = <T>(value: T): never => value as never;

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
        const params = spec.params ? parseInput(spec.params, req.params, 'params') : undefined;

        const subject = spec.subject ? await spec.subject(deps, parsedBy(params), actor) : null;
        // Missing, or hidden from this reader: one answer, so the two cannot be told apart.
        if (spec.subject && !subject) throw new AppError('not_found');
        let dialogue: DialogueAccess | null | undefined;
        const dialogueId =
          subject?.dialogueId ??
          (spec.dialogueParam && params ? (params as Record<string, string>)[spec.dialogueParam] : undefined);
        const loadDialogue = async () => {
          if (dialogue === undefined)
            dialogue = dialogueId ? await loadDialogueAccess(deps.db, actor, dialogueId) : null;
          return dialogue;
        };
        if (dialogueId) {
          const found = await loadDialogue();
          if (!found || !visibleTo(actor, found)) throw new AppError('not_found');
        }
        const organizationId =
          spec.organizationParam && params ? (params as Record<string, string>)[spec.organizationParam]! : null;
        const standing = () => standingOf(deps.db, actor, todayOf(deps.clock));
        const denied = await check(spec.action, { actor, dialogue: loadDialogue, subject, organizationId, standing });
        if (denied) throw new AppError(denied);
        // Bodies are validated after the policy, so a refused caller learns nothing about the contract.
        const query = spec.query ? parseInput(spec.query, req.query, 'query') : undefined;
        const body = spec.body ? parseInput(spec.body, req.body, 'body') : undefined;

        const result = await spec.handler({
          params: parsedBy(params),
          query: parsedBy(query),
          body: parsedBy(body),
          actor,
          deps,
          dialogue: dialogue ?? null,
          subject,
          req,
          reply,
        });
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
