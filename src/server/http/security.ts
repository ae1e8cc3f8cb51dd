import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.ts';
import { SESSION_COOKIE } from '../accounts/resolve-actor.ts';
import type { Config } from '../config.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The routes limited per account as well as per address, and what names the account: the e-mail of
 * the body, or the one-time token of the path (a token belongs to one account or invitation). An
 * e-mail is anyone's to type, so its limit counts per e-mail *and* address: hammering an account from
 * one place must not refuse its owner elsewhere (many failures alert the secretariat instead). A
 * token is known only to its holder, so its limit counts per token.
 */
const ACCOUNT_ROUTES: { method: string; url: string; key: (req: FastifyRequest) => string | undefined }[] = [
  { method: 'POST', url: '/api/v1/session', key: (req) => withAddress(req, emailOf(req.body)) },
  { method: 'POST', url: '/api/v1/session/passkey', key: () => undefined },
  { method: 'POST', url: '/api/v1/password-reset', key: (req) => withAddress(req, emailOf(req.body)) },
  { method: 'POST', url: '/api/v1/password-reset/:token', key: (req) => tokenOf(req.params) },
  { method: 'GET', url: '/api/v1/account-setup/:token', key: (req) => tokenOf(req.params) },
  { method: 'POST', url: '/api/v1/account-setup/:token', key: (req) => tokenOf(req.params) },
  { method: 'POST', url: '/api/v1/invitations/:token', key: (req) => tokenOf(req.params) },
  { method: 'POST', url: '/invitations/:token', key: (req) => tokenOf(req.params) },
];

const withAddress = (req: FastifyRequest, key: string | undefined) => (key === undefined ? key : `${key} ${req.ip}`);
const emailOf = (body: unknown): string | undefined => {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
};
const tokenOf = (params: unknown): string | undefined => {
  const token = (params as { token?: unknown } | null)?.token;
  return typeof token === 'string' ? token : undefined;
};

/**
 * The Content-Security-Policy: everything the web app and the news site load comes from this origin
 * (the built app is one module script and one stylesheet); the live channel is a WebSocket to the same
 * origin, media streams are local, and Janus, when configured, is the one other place to connect to.
 * Inline styles of the server-rendered pages are named by their hash, added per page (`styleHashes`).
 */
function cspDirectives(config: Config): Record<string, string[]> {
  const origin = new URL(config.publicUrl);
  const ws = `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}`;
  const connect = ["'self'", ws];
  if (config.janusUrl) connect.push(new URL(config.janusUrl).origin.replace(/^http/, 'ws'));
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    'connect-src': connect,
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

const hashes = new Map<string, string>();
/** The CSP sources naming each inline <style> of an HTML page, computed once per distinct style. */
function styleHashes(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const css = m[1]!;
    let h = hashes.get(css);
    if (!h) {
      h = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
      if (hashes.size < 1000) hashes.set(css, h);
    }
    if (!found.includes(h)) found.push(h);
  }
  return found;
}

/** An answer that depends on who asks, or answers a write, must not be kept by any cache. */
function isPrivate(req: FastifyRequest): boolean {
  if (!READS.has(req.method)) return true;
  const path = req.url.split('?')[0]!;
  if (path.startsWith('/invitations/')) return true;
  return path.startsWith('/api/') && req.cookies[SESSION_COOKIE] !== undefined;
}

function tooMany(reply: FastifyReply, seconds: number): never {
  reply.header('retry-after', String(Math.max(1, Math.ceil(seconds))));
  throw new AppError('too_many_attempts', `too many requests; try again in ${Math.max(1, Math.ceil(seconds))} s`);
}

/**
 * Security headers (helmet, with the CSP above; HSTS only on HTTPS, as the proxy reports it when
 * TRUST_PROXY is on), `Cache-Control: no-store` on private answers, and the rate limits: a ceiling on
 * writes per client address, and a tighter one per account (and per address) on the routes that
 * check a secret.
 */
export async function secureDefaults(fastify: FastifyInstance, config: Config): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config) },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  fastify.addHook('onRequest', async (req, reply) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (isPrivate(req) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      const found = styleHashes(payload.toString());
      const csp = reply.getHeader('content-security-policy');
      if (found.length && typeof csp === 'string')
        reply.header('content-security-policy', csp.replace("style-src 'self'", `style-src 'self' ${found.join(' ')}`));
    }
    return payload;
  });

  await fastify.register(rateLimit, { global: false });
  const writes = fastify.createRateLimit({
    max: config.rateLimitWritesPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => `writes:${req.ip}`,
  });
  const perAccount = fastify.createRateLimit({
    max: config.rateLimitAccountPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => `account:${req.routeOptions.url}:${accountKey.get(req) ?? ''}`,
  });
  const perAddress = fastify.createRateLimit({
    // An office behind one address may hold many people: five accounts' worth.
    max: config.rateLimitAccountPerMinute * 5,
    timeWindow: 60_000,
    keyGenerator: (req) => `address:${req.routeOptions.url}:${req.ip}`,
  });
  const accountKey = new WeakMap<FastifyRequest, string>();
  fastify.addHook('onRequest', async (req, reply) => {
    if (READS.has(req.method)) return;
    const r = await writes(req);
    if (!r.isAllowed && r.isExceeded) tooMany(reply, r.ttlInSeconds);
  });
  fastify.addHook('preHandler', async (req, reply) => {
    const limited = ACCOUNT_ROUTES.find((r) => r.method === req.method && r.url === req.routeOptions.url);
    if (!limited) return;
    const address = await perAddress(req);
    if (!address.isAllowed && address.isExceeded) tooMany(reply, address.ttlInSeconds);
    const key = limited.key(req);
    if (key === undefined) return;
    accountKey.set(req, key);
    const account = await perAccount(req);
    if (!account.isAllowed && account.isExceeded) tooMany(reply, account.ttlInSeconds);
  });
  // A use case that slows a caller (the sign-in delay) names the wait in its problem; say it in Retry-After too.
  fastify.addHook('onSend', async (_req, reply, payload) => {
    if (reply.statusCode === 429 && !reply.hasHeader('retry-after') && typeof payload === 'string') {
      const seconds = /"retryAfter":(\d+)/.exec(payload)?.[1];
      if (seconds) reply.header('retry-after', seconds);
    }
    return payload;
  });
}
