import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { createUser } from '../src/server/accounts/create-user.ts';
import { getDialogueRecord } from '../src/server/dialogues/get-dialogue-record.ts';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { ANONYMOUS } from '../src/server/policy/actor.ts';
import { loadDialogueAccess } from '../src/server/policy/dialogue-access.ts';

/**
 * The real server, plus one route the product does not have: the demo record's bytes as a
 * static body, the baseline the benchmark compares against in the same process.
 */
const config = { ...loadConfig(), logLevel: 'silent' as const };
const database = await openDatabase(config);
await seedDemo(database.db);
await createUser(database.db, { email: 'bench@bench.example', password: 'bench password 123', role: 'admin' });
const app = await buildApp(config, database);
const access = (await loadDialogueAccess(database.db, ANONYMOUS, DIALOGUE_2020_ID))!;
const staticBody = Buffer.from((await getDialogueRecord(app.deps, { actor: ANONYMOUS, access })).body);
await app.fastify.close();

const served = await buildApp(config, database);
served.fastify.get('/bench/static', (_req, reply) => reply.type('application/json; charset=utf-8').send(staticBody));
await served.fastify.listen({ port: 0, host: '127.0.0.1' });
const address = served.fastify.server.address();
process.send!({ port: typeof address === 'object' && address ? address.port : 0, bytes: staticBody.length });
process.on('SIGTERM', async () => {
  await served.fastify.close();
  await database.close();
  process.exit(0);
});
