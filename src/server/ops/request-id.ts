import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What an id from a proxy may look like: short, and nothing that could forge a log line or a header. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the proxy's `X-Request-Id` when a proxy is trusted (so its access log and ours
 * name the request alike), otherwise a fresh one. Without a trusted proxy, anyone could name their
 * request after another's.
 */
export const requestIdOf =
  (trustProxy: boolean) =>
  (req: IncomingMessage): string => {
    const given = req.headers[REQUEST_ID_HEADER];
    return trustProxy && typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  };

/** Every answer names its request id, so a user's report can be matched with the log. */
export function answerWithRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
}

/**
 * One log line per request, once it is answered (Fastify's own are two: received and completed, and a
 * third for an unknown route): the route pattern (never the raw URL, whose path may hold a one-time
 * token), status, time and client address (from X-Forwarded-For when TRUST_PROXY is on); the request
 * id rides on every line as `reqId`.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ip: req.ip,
    };
    if (error) reply.log.error({ ...line, err: error }, 'answered with an error');
    else reply.log.info(line, 'answered');
  }
}
