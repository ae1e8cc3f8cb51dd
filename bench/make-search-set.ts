import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { labelledSet } from './search-corpus.ts';

/** Writes the labelled query set kept in the repo: npm run bench:search-set (deterministic). */
const set = labelledSet(180);
await writeFile(join(import.meta.dirname, 'search-set.json'), `${JSON.stringify(set, null, 1)}\n`);
console.log(`${set.needles.length} needles, ${set.queries.length} queries`);
