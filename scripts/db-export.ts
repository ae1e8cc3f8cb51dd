import { createReadStream, createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../src/server/config.ts';
import { openPglite } from '../src/server/db/database.ts';
import { exportFromPglite, exportFromPostgres } from '../src/server/backup/export-archive.ts';
import { exportFromServer } from '../src/server/backup/export-from-server.ts';
import { dataDirHolder, holdsDatabase } from '../src/server/backup/data-dir-holder.ts';
import { verifyArchive } from '../src/server/backup/verify-archive.ts';
import { flags } from './cli-args.ts';

// npm run db:export -- --out FILE [--server URL --email ADMIN] [--native]   (see README: Backups and restore)
const args = flags(['out', 'server', 'email'], ['native']);
if (!args.out) {
  console.error('--out: say where to write the archive, e.g. --out backups/expert-dialogue.ed.gz');
  process.exit(2);
}
const config = loadConfig();
const out = args.out;
const partial = `${out}.partial`;
const started = Date.now();
try {
  if (args.native) await nativeExport();
  else {
    await portableExport();
    // Read back before it takes the final name: a file that is there is a file that loads.
    const contents = await verifyArchive(createReadStream(partial));
    renameSync(partial, out);
    console.log(
      `Wrote ${out}: ${contents.tables} tables, ${contents.rows} rows, ${(statSync(out).size / 1e6).toFixed(1)} MB, ` +
        `schema ${contents.header.schema.tag}, sha256 ${contents.sha256} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
} catch (err) {
  rmSync(partial, { force: true });
  console.error(`db:export failed: ${(err as Error).message}`);
  process.exitCode = 1;
}

async function portableExport(): Promise<void> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 1 });
    try {
      await exportFromPostgres(pool, createWriteStream(partial));
    } finally {
      await pool.end();
    }
    return;
  }
  const holder = dataDirHolder(config.dataDir);
  if (holder) {
    // A running server owns the data directory: it makes the archive from a snapshot of it.
    const email = args.email ?? process.env.ED_ADMIN_EMAIL;
    const password = process.env.ED_ADMIN_PASSWORD;
    if (!email || !password)
      throw new Error(
        `the server (process ${holder}) holds ${config.dataDir}: give an administrator's e-mail (--email or ED_ADMIN_EMAIL) and password (ED_ADMIN_PASSWORD) so it can be asked for the archive`,
      );
    const server = args.server ?? `http://127.0.0.1:${config.port}`;
    console.log(`The server (process ${holder}) holds ${config.dataDir}: asking it at ${server}`);
    await exportFromServer({ server, email, password, out: partial });
    return;
  }
  if (!holdsDatabase(config.dataDir)) throw new Error(`there is no embedded database in ${config.dataDir}`);
  const database = await openPglite({ dataDir: config.dataDir });
  try {
    await exportFromPglite((database.db as unknown as { $client: PGlite }).$client, createWriteStream(partial));
  } finally {
    await database.close();
  }
}

/** The databases' own tools: pg_dump's custom format, or PGlite's copy of its data directory. */
async function nativeExport(): Promise<void> {
  if (config.databaseUrl) {
    execFileSync('pg_dump', ['--format=custom', `--file=${partial}`, config.databaseUrl], { stdio: 'inherit' });
  } else {
    if (dataDirHolder(config.dataDir))
      throw new Error(`a server holds ${config.dataDir}: stop it, or export without --native`);
    if (!holdsDatabase(config.dataDir)) throw new Error(`there is no embedded database in ${config.dataDir}`);
    const database = await openPglite({ dataDir: config.dataDir });
    try {
      const tarball = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('gzip');
      await writeFile(partial, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await database.close();
    }
  }
  renameSync(partial, out);
  console.log(`Wrote ${out} with the database's own tool (${(statSync(out).size / 1e6).toFixed(1)} MB)`);
}
