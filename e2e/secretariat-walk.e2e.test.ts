/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoSidewaysScroll, E2E_SKIP, screenshot, signIn, stageWithMailbox } from './support/browser.ts';
import type { Page } from 'playwright-core';

/**
 * The secretariat's day in the web app alone, at a desk and on a phone: an institution and an expert
 * into the directory, a document pasted into provisions, a dialogue at "10:00 in Astana", an
 * invitation read over real SMTP with an absolute link, and the invitee accepting in Kazakh and
 * landing on the dialogue. Every page fits its width.
 */
describe('the secretariat convenes a dialogue from the web app, in Chromium', { skip: E2E_SKIP }, () => {
  const { on, box } = stageWithMailbox();

  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    test(`at ${width}×${height}`, async () => {
      const url = on.server.url;
      const tag = `${width}`;
      const visit = async (page: Page, name: string) => {
        await page.waitForLoadState('networkidle');
        await assertNoSidewaysScroll(page, `${name} at ${width}px`);
        await screenshot(page, `walk-${tag}-${name}`);
      };
      const page = await on.page();
      await page.setViewportSize({ width, height });
      await signIn(page, url, on.server.adminEmail!, on.server.adminPassword!);

      // An institution.
      const orgName = `Институт водных исследований ${tag}`;
      await page.goto(`${url}/directory`);
      await visit(page, 'directory');
      await page.getByRole('link', { name: 'Add an organization' }).click();
      await page.getByLabel('Name (Русский)').fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      // Refused: the problem at the top and at the field; typing clears it.
      await page.getByRole('group', { name: 'Please correct:' }).waitFor();
      await visit(page, 'organization-errors');
      await page.getByLabel('Name (Русский)').fill(orgName);
      assert.equal(await page.getByRole('group', { name: 'Please correct:' }).count(), 0, 'fixed: the problem is gone');
      await page.getByLabel('Country').selectOption({ label: 'Kazakhstan' });
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/\/directory\/organizations\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: orgName }).waitFor();
      await visit(page, 'organization');

      // An expert, with a position there.
      const expert = `Айгерим Сейткали ${tag}`;
      const expertEmail = `aigerim.${tag}@institute.example`;
      await page.goto(`${url}/directory/people/new`);
      await page.getByLabel('Name (Русский)').fill(expert);
      await page.getByLabel('E-mail').fill(expertEmail);
      await page.getByRole('button', { name: 'Add a position' }).click();
      await page.getByLabel('Organization').selectOption({ label: orgName });
      await page.getByLabel('Position (Русский)').fill('Ведущий научный сотрудник');
      await visit(page, 'person-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/\/directory\/people\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: expert }).waitFor();
      await visit(page, 'person');

      // A reference document, pasted.
      await page.goto(`${url}/references`);
      await page.getByRole('link', { name: 'Add a document' }).click();
      await page.getByLabel('Title (Русский)').fill(`Совместное заявление о воде ${tag}`);
      await page
        .getByLabel('Provisions: paste the numbered paragraphs')
        .fill(
          'Совместное заявление\n1. Вода является общим ресурсом\nрегиона.\n2) Стороны обмениваются данными.\n§ 3 Стороны проводят встречи ежегодно.',
        );
      await page.getByText('3 provisions found').waitFor();
      await visit(page, 'reference-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/\/references\/[0-9a-f-]{36}$/);
      await page.getByText('Вода является общим ресурсом региона.').waitFor();
      await page.getByText('Стороны проводят встречи ежегодно.').waitFor();
      await visit(page, 'reference');

      // A dialogue at 10:00 in Astana.
      const title = `Водный диалог ${tag}`;
      await page.goto(`${url}/dialogues/new`);
      await page.getByLabel('Title (Русский)').fill(title);
      await page.getByLabel('Date').fill('2027-03-10');
      await page.getByLabel('In (the host’s time)').selectOption({ label: 'Astana, Almaty' });
      await page.getByLabel('Starts at').fill('10:00');
      await page.getByLabel('Ends at').fill('12:00');
      await visit(page, 'dialogue-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/\/dialogues\/[0-9a-f-]{36}$/);
      const dialogueId = /\/dialogues\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
      await page.getByRole('heading', { name: title }).waitFor();
      // The server computed the instant: 05:00 UTC (Kazakhstan is UTC+5).
      const stored = await page.evaluate(
        async (id) =>
          ((await (await fetch(`/api/v1/dialogues/${id}`)).json()) as { dialogue: { startsAt: string } }).dialogue
            .startsAt,
        dialogueId,
      );
      assert.equal(stored, '2027-03-10T05:00:00.000Z');
      await visit(page, 'dialogue');

      // The invitation, in Kazakh, read over SMTP.
      const before = box().received.length;
      await page.getByLabel('Person to invite').selectOption({ label: expert });
      await page.getByLabel('Language of the invitation').selectOption('kk');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      const mails = await box().waitFor(before + 1, 20_000);
      const mail = mails.slice(before).find((m) => m.to && JSON.stringify(m.to).includes(expertEmail));
      assert.ok(mail, 'the invitation arrived');
      assert.match(mail.subject ?? '', /^Шақыру: /);
      const link = /(https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
      assert.ok(link?.startsWith(url), `an absolute link to this server: ${link}`);

      // The invitee, in a browser of their own.
      const invitee = await on.page();
      await invitee.setViewportSize({ width, height });
      await invitee.goto(link!);
      assert.equal(await invitee.evaluate(() => document.documentElement.lang), 'kk');
      await visit(invitee, 'invitation');
      await invitee.getByRole('button', { name: 'Қабылдау' }).click();
      await invitee.waitForLoadState();
      assert.equal(await invitee.evaluate(() => document.documentElement.lang), 'kk');
      await visit(invitee, 'invitation-accepted');
      await invitee.locator('a[href^="/setup-account/"]').click();
      await invitee.locator('input[type=password]').waitFor();
      assert.equal(await invitee.evaluate(() => document.documentElement.lang), 'kk', 'the app opens in Kazakh');
      await visit(invitee, 'setup-account');
      await invitee.locator('input[type=password]').fill('a long enough passphrase of theirs');
      await invitee.locator('form button.button-primary').click();
      await invitee.waitForURL(new RegExp(`/dialogues/${dialogueId}$`));
      await invitee.getByRole('heading', { name: title }).waitFor();
      await visit(invitee, 'invitee-dialogue');
    });
  }
});
