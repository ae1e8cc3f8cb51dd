/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIALOGUE_2020_ID } from '../src/server/demo/dialogue-2020.ts';
import { FICTIONAL_DIALOGUE_ID } from '../src/server/demo/dialogue-fictional.ts';
import { documentId, provisionId } from '../src/server/demo/references-data.ts';
import { orgId, personId } from '../src/server/demo/directory-data.ts';
import { CATALOGS, INTERFACE_LANGUAGES, type InterfaceLanguage } from '../src/shared/i18n/translate.ts';
import { foreignMessages } from '../test/support/foreign-messages.ts';
import { E2E_SKIP, screenshot, signIn, stage } from './support/browser.ts';

/*
 * Every page of the web app, signed in as the secretariat, in each interface language, in Debian's
 * Chromium (whose ICU has no date data for Kazakh or Uzbek): no message of another language's catalog
 * where the page's language has its own, and every date written for the locale. The news site too.
 */

const PAGES = [
  '/',
  `/dialogues/${DIALOGUE_2020_ID}`,
  `/dialogues/${FICTIONAL_DIALOGUE_ID}`,
  `/dialogues/${DIALOGUE_2020_ID}/edit`,
  `/dialogues/${DIALOGUE_2020_ID}/clearance`,
  '/dialogues/new',
  '/directory',
  `/directory/organizations/${orgId('kaziss')}`,
  `/directory/people/${personId('norov')}`,
  '/references',
  `/references/${documentId('a-res-72-283')}`,
  `/references/${documentId('a-res-72-283')}/provisions/${provisionId('a-res-72-283', 'op')}`,
  '/tracker',
  `/tracker/${documentId('a-res-72-283')}`,
  '/search?q=hamkorlik',
  '/account',
  '/outbox',
  '/bindings',
  '/users',
  '/audit',
];

const ENGLISH_DATE =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}|\d (AM|PM)\b/;

async function datesOf(page: Page): Promise<string[]> {
  return page.locator('time').allInnerTexts();
}

function assertDates(lang: InterfaceLanguage, where: string, dates: string[]) {
  for (const d of dates) {
    assert.doesNotMatch(d, /\bM\d{1,2}\b/, `${lang} ${where}: "${d}" has a month placeholder`);
    if (lang !== 'en') assert.doesNotMatch(d, ENGLISH_DATE, `${lang} ${where}: "${d}" is written in US English`);
  }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading'), null, { timeout: 10_000 });
}

describe('the interface in each language, in Chromium', { skip: E2E_SKIP }, () => {
  const on = stage();

  test('dates are written for each locale, with no "M12" and no US-English order', async () => {
    const page = await on.page();
    for (const lang of INTERFACE_LANGUAGES) {
      await page.context().addCookies([{ name: 'ed_lang', value: lang, url: on.server.url }]);
      await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
      await settle(page);
      const dates = await datesOf(page);
      assert.ok(dates.length > 0, `${lang}: the dialogue page shows dates`);
      assertDates(lang, 'dialogue', dates);
      assert.ok(
        dates.some((d) => d.includes('2020')),
        `${lang}: ${dates.join(' | ')}`,
      );
    }
    await page.context().addCookies([{ name: 'ed_lang', value: 'kk', url: on.server.url }]);
    await page.goto(`${on.server.url}/dialogues/${DIALOGUE_2020_ID}`);
    await settle(page);
    assert.ok(
      (await datesOf(page)).some((d) => d.includes('2020 ж. 22 мау.')),
      'Kazakh dates as CLDR writes them',
    );
  });

  test('every page, signed in, in every language: no other language’s messages, dates for the locale', async () => {
    // Every leak of every page in every language, reported together.
    const leaks: string[] = [];
    const queue = [...INTERFACE_LANGUAGES];
    // Languages side by side, each in a context of its own: most of a page's time is waiting for the
    // network to go quiet, which overlaps.
    const walker = async () => {
      const page = await on.page();
      await signIn(page, on.server.url, on.server.adminEmail!, on.server.adminPassword!);
      for (let lang = queue.shift(); lang; lang = queue.shift()) {
        await page.context().addCookies([{ name: 'ed_lang', value: lang, url: on.server.url }]);
        const foreign = foreignMessages(lang);
        for (const path of PAGES) {
          await page.goto(`${on.server.url}${path}`);
          await settle(page);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${lang} ${path}`);
          // The interface's own words: the chrome and the page, without the record's content.
          const text = await page.evaluate(() => {
            const copy = document.body.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('[lang]:not(html)').forEach((el) => el.remove());
            return copy.innerText;
          });
          const leaked = foreign.filter((m) => text.includes(m.text));
          if (leaked.length > 0)
            leaks.push(`${lang} ${path}: ${leaked.map((m) => `"${m.text}" (${m.from})`).join(', ')}`);
          assertDates(lang, path, await datesOf(page));
        }
        await screenshot(page, `languages-${lang}-dialogue`);
      }
      await page.context().close();
    };
    await Promise.all(Array.from({ length: 4 }, walker));
    assert.deepEqual(leaks.sort(), [], leaks.join('\n'));
  });

  test('the news site in every language: its own page and feed, its own words, and the choice carried to the app', async () => {
    const page = await on.page();
    for (const lang of INTERFACE_LANGUAGES.filter((l) => l !== 'uz-Cyrl')) {
      await page.goto(`${on.server.url}/news?lang=${lang}`);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('h1').innerText(), CATALOGS[lang]['news.title']);
      assert.equal(
        await page.locator('link[type="application/rss+xml"]').getAttribute('href'),
        `/news/rss.xml?lang=${lang}`,
      );
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('li[lang], article, nav').forEach((el) => el.remove());
        return copy.innerText;
      });
      const leaked = foreignMessages(lang).filter((m) => text.includes(m.text));
      assert.deepEqual(leaked, [], `news ${lang}`);
      assertDates(lang, 'news', await datesOf(page));
      // The way into the app keeps the language: the app opens in it and remembers it.
      await page.locator('a.brand').click();
      await page.waitForURL((u) => u.pathname === '/' && !u.search.includes('lang='));
      await settle(page);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('h1').first().innerText(), CATALOGS[lang]['dialogues.title']);
      const cookie = (await page.context().cookies()).find((c) => c.name === 'ed_lang');
      assert.equal(cookie?.value, lang);
    }
    // And back: the app's choice (Uzbek in Cyrillic) is the news site's interface.
    await page.context().addCookies([{ name: 'ed_lang', value: 'uz-Cyrl', url: on.server.url }]);
    await page.goto(`${on.server.url}/news`);
    assert.equal(await page.locator('h1').innerText(), CATALOGS['uz-Cyrl']['news.title']);
  });
});
