import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { ml, type MultiText } from '../../src/shared/multilingual.ts';
import { skeleton } from '../../src/shared/transliteration/skeleton.ts';
import {
  AGENDA,
  DIALOGUE_2020,
  OUTCOMES,
  PARTICIPANTS,
  STATEMENTS,
  agendaId,
  participantId,
} from '../../src/server/demo/dialogue-2020.ts';
import { ORGANIZATIONS, PEOPLE, orgId } from '../../src/server/demo/directory-data.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const texts = (m: MultiText | null | undefined) => (m ? Object.values(m.texts).map((t) => t.text) : []);

/**
 * What must not leave the room, in every language the directory writes it in: each participant's
 * name (and each part of a real name), every position they held, and every name and acronym of the
 * organizations they came from. Compared by skeleton, so a transliteration counts as a mention.
 */
function forbidden(): string[] {
  const terms = new Set<string>();
  for (const p of PARTICIPANTS) {
    const person = PEOPLE.find((x) => x.key === p.key)!;
    for (const name of texts(person.name)) {
      terms.add(name);
      // A real name is mentioned by its parts too ("Norov said"); a placeholder such as "Head of KazISS (name not recorded)" only whole.
      if (!name.includes('(')) for (const part of name.split(/\s+/)) if (part.length >= 4) terms.add(part);
    }
    for (const position of person.positions) texts(position.title).forEach((t) => terms.add(t));
    const org = ORGANIZATIONS.find((o) => orgId(o.key) === p.organizationId)!;
    for (const n of org.names) [...texts(n.name), ...texts(n.acronym ?? null)].forEach((t) => terms.add(t));
  }
  return [...terms];
}

/** The first forbidden term an output mentions, in any script, or null. */
function mention(output: string, terms: string[]): string | null {
  const words = ` ${skeleton(output)} `;
  for (const term of terms) {
    const key = skeleton(term);
    if (key && words.includes(` ${key} `)) return term;
  }
  return null;
}

