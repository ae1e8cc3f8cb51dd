import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../src/server/app.ts';
import { testConfig, type Config } from '../../src/server/config.ts';
import { createUser } from '../../src/server/accounts/create-user.ts';
import { personId } from '../../src/server/demo/directory-data.ts';
import { openTestDatabase, type Backend, type TestDatabase } from './databases.ts';

export type Role = 'anonymous' | 'member' | 'participant' | 'moderator' | 'admin';
export const ROLES: Role[] = ['anonymous', 'member', 'participant', 'moderator', 'admin'];

/** Demo people the role users stand for: a delegate and the moderator of the 2020 dialogue. */
const ROLE_USERS: Record<Exclude<Role, 'anonymous'>, { role: 'admin' | 'member'; personId: string | null }> = {
  admin: { role: 'admin', personId: null },
  member: { role: 'member', personId: null },
  participant: { role: 'member', personId: personId('kaziss') },
  moderator: { role: 'member', personId: personId('unrcca') },
};
export const PASSWORD = 'correct horse battery staple';

export interface Client {
  role: Role;
  cookie: string | null;
  csrf: string | null;
}

export interface TestApp extends App {
  database: TestDatabase;
  clients: Record<Role, Client>;
  call(
    method: string,
    url: string,
    options?: { as?: Role | Client; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  /** A signed-in member standing for this directory person: more people than the five roles. */
  personClient(personId: string): Promise<Client>;
  close(): Promise<void>;
}

export async function startTestApp(
  backend: Backend,
  options: { clock?: () => Date; config?: Partial<Config>; webDir?: string } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const app = await buildApp(testConfig(options.config), database, options);
  const clients = { anonymous: { role: 'anonymous', cookie: null, csrf: null } } as Record<Role, Client>;
  const signUp = async (email: string, role: Client['role'], u: (typeof ROLE_USERS)['admin']): Promise<Client> => {
    await createUser(database.db, { email, password: PASSWORD, role: u.role, personId: u.personId });
    const res = await app.fastify.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: PASSWORD },
    });
    if (res.statusCode !== 201) throw new Error(`sign-in as ${email} failed: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ed_session')!;
    return { role, cookie: `ed_session=${cookie.value}`, csrf: res.json().csrfToken };
  };
  for (const [role, u] of Object.entries(ROLE_USERS) as [Exclude<Role, 'anonymous'>, (typeof ROLE_USERS)['admin']][]) {
    clients[role] = await signUp(`${role}@test.example`, role, u);
  }
  const personClient = (personId: string) =>
    signUp(`${personId}@people.test.example`, 'member', { role: 'member', personId });
  const call: TestApp['call'] = (method, url, options = {}) => {
    const client = typeof options.as === 'object' ? options.as : clients[options.as ?? 'anonymous'];
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (client.cookie) headers.cookie = client.cookie;
    if (client.csrf && method !== 'GET') headers['x-csrf-token'] = client.csrf;
    return app.fastify.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
  };
  return {
    ...app,
    database,
    clients,
    call,
    personClient,
    close: async () => {
      await app.fastify.close();
      await database.close();
    },
  };
}
