import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/actor.ts';
import { loadDialogueAccess, visibleTo, type DialogueAccess } from '../policy/dialogue-access.ts';
import { check, type Action } from '../policy/policy.ts';
import { parseInput } from './problem.ts';
import { standingOf, todayOf } from '../institutions/standing.ts';
import type { Subject } from '../policy/subject.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.infer<S> : undefined;

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

export interface RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
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

/** Keeps the route's types while letting a module list its routes in one array. */
export const route = <P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec => spec as unknown as RouteSpec;

const CSRF_HEADER = 'x-csrf-token';

/**
 * Mounts routes with one visible pipeline each: actor → CSRF → path → policy → query and body → use case → answer.
 */
export function mountRoutes(app: FastifyInstance, deps: Deps, specs: RouteSpec[]): void {
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

        const subject = spec.subject ? await spec.subject(deps, params as never, actor) : null;
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
          params,
          query,
          body,
          actor,
          deps,
          dialogue: dialogue ?? null,
          subject,
          req,
          reply,
        } as never);
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
