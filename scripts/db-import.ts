import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../src/server/config.ts';
import { openPglite, PGLITE_EXTENSIONS } from '../src/server/db/database.ts';
import { importArchive, ImportRefused, type ImportTarget } from '../src/server/backup/import-archive.ts';
import { ArchiveError } from '../src/server/backup/archive-format.ts';
import { verifyArchive } from '../src/server/backup/verify-archive.ts';
import { flags } from './cli-args.ts';

// npm run db:import -- --in FILE [--native]   into an empty database (see README: Backups and restore)
const args = flags(['in'], ['native']);
if (!args.in || !existsSync(args.in)) {
  console.error(
    `--in: ${args.in ? `no such file: ${args.in}` : 'name the archive to load, e.g. --in backups/expert-dialogue.ed.gz'}`,
  );
  process.exit(2);
}
const file = args.in;
const config = loadConfig();
const started = Date.now();
try {
  if (args.native) await nativeImport();
  else await portableImport();
} catch (err) {
  const known = err instanceof ArchiveError || err instanceof ImportRefused;
  console.error(`db:import refused: ${(err as Error).message}${known ? '. Nothing was changed.' : ''}`);
  process.exitCode = known ? 2 : 1;
}

async function portableImport(): Promise<void> {
  // Checked through before the database is touched at all; the load checks it again as it goes.
  const contents = await verifyArchive(createReadStream(file));
  console.log(
    `${file}: ${contents.tables} tables, ${contents.rows} rows, schema ${contents.header.schema.tag}, ` +
      `from ${contents.header.source.backend} ${contents.header.source.server} at ${contents.header.createdAt}; checksum good`,
  );
  let target: ImportTarget;
  let close = async () => undefined as void;
  if (config.databaseUrl) target = { kind: 'postgres', url: config.databaseUrl };
  else {
    const database = await openPglite({ dataDir: config.dataDir });
    target = { kind: 'pglite', client: (database.db as unknown as { $client: PGlite }).$client };
    close = () => database.close();
  }
  try {
    const summary = await importArchive(target, createReadStream(file));
    console.log(
      `Loaded ${summary.tables} tables, ${summary.rows} rows into ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}` +
        `${summary.upgradedTo ? `, then migrated to ${summary.upgradedTo}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await close();
  }
}

/** The databases' own tools: pg_restore of a pg_dump, or a PGlite data directory from its copy. */
async function nativeImport(): Promise<void> {
  if (config.databaseUrl) {
    execFileSync(
      'pg_restore',
      ['--exit-on-error', '--single-transaction', '--no-owner', `--dbname=${config.databaseUrl}`, file],
      {
        stdio: 'inherit',
      },
    );
  } else {
    if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0)
      throw new ImportRefused(`${config.dataDir} is not empty: a copy of a data directory goes into a new one`);
    const client = await PGlite.create({
      dataDir: config.dataDir,
      loadDataDir: new Blob([await readFile(file)]),
      extensions: PGLITE_EXTENSIONS,
    });
    await client.close();
  }
  console.log(`Loaded ${file} with the database's own tool (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
