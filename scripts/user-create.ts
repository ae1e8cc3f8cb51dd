import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { createUser } from '../src/server/accounts/create-user.ts';
import { AppError } from '../src/shared/errors.ts';
import { flags } from './cli-args.ts';

// npm run user:create -- --email <e> --password <p> --role admin|member [--enable]
// A disabled account is reset only with --enable, which enables it again: see README.
const args = flags(['email', 'password', 'role', 'person'], ['enable']);
const database = await openDatabase(loadConfig());
try {
  const { id, created, sessionsEnded, enabled } = await createUser(
    database.db,
    {
      email: args.email ?? '',
      password: args.password ?? '',
      role: (args.role ?? 'member') as 'admin',
      personId: args.person ?? null,
    },
    { enable: args.enable ?? false },
  );
  console.log(`${created ? 'Created' : 'Updated'} ${args.role ?? 'member'} ${args.email} (${id})`);
  if (enabled) console.log('The account was disabled: it is enabled again.');
  // A reset password or role: every session of the account has ended, its live connections too.
  if (!created) console.log(`Ended ${sessionsEnded} session${sessionsEnded === 1 ? '' : 's'}.`);
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  for (const e of err.errors ?? [{ path: '', message: err.message }])
    console.error(`--${e.path || 'input'}: ${e.message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
