/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { startServer, stopServer, type ServerProcess } from '../test/support/server-process.ts';
import { copyTemplate } from '../test/support/databases.ts';
import { E2E_SKIP, launch, newPage, type Stage } from './support/browser.ts';
import { joinAndSeeEachOther, roomPages } from './support/live-room.ts';

const PG = process.env.TEST_DATABASE_URL;

/** Two server processes on one PostgreSQL database; pages on either share the room, media signalling included. */
describe(
  'one room across two server instances in Chromium',
  { skip: E2E_SKIP || (!PG && 'needs TEST_DATABASE_URL') },
  () => {
    const name = `ed_e2e_live_${process.pid}`;
    let a: ServerProcess, b: ServerProcess, browser: Browser;
    const on = {
      get server() {
        return a;
      },
      page: () => newPage(browser),
    } as Stage;

    before(async () => {
      if (process.env.ED_PG_TEMPLATE) await copyTemplate(PG!, name);
      else {
        const admin = new pg.Client({ connectionString: PG });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
      }
      const url = new URL(PG!);
      url.pathname = `/${name}`;
      a = await startServer({ DATABASE_URL: url.toString(), DEMO: '1' });
      b = await startServer({ DATABASE_URL: url.toString(), DEMO: '1' });
      browser = await launch({ media: true });
    });
    after(async () => {
      await browser?.close();
      for (const s of [a, b]) if (s) await stopServer(s);
      const admin = new pg.Client({ connectionString: PG });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });

    test('pages on either instance see and hear each other, and follow the same floor', async () => {
      const { moderator, kazakh, tajik } = await roomPages(on);
      // Sessions live in the shared database: a page signed in through one instance is known to the other.
      await joinAndSeeEachOther(on, [moderator, kazakh, tajik], [a.url, b.url, a.url]);
      await kazakh.getByRole('button', { name: 'Ask for the floor' }).click();
      await moderator
        .getByRole('list', { name: 'Speakers’ list' })
        .getByRole('button', { name: 'Give the floor' })
        .click();
      for (const page of [moderator, kazakh, tajik])
        await page.getByTestId('current-speaker').getByText('KazISS').waitFor();
      await moderator.getByLabel('What was said').fill('Heard on both instances');
      await moderator.getByRole('button', { name: 'Add to the record' }).click();
      await kazakh.getByRole('list', { name: 'Latest statements' }).getByText('Heard on both instances').waitFor();
      assert.ok(kazakh.url().startsWith(b.url) && moderator.url().startsWith(a.url));
    });
  },
);
