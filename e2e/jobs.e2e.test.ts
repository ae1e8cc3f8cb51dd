/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { createTranslator } from '../src/shared/i18n/translate.ts';
import { startServer, stopServer, type ServerProcess } from '../test/support/server-process.ts';
import { makeDatabase } from '../test/ops/made-database.ts';
import {
  assertNoSidewaysScroll,
  E2E_SKIP,
  launch,
  newPage,
  screenshot,
  seriousViolations,
  signIn,
} from './support/browser.ts';

const PG = process.env.TEST_DATABASE_URL;

/** A dead job and undeliverable mail, put in the database the server runs on, as a bad week leaves them. */
async function badWeek(url: string): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(
      `insert into jobs (kind, key, run_at, attempts, last_error, dead_at)
       values ('digest.weekly', 'e2e:dead:1', now() - interval '2 hours', 6,
         'connect ECONNREFUSED 10.0.0.9:587 — the mail relay was down all night, and this line is long enough to wrap at 390 px', now() - interval '1 hour')
       returning id`,
    );
    await db.query(
      `insert into mail_outbox (id, key, "to", subject, text, attempts, error, failed_at, next_attempt_at) values
       (gen_random_uuid(), 'e2e:mail:failed', 'focal.point.with.a.very.long.address@institute-of-strategic-studies.example', 'Weekly digest', 'Body', 8, '550 5.1.1 mailbox unavailable', now(), null),
       (gen_random_uuid(), 'e2e:mail:retrying', 'someone@example.org', 'Reminder', 'Body', 2, 'timeout after 30000 ms', null, now() + interval '4 minutes')`,
    );
    return Number(rows[0].id);
  } finally {
    await db.end();
  }
}

describe(
  'the secretariat sees dead jobs and undelivered mail, in Chromium',
  { skip: E2E_SKIP || (!PG && 'needs TEST_DATABASE_URL') },
  () => {
    let made: Awaited<ReturnType<typeof makeDatabase>>;
    let server: ServerProcess;
    let browser: Browser;
    let deadId = 0;
    before(async () => {
      made = await makeDatabase('e2e_jobs');
      deadId = await badWeek(made.url);
      server = await startServer({ DATABASE_URL: made.url, DEMO: '1' });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      if (server) await stopServer(server);
      await made?.drop();
    });

    test('at 390 px the admin reads a dead job’s error and runs it again; the outbox says how delivery went', async () => {
      const page = await newPage(browser);
      await page.setViewportSize({ width: 1366, height: 900 });
      await signIn(page, server.url, server.adminEmail!, server.adminPassword!);
      await page.getByRole('link', { name: 'Background jobs' }).click();
      await page.getByRole('heading', { name: 'Background jobs' }).waitFor();

      await page.setViewportSize({ width: 390, height: 844 });
      const job = page.locator('#jobs-list > li', { hasText: `#${deadId}` });
      await job.waitFor();
      await job.getByText('digest.weekly').waitFor();
      await job.getByText('6 of 6 attempts', { exact: false }).waitFor();
      await job.getByText('the mail relay was down all night', { exact: false }).waitFor();
      assert.equal(
        await job.locator('time .zone').first().textContent(),
        createTranslator('en')('zone.Asia/Almaty'),
        'the time names its zone, the browser’s, by its city',
      );
      await assertNoSidewaysScroll(page, 'jobs at 390 px');
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'jobs-390');

      await job.getByRole('button', { name: 'Run again' }).click();
      await page.getByRole('status').getByText(`Job ${deadId} will run again shortly.`).waitFor();
      await page.locator('#jobs-list > li', { hasText: `#${deadId}` }).waitFor({ state: 'detached' });
      await page.getByLabel('Show').selectOption({ label: 'Waiting' });
      const waiting = page.locator('#jobs-list > li', { hasText: `#${deadId}` });
      await waiting.waitFor();
      assert.doesNotMatch((await waiting.textContent()) ?? '', /Run again/);

      await page.goto(`${server.url}/outbox`);
      const failed = page.locator('details.outbox-message', { hasText: 'Weekly digest' });
      await failed.waitFor();
      await failed.getByText('Failed', { exact: false }).first().waitFor();
      await failed.getByText('8 failed attempts').waitFor();
      await failed.locator('summary').click();
      await failed.getByText('550 5.1.1 mailbox unavailable').waitFor();
      await failed.getByText('Given up').waitFor();
      const retrying = page.locator('details.outbox-message', { hasText: 'Reminder' });
      await retrying.getByText('Will try again', { exact: false }).waitFor();
      await retrying.locator('summary').click();
      await retrying.getByText('Next attempt').waitFor();
      await retrying.getByText('timeout after 30000 ms').waitFor();
      await assertNoSidewaysScroll(page, 'outbox at 390 px');
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'outbox-390');
    });

    test('nobody but the secretariat reads or retries jobs', async () => {
      for (const [method, path] of [
        ['GET', '/api/v1/jobs?state=dead'],
        ['POST', `/api/v1/jobs/${deadId}/retry`],
      ] as const) {
        const res = await fetch(`${server.url}${path}`, { method });
        assert.equal(res.status, 401, `${method} ${path}`);
      }
      const page = await newPage(browser);
      await page.goto(`${server.url}/jobs`);
      await page.getByText('Only the secretariat sees background jobs.').waitFor();
    });
  },
);
