import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { organizationNames } from '../../src/server/db/schema.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { extractionsIdle } from '../../src/server/materials/extract.ts';
import { UI_LANGUAGES, ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { startTestApp, type Role, type TestApp } from '../support/app.ts';
import { makePdf } from './fixtures.ts';
import { makeDialogue, release, uploadAs } from './support.ts';

/**
 * The minutes list what was tabled as the outside may read it: a material an insider marked public,
 * never one for insiders alone, never one of a restricted dialogue or of a restricted agenda item,
 * and under the Chatham House Rule with no institution named.
 */
for (const backend of BACKENDS) {
  describe(`materials: the minutes list what was tabled (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(async () => {
      await t?.close();
    });

    const attach = async (dialogueId: string, title: string, query: Record<string, string> = {}) => {
      const up = await uploadAs(t, `/api/v1/dialogues/${dialogueId}/materials`, await makePdf([title]), {
        fileName: 'paper.pdf',
        title,
        language: 'en',
        kind: 'paper',
        organizationId: orgId('kaziss'),
        ...query,
      });
      assert.equal(up.statusCode, 201, up.body);
      return up.json().id as string;
    };
    /** The minutes as a publication writes them (from the outside record), in one language. */
    const minutesIn = async (dialogueId: string, language: string) => {
      const res = await t.call('POST', `/api/v1/dialogues/${dialogueId}/publications`, {
        as: 'moderator',
        body: { kind: 'minutes', language },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().body as string;
    };

    test('a public dialogue: the released paper is listed with its kind; the draft and a restricted item’s are not', async () => {
      const d = await makeDialogue(t, 'public');
      const item = await t.call('POST', `/api/v1/dialogues/${d}/agenda-items`, {
        as: 'admin',
        body: {
          position: 1,
          title: ml({ en: 'Closed session' }),
          confidentiality: 'restricted',
          provisionIds: [],
          areaIds: [],
        },
      });
      assert.equal(item.statusCode, 201, item.body);
      const released = await attach(d, 'Water accounting in the Aral basin');
      await attach(d, 'Draft for insiders only');
      const closed = await attach(d, 'Notes of the closed session', { agendaItemId: item.json().id });
      await extractionsIdle(t.deps);
      await release(t, released);
      await release(t, closed);

      const en = await minutesIn(d, 'en');
      assert.match(en, /## Materials tabled\n\n- Paper: “Water accounting in the Aral basin”$/m, en);
      assert.ok(!en.includes('Draft for insiders only'), en);
      assert.ok(!en.includes('Notes of the closed session'), en);
      const ru = await minutesIn(d, 'ru');
      assert.match(ru, /## Представленные материалы\n\n- Доклад: «Water accounting in the Aral basin»$/m, ru);
      assert.ok(!ru.includes('Draft for insiders only'), ru);

      // The minutes exported for a reader list what that reader may open: all of it inside, the outside view otherwise.
      const exported = async (as: Role) => {
        const res = await t.call('GET', `/api/v1/dialogues/${d}/minutes.docx?lang=en`, { as });
        assert.equal(res.statusCode, 200, res.body);
        return (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
      };
      for (const as of ['anonymous', 'member'] as const) {
        const doc = await exported(as);
        assert.ok(doc.includes('Water accounting in the Aral basin'), as);
        assert.ok(!doc.includes('Draft for insiders only') && !doc.includes('Notes of the closed session'), as);
      }
      assert.ok((await exported('moderator')).includes('Draft for insiders only'));
    });

    test('a restricted dialogue: nothing is listed, even what an insider marked public', async () => {
      const d = await makeDialogue(t, 'restricted');
      const m = await attach(d, 'Closed paper on border regimes');
      await extractionsIdle(t.deps);
      await release(t, m);
      for (const lang of ['en', 'ru']) {
        const text = await minutesIn(d, lang);
        assert.ok(!text.includes('Closed paper on border regimes'), text);
        assert.doesNotMatch(text, /Materials tabled|Представленные материалы/);
      }
    });

    test('under the Chatham House Rule the released paper is listed and its institution is named in no language', async () => {
      const d = await makeDialogue(t, 'chatham_house', 'A frank round on water');
      const joined = await t.call('POST', `/api/v1/dialogues/${d}/participants`, {
        as: 'admin',
        body: {
          personId: personId('kaziss'),
          organizationId: orgId('kaziss'),
          role: 'delegate',
          invitation: 'accepted',
        },
      });
      assert.equal(joined.statusCode, 201, joined.body);
      // The clearer's title names the institution: the outside view strikes it, as it does in the record.
      const m = await attach(d, 'KazISS figures on seasonal water releases');
      await extractionsIdle(t.deps);
      await release(t, m);

      const names = await t.database.db
        .select({ name: organizationNames.name, acronym: organizationNames.acronym })
        .from(organizationNames)
        .where(eq(organizationNames.organizationId, orgId('kaziss')));
      const withheld = names
        .flatMap((n) => [n.name, n.acronym])
        .flatMap((x) => (x ? Object.values(x.texts).map((v) => v.text) : []));
      assert.ok(withheld.includes('KazISS'), withheld.join('; '));
      for (const lang of UI_LANGUAGES) {
        const text = await minutesIn(d, lang);
        assert.ok(text.includes('figures on seasonal water releases'), `${lang}: ${text}`);
        for (const name of withheld) assert.ok(!text.includes(name), `${lang} names ${name}`);
      }
    });
  });
}
