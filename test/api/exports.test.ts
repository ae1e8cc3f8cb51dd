import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { ml } from '../../src/shared/multilingual.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/** Every letter the region's alphabets add to the basic Cyrillic and Latin ones, as the exports must carry them. */
const LETTERS = [
  'ә',
  'ғ',
  'қ',
  'ң',
  'ө',
  'ұ',
  'ү',
  'һ',
  'і',
  'ӣ',
  'ӯ',
  'ҳ',
  'ҷ',
  'ä',
  'ñ',
  'ş',
  'ū',
  'ü',
  'ý',
  'ž',
  'ň',
  'ç',
  'oʻ',
  'gʻ',
];
const SAID: [string, string][] = [
  ['kk', 'Қазақстан әріптестері ғылыми өңірлік ұсыныстар үшін һәм іргелі жұмыс туралы айтты.'],
  ['tg', 'Ҳамкории минтақавӣ ва ҷомеаи илмӣ: рӯзи ӯ, ҳафтаи кишварӣ мо.'],
  ['tk', 'Türkmenistanyň ýurdunda söwda, energiýa we çäkli düşünje: ňňe şeýle, žurnal, ñ, ä, ū.'],
  ['uz', 'Oʻzbekiston va qoʻshnilar: gʻoya, oʻzaro hamkorlik.'],
];

const docxText = async (bytes: Buffer) => {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
};
const pdfText = async (bytes: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;

describe('exports of a dialogue', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const dialogue = async (startsAt: string, zone: string) =>
    (
      await t.call('POST', '/api/v1/dialogues', {
        as: 'admin',
        body: {
          title: ml({ en: 'Letters of the region', ru: 'Буквы региона' }),
          format: 'videoconference',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
          hostZone: zone,
          status: 'concluded',
          confidentiality: 'public',
          languages: ['en'],
          media: { kind: 'built_in' },
          convenerIds: [orgId('unrcca')],
          referenceDocumentIds: [],
        },
      })
    ).json().id as string;

  before(async () => {
    t = await startTestApp('pglite');
    ids.after = await dialogue('2024-06-14T04:00:00Z', 'Asia/Almaty');
    ids.before = await dialogue('2024-02-28T04:00:00Z', 'Asia/Almaty');
    const p = (
      await t.call('POST', `/api/v1/dialogues/${ids.after}/participants`, {
        as: 'admin',
        body: {
          personId: personId('kaziss'),
          organizationId: orgId('kaziss'),
          role: 'speaker',
          invitation: 'accepted',
        },
      })
    ).json();
    for (const [lang, text] of SAID) {
      const res = await t.call('POST', `/api/v1/dialogues/${ids.after}/statements`, {
        as: 'admin',
        body: {
          speaker: { kind: 'participant', participantId: p.id },
          kind: 'remarks',
          text: ml({ [lang]: text }),
          areaIds: [],
          provisionIds: [],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
  });
  after(async () => {
    await t.close();
  });

  test("the minutes as DOCX and as PDF carry every letter of the region's alphabets", async () => {
    for (const letter of LETTERS)
      assert.ok(
        SAID.some(([, text]) => text.includes(letter)),
        `the record says ${letter}`,
      );
    for (const [ext, read] of [
      ['docx', docxText],
      ['pdf', pdfText],
    ] as const) {
      const res = await t.call('GET', `/api/v1/dialogues/${ids.after}/minutes.${ext}?lang=en`);
      assert.equal(res.statusCode, 200, res.body.slice(0, 200));
      assert.match(String(res.headers['content-disposition']), new RegExp(`attachment; filename=".+\\.${ext}"`));
      const text = (await read(res.rawPayload)).normalize('NFC').replace(/\s+/g, ' ');
      for (const letter of LETTERS) assert.ok(text.includes(letter), `${ext} lacks ${letter}`);
      assert.ok(text.includes('Letters of the region'), `${ext} carries the title`);
      assert.ok(text.includes('Kazakhstan Institute for Strategic Studies'), `${ext} lists attendance`);
    }
  });

  test('the record as JSON is the record the page shows, and as CSV has a row per statement', async () => {
    const json = await t.call('GET', `/api/v1/dialogues/${ids.after}/record.json`);
    assert.deepEqual(json.json(), (await t.call('GET', `/api/v1/dialogues/${ids.after}`)).json());
    const csv = (await t.call('GET', `/api/v1/dialogues/${ids.after}/record.csv?lang=en`)).body;
    assert.ok(csv.startsWith('\uFEFFrecord,id,agenda_item,kind,speaker'));
    const rows = csv.trim().split('\r\n');
    assert.equal(rows.length, 1 + SAID.length);
    for (const [, text] of SAID) assert.ok(csv.includes(text), text);
  });

  test("the calendar is in the host's zone: Almaty is +05:00 after 1 March 2024 and +06:00 before", async () => {
    const after = (await t.call('GET', `/api/v1/dialogues/${ids.after}/calendar.ics`)).body;
    assert.match(after, /\r\nDTSTART;TZID=Asia\/Almaty:20240614T090000\r\n/);
    assert.match(after, /\r\nTZOFFSETTO:\+0500\r\n/);
    const before = (await t.call('GET', `/api/v1/dialogues/${ids.before}/calendar.ics`)).body;
    assert.match(before, /\r\nDTSTART;TZID=Asia\/Almaty:20240228T100000\r\n/);
    assert.match(before, /\r\nTZOFFSETTO:\+0600\r\n/);
    assert.match(after, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(after, /\r\nUID:dialogue-[0-9a-f-]+@expert-dialogue\r\n/);
    assert.ok(
      after.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
      'lines are folded at 75 octets',
    );
  });
});
