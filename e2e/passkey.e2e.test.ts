/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ml } from '../src/shared/multilingual.ts';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { signInOver } from '../test/support/server-process.ts';
import { E2E_SKIP, screenshot, stage } from './support/browser.ts';

describe('accepting an invitation and signing in with a passkey, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('follow the link, accept, create the account with a passkey, sign out, sign in with the passkey', async () => {
    const admin = await signInOver(on.server.url, on.server.adminEmail!, on.server.adminPassword!);
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${on.server.url}/api/v1${path}`, {
        method,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const dialogue = await api('POST', '/dialogues', {
      title: ml({ en: 'Autumn round of the research centres' }),
      format: 'videoconference',
      startsAt: '2027-10-05T05:00:00Z',
      endsAt: '2027-10-05T07:00:00Z',
      hostZone: 'Asia/Tashkent',
      status: 'scheduled',
      confidentiality: 'public',
      languages: ['en'],
      media: { kind: 'built_in' },
      convenerIds: [],
      referenceDocumentIds: [],
    });
    assert.equal(dialogue.status, 201, await dialogue.clone().text());
    const { id } = (await dialogue.json()) as { id: string };
    const sent = await api('POST', `/dialogues/${id}/invitations`, {
      personId: personId('isrs'),
      organizationId: orgId('isrs'),
      role: 'delegate',
      email: 'delegate@isrs.example',
    });
    assert.equal(sent.status, 201, await sent.clone().text());
    // The demo has no mail server: the message waits in the outbox, where the secretariat reads it.
    const outbox = (await (await api('GET', '/outbox')).json()) as { items: { to: string; text: string }[] };
    const path = /\/invitations\/[A-Za-z0-9_-]+/.exec(
      outbox.items.find((m) => m.to === 'delegate@isrs.example')!.text,
    )![0];

    // WebAuthn wants a domain: the browser uses localhost, the same server.
    const base = on.server.url.replace('127.0.0.1', 'localhost');
    const page = await on.page();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await page.goto(`${base}${path}`);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Thank you: you have accepted.').waitFor();
    await page.getByRole('link', { name: /Create your account/ }).click();
    await page.getByText('Your account will use delegate@isrs.example.').waitFor();
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await page.getByText('Signed in as delegate@isrs.example').waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'the authenticator holds the new passkey');
    await screenshot(page, 'account-with-passkey');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${base}/sign-in`);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('Signed in as delegate@isrs.example').waitFor();

    // The link worked once.
    const again = await fetch(`${on.server.url}${path}`);
    assert.equal(again.status, 410);
  });
});
