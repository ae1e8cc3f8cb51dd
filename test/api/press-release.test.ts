import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIALOGUE_2020_ID, OUTCOMES, STATEMENTS, pressReleaseId } from '../../src/server/demo/dialogue-2020.ts';
import { ORGANIZATIONS, PEOPLE } from '../../src/server/demo/directory-data.ts';
import { DOCUMENTS } from '../../src/server/demo/references-data.ts';
import type { Publication } from '../../src/shared/contracts/publishing.ts';
import { fingerprints, repeats, type Print } from '../support/fingerprint.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const prints = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/seed-article-prints.json'), 'utf8'),
) as Print[];
const en = (m: { texts: Record<string, { text: string }> }) => m.texts.en!.text;
const org = (key: string) => ORGANIZATIONS.find((o) => o.key === key)!;
const doc = (key: string) => DOCUMENTS.find((d) => d.key === key)!;

/**
 * Every fact of the news item the product began from, as the record holds it. The press release is
 * generated from the record, so each must come out; the phrases come from the demo data, not from
 * the article.
 */
function checklist(): [string, string[]][] {
  const norov = STATEMENTS.filter((s) => s.speaker.kind === 'participant' && s.kind !== 'direct_quote');
  const quote = STATEMENTS.find((s) => s.kind === 'direct_quote')!;
  const together = STATEMENTS.find((s) => s.speaker.kind === 'collective')!;
  const resolution = doc('a-res-72-283');
  const tashkent = doc('tashkent-2019-joint-statement');
  return [
    ['the date', ['22 June 2020']],
    ['the convener', ['Convener: ', en(org('unrcca').names[0]!.name)]],
    ['the videoconference format', ['videoconference']],
    ['each attending institution by full name', ['kaziss', 'niss-tj', 'csr-tj'].map((k) => en(org(k).names[0]!.name))],
    ['the SCO Secretary-General', [en(PEOPLE.find((p) => p.key === 'norov')!.name), 'Secretary-General of the SCO']],
    ['the Turkmen MFA', [en(org('mfa-tm').names[0]!.name)]],
    ["the resolution's title, quoted, and its date", [`“${en(resolution.title)}”`, '22 June 2018']],
    ['the second Consultative Meeting and its date', [en(tashkent.title), '29 November 2019']],
    ["each of the Secretary-General's points", norov.map((s) => en(s.text).replace(/\.$/, ''))],
    ['his direct quote, as a quote', [`“${en(quote.text)}”`]],
    ["the institutes' collective note", [en(together.text).replace(/\.$/, '')]],
    ['the conclusion', OUTCOMES.filter((o) => o.kind === 'conclusion').map((o) => en(o.text).replace(/\.$/, ''))],
  ];
}

describe('the generated press release of 22 June 2020', () => {
  let t: TestApp;
  let release: Publication;
  before(async () => {
    t = await startTestApp('pglite');
    const res = await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/publications/${pressReleaseId('en')}`, {
      as: 'admin',
    });
    assert.equal(res.statusCode, 200, res.body);
    release = res.json();
  });
  after(async () => {
    await t.close();
  });

  test('states every fact of the news item', () => {
    const text = `${release.title}\n${release.body}`;
    for (const [fact, phrases] of checklist()) {
      for (const phrase of phrases) assert.ok(text.includes(phrase), `${fact}: "${phrase}" is missing`);
    }
    // The Uzbek institute has two names in use at once; either is its full name.
    assert.ok(
      org('isrs').names.some((n) => text.includes(en(n.name))),
      'the Uzbek institute by full name',
    );
    assert.equal(release.writtenIn, 'en');
    assert.equal(release.revisions[0]!.origin, 'generated');
  });

  test('repeats no sentence of the news item word for word', () => {
    assert.ok(prints.length >= 10, 'the fingerprints cover the article');
    assert.equal(repeats(`${release.title}\n${release.body}`, prints), 0);
    // The detector itself finds a repeated sentence wherever it sits.
    const own = fingerprints('Nothing here is new. The meeting was held online by the institutes.');
    assert.equal(repeats(`Preface. ${'the meeting was held online by the institutes'} and more`, own), 1);
  });

  test('the Russian version is written in Russian from the same record', async () => {
    const ru = (
      await t.call('GET', `/api/v1/dialogues/${DIALOGUE_2020_ID}/publications/${pressReleaseId('ru')}`, { as: 'admin' })
    ).json() as Publication;
    assert.equal(ru.writtenIn, 'ru');
    assert.match(ru.body, /22 июня 2020/);
    assert.ok(ru.body.includes('«ядро Организации и приоритетное направление её деятельности»'));
    assert.ok(ru.body.includes('Владимир Норов'));
  });
});
