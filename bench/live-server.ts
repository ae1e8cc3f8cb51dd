import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { createUser } from '../src/server/accounts/create-user.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { personId } from '../src/server/demo/directory-data.ts';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { dialogues } from '../src/server/db/schema.ts';
import { eq } from 'drizzle-orm';

/** The real server with the demo dialogue, a secretariat account for the listeners and the dialogue's moderator. */
const config = { ...loadConfig(), logLevel: 'silent' as const };
const database = await openDatabase(config);
await seedDemo(database.db);
const password = 'a bench password of some length';
await createUser(database.db, { email: 'listener@bench.example', password, role: 'admin', personId: null });
await createUser(database.db, {
  email: 'moderator@bench.example',
  password,
  role: 'member',
  personId: personId('unrcca'),
});
// Floor actions work inside the room's window only: the demo meeting is held now, live.
await database.db
  .update(dialogues)
  .set({ status: 'live', startsAt: new Date(Date.now() - 10 * 60_000), endsAt: new Date(Date.now() + 2 * 3_600_000) })
  .where(eq(dialogues.id, DIALOGUE_2020_ID));
const app = await buildApp(config, database);
const cookie = async (email: string) => {
  const res = await app.fastify.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  return `ed_session=${res.cookies.find((c) => c.name === 'ed_session')!.value}`;
};
const cookies = {
  listener: await cookie('listener@bench.example'),
  moderator: await cookie('moderator@bench.example'),
};
await app.fastify.listen({ port: 0, host: '127.0.0.1' });
const address = app.fastify.server.address();
process.send!({ port: typeof address === 'object' && address ? address.port : 0, cookies });
process.on('message', (m) => {
  if (m === 'cpu') process.send!({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', async () => {
  await app.fastify.close();
  await database.close();
  process.exit(0);
});
