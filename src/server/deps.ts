import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { RecordCache } from './dialogues/record-cache.ts';
import type { PageCache } from '../public/page-cache.ts';
import type { MailWaker } from './mail/mail-waker.ts';

/** What use cases are given. Passed explicitly, never imported as singletons. */
export interface Deps {
  config: Config;
  db: Db;
  recordCache: RecordCache;
  /** Now. Tests pass a controllable clock; embargoes are decided against it, never against the database's now(). */
  clock: () => Date;
  /** Rendered news-site pages; publishing writes clear it. */
  pages: PageCache;
  /** This instance's mail courier: use cases ring it after their transaction, and never send mail themselves. */
  mail: MailWaker;
  /** Where background work (the live hub, couriers) reports what it could not do: nothing fails silently. */
  log: FastifyBaseLogger;
}
