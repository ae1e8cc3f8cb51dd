import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';

const database = await openDatabase(loadConfig());
try {
  console.log(
    (await seedDemo(database.db)) ? 'Loaded the demo data.' : 'The database already holds data; nothing loaded.',
  );
} finally {
  await database.close();
}
