import { randomUUID } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { SessionInfo } from '../../shared/contracts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { passkeys, users, webauthnChallenges } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { ACCOUNTS_STREAM, appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { openSession } from './open-session.ts';

const CHALLENGE_MS = 5 * 60_000;

/** The relying party is this site: the configured address, else the one the browser used. */
export function relyingParty(deps: Pick<Deps, 'config'>, req: FastifyRequest): { rpID: string; origin: string } {
  const origin = deps.config.publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;
  return { rpID: new URL(origin).hostname, origin };
}

async function keepChallenge(
  deps: Pick<Deps, 'db' | 'clock'>,
  challenge: string,
  userId: string | null,
): Promise<string> {
  const id = randomUUID();
  await deps.db
    .insert(webauthnChallenges)
    .values({ id, challenge, userId, expiresAt: new Date(deps.clock().getTime() + CHALLENGE_MS) });
  return id;
}

/** A challenge is good once, for a few minutes. */
async function takeChallenge(
  deps: Pick<Deps, 'db' | 'clock'>,
  id: string,
): Promise<{ challenge: string; userId: string | null }> {
  const [row] = await deps.db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.id, id), gt(webauthnChallenges.expiresAt, deps.clock())))
    .returning();
  if (!row)
    throw new AppError('validation_failed', 'the passkey request expired; try again', [
      { path: 'challengeId', message: 'expired or unknown', code: 'expired' },
    ]);
  return row;
}

export async function registrationOptions(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  rp: { rpID: string },
) {
  const user = actor.user;
  if (!user) throw new AppError('unauthenticated');
  const existing = await deps.db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: 'Expert Dialogue',
    rpID: rp.rpID,
    userName: user.email,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  return { challengeId: await keepChallenge(deps, options.challenge, user.id), options };
}

export async function registerPasskey(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  rp: { rpID: string; origin: string },
  input: { challengeId: string; response: unknown },
): Promise<void> {
  const { challenge, userId } = await takeChallenge(deps, input.challengeId);
  const ownerId = actor.user?.id;
  if (!ownerId || userId !== ownerId) throw new AppError('forbidden');
  const verified = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch((err: Error) => {
    throw new AppError('validation_failed', err.message, [
      { path: 'response', message: err.message, code: 'passkey_invalid' },
    ]);
  });
  if (!verified.verified)
    throw new AppError('validation_failed', 'the passkey could not be verified', [
      { path: 'response', message: 'not verified', code: 'passkey_invalid' },
    ]);
  const c = verified.registrationInfo.credential;
  await write(deps.db, async (tx) => {
    await tx.insert(passkeys).values({
      id: c.id,
      userId: ownerId,
      publicKey: Buffer.from(c.publicKey).toString('base64url'),
      counter: c.counter,
      transports: c.transports ?? [],
    });
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'passkey.added',
      actorId: ownerId,
      payload: { userId: ownerId },
    });
  });
}

/** A passkey that opens nothing leaves a `session.failed` event, naming nobody, like a wrong password. */
async function passkeyFailed(deps: Pick<Deps, 'db'>, message: string, address: string): Promise<AppError> {
  await write(deps.db, (tx) =>
    appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'session.failed',
      actorId: null,
      payload: { how: 'passkey', address },
    }),
  );
  return new AppError('invalid_credentials', message);
}

export async function authenticationOptions(deps: Pick<Deps, 'db' | 'clock'>, rp: { rpID: string }) {
  // Discoverable credentials: the browser offers the passkeys it holds for this site; no e-mail asked.
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'preferred' });
  return { challengeId: await keepChallenge(deps, options.challenge, null), options };
}

export async function signInWithPasskey(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  rp: { rpID: string; origin: string },
  input: { challengeId: string; response: unknown },
  address = 'unknown',
): Promise<{ token: string; session: SessionInfo }> {
  const { challenge } = await takeChallenge(deps, input.challengeId);
  const response = input.response as AuthenticationResponseJSON;
  const [key] = await deps.db
    .select()
    .from(passkeys)
    .where(eq(passkeys.id, String(response?.id ?? '')));
  if (!key) throw await passkeyFailed(deps, 'this passkey is not registered here', address);
  const verified = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
    credential: {
      id: key.id,
      publicKey: Buffer.from(key.publicKey, 'base64url'),
      counter: key.counter,
      transports: key.transports,
    },
  }).catch(() => ({ verified: false as const, authenticationInfo: { newCounter: key.counter } }));
  if (!verified.verified) throw await passkeyFailed(deps, 'the passkey could not be verified', address);
  await deps.db
    .update(passkeys)
    .set({ counter: verified.authenticationInfo.newCounter })
    .where(eq(passkeys.id, key.id));
  const [user] = await deps.db.select().from(users).where(eq(users.id, key.userId));
  // A disabled account's passkey answers as one that could not be verified.
  if (!user || user.disabledAt !== null) throw await passkeyFailed(deps, 'the passkey could not be verified', address);
  return openSession(deps, user, 'passkey');
}