describe('a Chatham House dialogue: nothing that leaves the room names a participant', () => {
  let t: TestApp;
  let id = '';
  const slugs: string[] = [];

  before(async () => {
    t = await startTestApp('pglite');
    const admin = async (method: string, url: string, body?: unknown, status = 201) => {
      const res = await t.call(method, url, { as: 'admin', body });
      assert.equal(res.statusCode, status, `${method} ${url} → ${res.body.slice(0, 300)}`);
      return res.json();
    };
    id = (
      await admin('POST', '/api/v1/dialogues', {
        ...DIALOGUE_2020,
        confidentiality: 'chatham_house',
        status: 'concluded',
      })
    ).id;
    const participants = new Map<string, string>();
    for (const { key, ...p } of PARTICIPANTS)
      participants.set(participantId(key), (await admin('POST', `/api/v1/dialogues/${id}/participants`, p)).id);
    const agenda = new Map<string, string>();
    for (const { key, ...a } of AGENDA)
      agenda.set(agendaId(key), (await admin('POST', `/api/v1/dialogues/${id}/agenda-items`, a)).id);
    const speaker = (s: (typeof STATEMENTS)[number]['speaker']) =>
      s.kind === 'participant' ? { ...s, participantId: participants.get(s.participantId)! } : s;
    const mentions = [
      ml({ ru: 'Владимир Норов напомнил о позиции ШОС; Норов также поддержал КИСИ.' }),
      ml({
        en: 'Norov, Secretary-General of the SCO, agreed with the Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan.',
      }),
      ml({ uz: 'Vladimir Norov va ISRS vakili fikr almashdi.' }),
    ];
    for (const s of [...STATEMENTS, ...mentions.map((text) => ({ ...STATEMENTS[0]!, text }))]) {
      await admin('POST', `/api/v1/dialogues/${id}/statements`, {
        ...s,
        agendaKey: undefined,
        speaker: speaker(s.speaker),
        agendaItemId: agenda.get(s.agendaItemId!),
      });
    }
    for (const o of OUTCOMES)
      await admin('POST', `/api/v1/dialogues/${id}/outcomes`, { ...o, agendaItemId: agenda.get(o.agendaItemId!) });

    // The rapporteur accepts the suggested redaction of every text said under the Rule and clears it:
    // what follows checks that the suggestion strikes every name, position and institution.
    const queue = await admin('GET', `/api/v1/dialogues/${id}/clearances`, undefined, 200);
    assert.equal(queue.pending, STATEMENTS.length + mentions.length + OUTCOMES.length);
    for (const item of queue.items)
      await admin(
        'POST',
        `/api/v1/dialogues/${id}/clearances/${item.kind}/${item.id}`,
        { version: item.version, languages: Object.keys(item.text.texts), text: item.suggestion },
        200,
      );

    for (const [kind, language] of [
      ['press_release', 'en'],
      ['press_release', 'ru'],
      ['press_release', 'kk'],
      ['minutes', 'en'],
      ['minutes', 'ru'],
      ['summary', 'en'],
    ]) {
      let p = await admin('POST', `/api/v1/dialogues/${id}/publications`, { kind, language });
      for (const to of ['in_review', 'approved', 'published'])
        p = await admin('POST', `/api/v1/dialogues/${id}/publications/${p.id}/status`, { to, version: p.version }, 200);
      slugs.push(p.slug);
    }
  });
  after(async () => {
    await t.close();
  });

  test('press releases, minutes, the news site, feeds, exports and the public API', async () => {
    const terms = forbidden();
    assert.ok(
      terms.length > 30 && terms.includes('Норов') && terms.includes('SCO'),
      'the list covers names, positions and organizations',
    );
    const get = async (url: string) => {
      const res = await t.call('GET', url);
      assert.equal(res.statusCode, 200, `${url} → ${res.body.slice(0, 200)}`);
      return res;
    };
    const outputs: [string, string][] = [];
    for (const slug of slugs) {
      const article = (await get(`/api/v1/news/${slug}`)).json();
      outputs.push(
        [`article ${slug}`, `${article.title}\n${article.body}`],
        [`page ${slug}`, (await get(`/news/${slug}`)).body],
      );
    }
    // Lists and feeds also carry the demo's public dialogue, whose participants are the same people: only this dialogue's items count.
    const ours = (parts: string[]) =>
      parts
        .filter((part) => slugs.some((slug) => part.includes(`/news/${slug}"`) || part.includes(`/news/${slug}<`)))
        .join('\n');
    for (const [url, separator] of [
      ['/news', '<li'],
      ['/news?lang=ru', '<li'],
      ['/news/rss.xml', '<item>'],
      ['/news/atom.xml?lang=en', '<entry'],
    ] as const) {
      const parts = (await get(url)).body.split(separator);
      assert.ok(ours(parts), `${url} lists this dialogue's articles`);
      outputs.push([url, ours(parts)]);
    }
    const news = (await get('/api/v1/news')).json().items.filter((a: { dialogueId: string }) => a.dialogueId === id);
    assert.equal(news.length, 4, 'press releases and the summary are news; minutes are not');
    outputs.push(['/api/v1/news', JSON.stringify(news)]);
    for (const url of [
      `/api/v1/dialogues/${id}`,
      `/api/v1/dialogues/${id}/statements?limit=100`,
      `/api/v1/dialogues/${id}/outcomes`,
      `/api/v1/dialogues/${id}/participants`,
      `/api/v1/dialogues/${id}/agenda-items`,
      `/api/v1/dialogues/${id}/record.json`,
      `/api/v1/dialogues/${id}/record.csv?lang=ru`,
      `/api/v1/dialogues/${id}/calendar.ics`,
    ])
      outputs.push([url, (await get(url)).body]);
    for (const lang of ['en', 'ru']) {
      const docx = (await get(`/api/v1/dialogues/${id}/minutes.docx?lang=${lang}`)).rawPayload;
      outputs.push([
        `minutes.docx ${lang}`,
        (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' '),
      ]);
      const pdf = (await get(`/api/v1/dialogues/${id}/minutes.pdf?lang=${lang}`)).rawPayload;
      outputs.push([
        `minutes.pdf ${lang}`,
        (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text,
      ]);
    }
    for (const q of ['Norov', 'Норов', 'SCO', 'pandemic', 'Qazaqstan', 'dialogue']) {
      // The answer echoes the reader's own query; what it found is what counts.
      outputs.push([
        `search ${q}`,
        JSON.stringify((await get(`/api/v1/search?q=${encodeURIComponent(q)}&dialogue=${id}`)).json().hits),
      ]);
    }
    for (const [where, output] of outputs) assert.equal(mention(output, terms), null, `${where} names a participant`);

    // The outputs are not empty shells: what was said is there, unattributed.
    const release = outputs.find(([w]) => w.startsWith('article') && w.endsWith('-en'))![1];
    assert.ok(release.includes('Multilateral action and diplomacy are decisive in fighting the pandemic'), release);
    assert.match(release, /Chatham House Rule/);
    assert.notEqual(outputs.find(([w]) => w === 'search pandemic')![1], '[]', 'outsiders still find what was said');
  });

  test('the secretariat still sees who said what', async () => {
    const inside = (await t.call('GET', `/api/v1/dialogues/${id}`, { as: 'admin' })).json();
    assert.equal(inside.participants.length, PARTICIPANTS.length);
    assert.ok(inside.statements.some((s: { text: MultiText }) => texts(s.text).some((x) => x.includes('Норов'))));
  });
});
