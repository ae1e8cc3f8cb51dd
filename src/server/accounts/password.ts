import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's second recommended profile (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** How many passwords this process has hashed: tests read it to prove a route hashed nothing. */
export const hashing = { count: 0 };

export const hashPassword = (password: string): Promise<string> => {
  hashing.count++;
  return hash(password, OPTIONS);
};

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so a miss costs as long as a wrong password. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('not-a-password-of-anyone'));
