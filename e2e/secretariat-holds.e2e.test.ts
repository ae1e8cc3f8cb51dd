/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { documentId } from '../src/server/demo/references-data.ts';
import { createTranslator } from '../src/shared/i18n/translate.ts';
import {
  assertNoSidewaysScroll,
  E2E_SKIP,
  screenshot,
  seriousViolations,
  signIn,
  stageWithMailbox,
} from './support/browser.ts';

/** Wall-clock date and time in Astana: "2026-12-02", "05:10". */
function inAstana(at: Date): { date: string; time: string } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Almaty',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const tg = createTranslator('tg');

/**
 * The secretariat's day of the meeting and after, in the web app alone, at a desk and on a phone: two
 * institutes' heads invited over real SMTP open their accounts; the room is held with the chair, a
 * delegate and the hall's projector; a statement said under the Chatham House Rule is recorded and
 * cleared; the press release is generated, signed off by both institutions from the e-mail that asks
 * them (one reads Tajik), approved and published; a recommendation is followed up by the institution
 * that owns it; and the record is searched. Every page fits its width and is clean for axe.
 */
describe('the secretariat holds a dialogue and follows it up from the web app, in Chromium', { skip: E2E_SKIP }, () => {
  const { on, box } = stageWithMailbox();

  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    test(`at ${width}×${height}`, async () => {
      const url = on.server.url;
      const tag = `${width}`;
      const phone = width < 600;
      const visit = async (page: Page, name: string) => {
        await page.waitForLoadState('networkidle');
        await assertNoSidewaysScroll(page, `${name} at ${width}px`);
        const serious = await seriousViolations(page);
        assert.deepEqual(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
          `axe on ${name} at ${width}px`,
        );
        await screenshot(page, `hold-${tag}-${name}`);
      };
      const fresh = async () => {
        const page = await on.page();
        await page.setViewportSize({ width, height });
        page.setDefaultTimeout(30_000);
        return page;
      };
      const chair = await fresh();
      await signIn(chair, url, on.server.adminEmail!, on.server.adminPassword!);

      // The two heads get an address in the directory: the accounts they open from it are theirs.
      // Other heads at each size: an account, once opened, answers for its person.
      const heads = (
        phone
          ? [
              { key: 'isrs', short: 'ISRS', country: 'UZ' },
              { key: 'csr-tj', short: 'CSR Tajikistan', country: 'TJ' },
            ]
          : [
              { key: 'kaziss', short: 'KazISS', country: 'KZ' },
              { key: 'niss-tj', short: 'NISS Tajikistan', country: 'TJ' },
            ]
      ).map((h) => ({ ...h, label: `Head of ${h.short} (name not recorded)`, email: `head@${h.key}.example` }));
      const [first, second] = heads;
      assert.ok(first && second);
      for (const head of heads) {
        await chair.goto(`${url}/directory/people/${personId(head.key)}/edit`);
        await chair.getByLabel('E-mail').fill(head.email);
        await chair.getByRole('button', { name: 'Save' }).click();
        await chair.getByText('Saved.').waitFor();
      }

      // Convened for now, in Astana, a document under discussion, one agenda item under the Rule.
      const title = `Ледники и вода ${tag}`;
      const start = inAstana(new Date(Math.floor(Date.now() / 300_000) * 300_000));
      const end = inAstana(new Date(Math.floor(Date.now() / 300_000) * 300_000 + 90 * 60_000));
      await chair.goto(`${url}/dialogues/new`);
      await chair.getByLabel('Title (Русский)').fill(title);
      await chair.getByLabel('Date').fill(start.date);
      await chair.getByLabel('In (the host’s time)').selectOption({ label: 'Astana, Almaty' });
      await chair.getByLabel('Starts at').fill(start.time);
      await chair.getByLabel('Ends at').fill(end.date === start.date ? end.time : '23:59');
      await chair.getByLabel('Status').selectOption('live');
      await chair
        .getByRole('group', { name: 'Documents under discussion' })
        .getByLabel('A/RES/72/283', { exact: true })
        .check();
      await chair.getByRole('button', { name: 'Save' }).click();
      await chair.waitForURL(/\/dialogues\/[0-9a-f-]{36}$/);
      const dialogueUrl = chair.url();
      await chair.getByText('Add an agenda item').click();
      const agenda = chair.getByRole('form', { name: 'Add an agenda item' });
      await agenda.getByRole('group', { name: 'Title' }).locator('input').first().fill('Ледники Памира');
      await agenda.getByLabel('Confidentiality of this item').selectOption('chatham_house');
      await agenda.getByRole('button', { name: 'Save' }).click();
      await chair.locator('ol.agenda > li', { hasText: 'Ледники Памира' }).waitFor();

      // Both heads invited; each accepts from the e-mail and opens an account, landing on the dialogue.
      const guests: Page[] = [];
      for (const [i, head] of heads.entries()) {
        const language = i === 0 ? 'en' : 'tg';
        const before = box().received.length;
        await chair.getByLabel('Person to invite').selectOption({ label: head.label });
        await chair.getByLabel('Language of the invitation').selectOption(language);
        await chair.getByRole('button', { name: 'Send the invitation' }).click();
        const mail = (await box().waitFor(before + 1, 20_000))
          .slice(before)
          .find((m) => JSON.stringify(m.to).includes(head.email));
        const link = /(https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
        assert.ok(link?.startsWith(url), `an absolute invitation link: ${link}`);
        const guest = await fresh();
        await guest.goto(link!);
        await guest.getByRole('button', { name: createTranslator(language)('invitation.accept') }).click();
        await guest.locator('a[href^="/setup-account/"]').click();
        await guest.locator('input[type=password]').fill(`a long passphrase of the ${head.key} head`);
        await guest.locator('form button.button-primary').click();
        await guest.waitForURL(dialogueUrl);
        guests.push(guest);
      }
      const [delegate, reader] = guests as [Page, Page];
      await visit(reader, 'dialogue-in-tajik');

      // The room: the chair sets the item, the delegate asks for the floor and gets it; the projector shows it.
      const projector = await chair.context().newPage();
      projector.on('pageerror', (err) => assert.fail(`page error: ${err.message}`));
      await projector.setViewportSize({ width, height });
      await chair.goto(`${dialogueUrl}/live`);
      await delegate.goto(`${dialogueUrl}/live`);
      await projector.goto(`${dialogueUrl}/live/projector`);
      await projector.getByText('Nobody has the floor.').waitFor();
      if (phone) await chair.getByRole('tab', { name: /Speakers’ list/ }).click();
      await chair.getByLabel('Current agenda item').selectOption({ index: 1 });
      await delegate.getByTestId('agenda-item').getByText('Agenda item 1: Ледники Памира').waitFor();
      await delegate.getByRole('button', { name: 'Ask for the floor' }).click();
      await chair.getByRole('list', { name: 'Speakers’ list' }).getByText(first.short).waitFor();
      await chair.getByRole('button', { name: 'Give the floor to the next speaker' }).click();
      await delegate.getByTestId('current-speaker').getByText(first.short).waitFor();
      await projector.getByTestId('projector-current').getByText(first.label).waitFor();
      await projector
        .getByTestId('projector-agenda')
        .getByText(/Ледники Памира/)
        .waitFor();
      await visit(chair, 'room-chair');
      await visit(delegate, 'room-delegate');
      await visit(projector, 'room-projector');
      await chair.getByRole('button', { name: 'End the turn' }).click();
      await projector.close();

      // The record: what the delegate said, and a recommendation the delegate's institute owns, due in a year.
      const words = 'Ледники Памира теряют около процента массы в год; нужен общий мониторинг.';
      await chair.goto(dialogueUrl);
      await chair.getByText('Record a statement').click();
      const statement = chair.getByRole('form', { name: 'Record a statement' });
      await statement.getByLabel('Agenda item').selectOption({ index: 1 });
      await statement.getByLabel('Speaker').selectOption({ label: first.label });
      await statement.getByRole('group', { name: 'What was said' }).locator('textarea').first().fill(words);
      await statement.getByRole('button', { name: 'Save' }).click();
      await chair.locator('.statement', { hasText: 'общий мониторинг' }).getByText('Not yet cleared').waitFor();
      await chair.getByText('Add an outcome').click();
      const outcome = chair.getByRole('form', { name: 'Add an outcome' });
      await outcome.getByLabel('Kind').selectOption('recommendation');
      await outcome.getByText('With a follow-up owner and a due date, it is tracked under Follow-up').waitFor();
      await outcome.getByLabel('Follow-up owner').selectOption(orgId(first.key));
      await outcome.getByLabel('Due date').fill(`${Number(start.date.slice(0, 4)) + 1}-06-30`);
      const recommendation = `Создать общую сеть мониторинга ледников ${tag}`;
      await outcome.getByRole('group', { name: 'Text' }).locator('textarea').first().fill(recommendation);
      await outcome
        .getByRole('group', { name: 'Provisions it concerns' })
        .getByLabel(/^A\/RES\/72\/283 /)
        .first()
        .check();
      await visit(chair, 'outcome-form');
      await outcome.getByRole('button', { name: 'Save' }).click();
      await chair.locator('.outcomes > li', { hasText: recommendation }).waitFor();

      // Cleared: nothing in it names anyone, so there is no redaction to suggest; released as said.
      await chair.getByRole('link', { name: 'Clearance (1 waiting)' }).click();
      await chair
        .getByRole('navigation', { name: 'Texts said under the Rule' })
        .getByRole('link', { name: /общий мониторинг/ })
        .click();
      const panel = chair.locator('.clearance-panel');
      assert.ok(await panel.getByRole('button', { name: 'Accept the suggested redaction' }).isDisabled());
      await panel.getByRole('button', { name: 'Clear for publication' }).click();
      await chair.getByText('Nothing waits for clearance.').waitFor();
      await visit(chair, 'clearance');

      // The press release: generated, sent for review; each institution is asked by e-mail and signs off.
      await chair.goto(`${dialogueUrl}#publications`);
      const publications = chair.locator('section', { has: chair.getByRole('heading', { name: 'Publications' }) });
      await publications.getByLabel('Kind').selectOption('press_release');
      await publications.getByLabel('Language').selectOption('en');
      await publications.getByRole('button', { name: 'Generate' }).click();
      const editor = publications.locator('.publication-editor');
      const headline = await editor.getByLabel('Title').inputValue();
      assert.doesNotMatch(await editor.getByLabel('Text').inputValue(), new RegExp(`${first.short}|name not recorded`));
      const asked = box().received.length;
      await editor.getByRole('button', { name: 'Send for review' }).click();
      await editor.getByRole('heading', { name: 'Step 1 · Sign-off by the institutions' }).waitFor();
      await visit(chair, 'publication-in-review');
      const reviews = (await box().waitFor(asked + 2, 20_000)).slice(asked);
      const to = (email: string) => reviews.find((m) => JSON.stringify(m.to).includes(email));
      const english = to(first.email);
      const tajikMail = to(second.email);
      assert.equal(english?.subject, `For sign-off: ${headline}`);
      assert.equal(tajikMail?.subject, `Барои мувофиқа: ${headline}`);
      for (const [mail, page, t] of [
        [english, delegate, createTranslator('en')],
        [tajikMail, reader, tg],
      ] as const) {
        const link = /(https?:\/\/\S+\/dialogues\/\S+)/.exec(mail?.text ?? '')?.[1];
        assert.equal(link, `${dialogueUrl}#publications`, 'an absolute link to the publications');
        // The link opens in a tab of its own, as from a mail reader.
        const tab = await page.context().newPage();
        tab.on('pageerror', (err) => assert.fail(`page error: ${err.message}`));
        await tab.setViewportSize({ width, height });
        await tab.goto(link!);
        const mine = tab.locator('section', { has: tab.getByRole('heading', { name: t('publishing.title') }) });
        await mine.getByRole('button', { name: new RegExp(`^${t('publishing.edit')}`) }).click();
        await mine.getByRole('button', { name: t('publishing.signOff'), exact: true }).click();
        await mine
          .locator('.approvals li', { hasText: t('publishing.signedOff') })
          .first()
          .waitFor();
        if (t === tg) await visit(tab, 'publication-signed-off-tajik');
        await tab.close();
      }

      // Both signed off: approved with no override by the secretariat, which publishes it.
      await chair.reload();
      await publications.getByRole('button', { name: /^Edit/ }).click();
      await editor.locator('.approvals li', { hasText: 'signed off' }).nth(1).waitFor();
      await editor.getByText('Approved', { exact: true }).first().waitFor();
      assert.equal(await editor.getByText(/override/).count(), 0, 'no override');
      await editor.getByRole('button', { name: 'Publish' }).click();
      const view = editor.getByRole('link', { name: 'View on the news site' });
      await view.waitFor();
      await visit(chair, 'published');
      await chair.goto(`${url}${await view.getAttribute('href')}`);
      await chair.getByRole('heading', { level: 1, name: headline }).waitFor();
      assert.doesNotMatch(await chair.locator('main').innerText(), new RegExp(`${first.short}|name not recorded`));
      await visit(chair, 'news-article');

      // The institute follows its recommendation up: on the tracker, then on its own page.
      await delegate.goto(`${url}/tracker`);
      await delegate.getByLabel('Document').selectOption(documentId('a-res-72-283'));
      const cell = delegate.locator(`table.matrix tbody td[data-column="${first.country}"]`, {
        hasText: recommendation,
      });
      await visit(delegate, 'tracker');
      await cell.getByRole('link', { name: recommendation }).click();
      await delegate.getByRole('heading', { level: 1, name: recommendation }).waitFor();
      const change = delegate.getByRole('form', { name: 'Change the status' });
      await change.getByLabel('Status').selectOption('in_progress');
      await change.getByLabel('Note').fill('The network’s first stations are chosen.');
      await change.getByRole('button', { name: 'Save' }).click();
      await delegate
        .locator('.timeline li')
        .first()
        .getByText(/In progress/)
        .waitFor();
      await visit(delegate, 'recommendation');

      // Search finds the statement, cleared, and names its dialogue.
      await chair.goto(`${url}/search`);
      await chair.getByLabel('Search the archive, in any script').fill('ледники мониторинг');
      await chair.getByLabel('Search the archive, in any script').press('Enter');
      // Both sizes said the same words: the hit of this size's dialogue is the one named after it.
      const hit = chair.locator('#search-results li', { hasText: title }).filter({ hasText: 'общий мониторинг' });
      await hit.first().waitFor();
      await visit(chair, 'search');
    });
  }
});
