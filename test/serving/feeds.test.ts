import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { startTestApp, type TestApp } from '../support/app.ts';

const PUBLIC_URL = 'https://dialogue.example.org';

describe('feeds read by real clients', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('pglite', { config: { publicUrl: PUBLIC_URL } });
  });
  after(async () => {
    await t.close();
  });

  /** The calendar behind a feed address, parsed by ical.js as a calendar client would. */
  const calendarOf = async (url: string) => {
    assert.ok(url.startsWith(`${PUBLIC_URL}/calendar/`), `the feed address is absolute: ${url}`);
    const res = await t.call('GET', url.slice(PUBLIC_URL.length));
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/calendar/);
    return new ICAL.Component(ICAL.parse(res.body) as unknown[]);
  };

  test('a calendar feed parses with ical.js, and every address in it is absolute', async () => {
    const url = (await t.call('POST', '/api/v1/me/calendar-feed', { as: 'participant' })).json().url as string;
    const calendar = await calendarOf(url);
    assert.equal(calendar.name, 'vcalendar');
    const events = calendar.getAllSubcomponents('vevent');
    assert.ok(events.length > 0, 'the participant has dialogues');
    for (const event of events) {
      const link = String(event.getFirstPropertyValue('url'));
      assert.ok(link.startsWith(`${PUBLIC_URL}/dialogues/`), link);
      assert.ok(new ICAL.Event(event).startDate.isDate === false);
    }
  });

  test('an empty calendar feed still holds one component (RFC 5545 §3.6): a VTIMEZONE for UTC', async () => {
    // The member stands for no directory person, so takes part in no dialogue.
    const url = (await t.call('POST', '/api/v1/me/calendar-feed', { as: 'member' })).json().url as string;
    const calendar = await calendarOf(url);
    assert.equal(calendar.getAllSubcomponents('vevent').length, 0);
    const components = calendar.getAllSubcomponents();
    assert.equal(components.length, 1);
    const zone = new ICAL.Timezone(components[0]!);
    assert.equal(zone.tzid, 'UTC');
    assert.equal(zone.utcOffset(ICAL.Time.fromDateTimeString('2026-06-01T12:00:00')), 0);
  });

  test('the iCalendar export of a dialogue links to it absolutely', async () => {
    const { items } = (await t.call('GET', '/api/v1/dialogues', { as: 'admin' })).json() as { items: { id: string }[] };
    const res = await t.call('GET', `/api/v1/dialogues/${items[0]!.id}/calendar.ics`, { as: 'admin' });
    const event = new ICAL.Component(ICAL.parse(res.body) as unknown[]).getFirstSubcomponent('vevent')!;
    assert.equal(event.getFirstPropertyValue('url'), `${PUBLIC_URL}/dialogues/${items[0]!.id}`);
  });

  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' });
  const atomOf = async (path: string) => {
    const res = await t.call('GET', path);
    assert.equal(res.statusCode, 200, path);
    assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
    assert.equal(XMLValidator.validate(res.body), true, `${path}: well-formed`);
    return parser.parse(res.body).feed as {
      id: string;
      '@xml:lang'?: string;
      link: { '@rel': string; '@href': string }[];
      entry?: { '@xml:lang'?: string; id: string }[];
    };
  };

  test('each Atom feed has its own id, and its entries say their language', async () => {
    const all = await atomOf('/news/atom.xml');
    const languages = [...new Set((all.entry ?? []).map((e) => e['@xml:lang']))];
    assert.ok(all.entry?.length, 'the demo has news');
    assert.ok(
      languages.every((l) => typeof l === 'string' && l.length >= 2),
      'every entry has xml:lang',
    );
    const ids = new Set([all.id]);
    for (const lang of ['en', 'ru', ...languages.filter((l): l is string => !!l)]) {
      // A stray query parameter changes neither the feed's id nor its self link.
      const feed = await atomOf(`/news/atom.xml?lang=${lang}&page=1`);
      assert.equal(feed['@xml:lang'], lang);
      assert.equal(feed.id, `${PUBLIC_URL}/news?lang=${lang}`);
      const self = feed.link.find((l) => l['@rel'] === 'self')!['@href'];
      assert.equal(self, `${PUBLIC_URL}/news/atom.xml?lang=${lang}`);
      for (const entry of feed.entry ?? []) assert.equal(entry['@xml:lang'], lang);
      ids.add(feed.id);
    }
    assert.equal(ids.size, new Set(['all', 'en', 'ru', ...languages]).size, 'no two feeds share an id');
  });
});
