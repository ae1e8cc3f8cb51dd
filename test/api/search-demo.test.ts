import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SearchResults } from '../../src/shared/contracts/search.ts';
import { DIALOGUE_2020_ID, STATEMENTS, statementId } from '../../src/server/demo/dialogue-2020.ts';
import { FICTIONAL_DIALOGUE_ID, FICTIONAL_STATEMENTS } from '../../src/server/demo/dialogue-fictional.ts';
import { participantId } from '../../src/server/demo/dialogue-2020.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/*
 * What the search page and README promise of the demo: "hamkorlik" finds ҳамкорлик, and a speaker's
 * name lists what he is recorded as saying, for readers who may attribute it.
 */
for (const backend of BACKENDS) {
  describe(`search in the demo (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => t?.close());
    const search = async (q: string, as: 'admin' | 'anonymous', extra = '') => {
      const res = await t.call('GET', `/api/v1/search?q=${encodeURIComponent(q)}&limit=50${extra}`, { as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as SearchResults;
    };

    test('"Norov" lists every statement he is recorded as making, in both scripts', async () => {
      const his = STATEMENTS.flatMap((s, i) =>
        s.speaker?.kind === 'participant' && s.speaker.participantId === participantId('norov') ? [statementId(i)] : [],
      );
      assert.equal(his.length, 9);
      for (const q of ['Norov', 'Норов']) {
        const found = await search(q, 'admin', '&kind=statement');
        const ids = found.hits.map((h) => h.id);
        for (const id of his) assert.ok(ids.includes(id), `${q}: statement ${id} is missing`);
        for (const hit of found.hits.filter((h) => his.includes(h.id))) {
          assert.equal(hit.dialogueId, DIALOGUE_2020_ID);
          assert.doesNotMatch(
            hit.snippet.text,
            /Norov|Норов/,
            'the hit shows what was said, not the name it was found by',
          );
        }
      }
    });

    test('"hamkorlik" finds the fictional dialogue’s Uzbek statements in Latin and in Cyrillic', async () => {
      const found = await search('hamkorlik', 'anonymous', '&kind=statement');
      const shown = found.hits.filter((h) => h.dialogueId === FICTIONAL_DIALOGUE_ID);
      const marked = shown.flatMap((h) => h.snippet.marks.map(([s, e]) => h.snippet.text.slice(s, e)));
      assert.ok(marked.includes('hamkorlik'), JSON.stringify(shown));
      assert.ok(marked.includes('ҳамкорлик'), JSON.stringify(shown));
      const cyrillicOnly = FICTIONAL_STATEMENTS.filter((s) => s.text.original === 'uz-Cyrl').length;
      assert.ok(cyrillicOnly >= 1);
      const inCyrillic = await search('ҳамкорлик', 'anonymous', '&kind=statement');
      assert.equal(inCyrillic.hits.filter((h) => h.dialogueId === FICTIONAL_DIALOGUE_ID).length, shown.length);
    });

    test('the fictional dialogue speaks Kazakh, Uzbek, Tajik and Turkmen, each in both scripts', () => {
      const langs = new Set(FICTIONAL_STATEMENTS.flatMap((s) => Object.keys(s.text.texts)));
      for (const l of ['kk', 'kk-Latn', 'uz', 'uz-Cyrl', 'tg', 'tg-Latn', 'tk', 'tk-Cyrl']) assert.ok(langs.has(l), l);
    });
  });
}
