/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIALOGUE_2020 } from '../src/server/demo/dialogue-2020.ts';
import { ml } from '../src/shared/multilingual.ts';
import { signInOver } from '../test/support/server-process.ts';
import { fitsWidth, axeViolations, E2E_SKIP, screenshot, signIn, stage } from './support/browser.ts';

describe('the secretariat binds accounts to people, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('pending bindings show the person, both addresses and the invitation; Confirm and Refuse decide them', async () => {
    const url = on.server.url;
    const admin = await signInOver(url, on.server.adminEmail!, on.server.adminPassword!);
    const call = async <T = { id: string }>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.ok(res.ok, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
      return res.json() as Promise<T>;
    };
    const startsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const dialogue = await call('POST', '/dialogues', {
      ...DIALOGUE_2020,
      title: ml({ en: 'Round on digital connectivity', ru: 'Раунд о цифровой связности' }),
      status: 'scheduled',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
    });
    /** A person of the directory invited at an address the directory does not hold, who accepts and opens an account. */
    const waiting = async (name: string, directoryEmail: string | null, email: string) => {
      const person = await call('POST', '/people', { name: ml({ en: name }), email: directoryEmail, positions: [] });
      await call('POST', `/dialogues/${dialogue.id}/invitations`, { personId: person.id, role: 'delegate', email });
      const outbox = await call<{ items: { to: string; text: string }[] }>('GET', '/outbox');
      const mail = outbox.items.find((m) => m.to.includes(email))!;
      const link = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
      const accepted = await fetch(`${url}/invitations/${link}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'response=accepted',
      });
      const setup = /\/setup-account\/([A-Za-z0-9_-]+)/.exec(await accepted.text())![1]!;
      const opened = await fetch(`${url}/api/v1/account-setup/${setup}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'password', password: 'a long enough password of theirs' }),
      });
      assert.equal(opened.status, 201, await opened.text());
    };
    await waiting(
      'Aigerim Seitkali',
      'a.seitkali@institute.example',
      'aigerim.seitkali.personal.mailbox@freemail.example',
    );
    await waiting('Timur Rakhimov', null, 'timur@chair-controlled.example');

    const page = await on.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);
    await page.getByRole('link', { name: 'Outbox' }).waitFor();
    await page.getByRole('link', { name: 'Bindings' }).click();
    await page.getByRole('heading', { name: 'Accounts waiting to be bound' }).waitFor();
    const aigerim = page.locator('.bindings > li', { hasText: 'Aigerim Seitkali' });
    await aigerim.getByText('aigerim.seitkali.personal.mailbox@freemail.example').first().waitFor();
    await aigerim.getByText('a.seitkali@institute.example').waitFor();
    await aigerim.getByRole('link', { name: 'Round on digital connectivity' }).waitFor();
    const timur = page.locator('.bindings > li', { hasText: 'Timur Rakhimov' });
    await timur.getByText('none on file').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'bindings-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await fitsWidth(page), 'no sideways scrolling at 390 px');
    await screenshot(page, 'bindings-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    await timur.getByRole('button', { name: 'Refuse' }).click();
    await page.getByText('timur@chair-controlled.example stays unbound.').waitFor();
    await aigerim.getByRole('button', { name: 'Confirm' }).click();
    await page
      .getByText('aigerim.seitkali.personal.mailbox@freemail.example now stands for Aigerim Seitkali.')
      .waitFor();
    await page.getByText('No account is waiting.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'bindings-decided');

    const decided = await call<{ items: { user: { email: string } }[] }>('GET', '/bindings?state=confirmed');
    assert.deepEqual(
      decided.items.map((b) => b.user.email),
      ['aigerim.seitkali.personal.mailbox@freemail.example'],
    );
  });
});
