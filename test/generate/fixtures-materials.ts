import type { Db } from '../../src/server/db/database.ts';
import { materials, materialVersions } from '../../src/server/db/schema.ts';
import { orgId } from '../../src/server/demo/directory-data.ts';
import { demoId } from '../../src/server/demo/demo-id.ts';
import type { MaterialKind } from '../../src/shared/contracts/materials.ts';
import { ml } from '../../src/shared/multilingual.ts';

const id = (key: string) => demoId(`golden/${key}`);

/**
 * One material as the database holds it once uploaded and, when `released`, marked public: the
 * generators read these rows and no bytes, so the rows are written as they are (the upload and the
 * clearance themselves are tested in test/materials).
 */
async function material(
  db: Db,
  dialogueId: string,
  key: string,
  m: {
    at: string;
    item: string | null;
    kind: MaterialKind;
    org: string;
    title: Record<string, string>;
    released: boolean;
  },
) {
  const at = new Date(m.at);
  const title = ml(m.title);
  await db.insert(materials).values({
    id: id(`material/${key}`),
    createdAt: at,
    updatedAt: at,
    dialogueId,
    agendaItemId: m.item,
    title,
    language: title.original,
    kind: m.kind,
    organizationId: orgId(m.org),
    publicVersion: m.released ? 1 : null,
    publicAt: m.released ? at : null,
  });
  const sha256 = '0'.repeat(64);
  await db.insert(materialVersions).values({
    id: id(`material-version/${key}`),
    materialId: id(`material/${key}`),
    number: 1,
    fileName: `${key}.pdf`,
    type: 'pdf',
    mediaType: 'application/pdf',
    size: 1024,
    sha256,
    publicSize: m.released ? 1000 : null,
    publicSha256: m.released ? sha256 : null,
    uploadedAt: at,
    extraction: 'done',
    pages: 1,
  });
}

/** The title of a material no outsider may read: no golden text may hold it, in any language. */
export const INSIDER_ONLY_TITLE = {
  en: 'Draft note for participants only',
  ru: 'Черновая записка только для участников',
};

/**
 * The materials of the golden dialogues: on the one with the Rule on an item, a released paper on the
 * open item, released slides on the item under the Rule, and a note for insiders only; on the one
 * wholly under the Rule, a released background note. The demo dialogue and the one to come have none.
 */
export async function seedGoldenMaterials(
  db: Db,
  dialogues: { ruleOnItem: string; chathamWhole: string },
  items: { open: string; closed: string },
) {
  await material(db, dialogues.ruleOnItem, 'it-paper', {
    at: '2026-03-17T06:00:00Z',
    item: items.open,
    kind: 'paper',
    org: 'isrs',
    title: {
      ru: 'Сквозные тарифы на южных маршрутах',
      en: 'Through tariffs on the southern routes',
      uz: 'Janubiy yoʻnalishlarda yagona tariflar',
      ky: 'Түштүк багыттардагы бирдиктүү тарифтер',
    },
    released: true,
  });
  await material(db, dialogues.ruleOnItem, 'it-slides', {
    at: '2026-03-18T05:00:00Z',
    item: items.closed,
    kind: 'presentation',
    org: 'niss-kg',
    title: {
      ru: 'Очереди на переходах коридора «Север — Юг» в 2025 году',
      en: 'Queues at the "North–South" corridor crossings in 2025',
    },
    released: true,
  });
  await material(db, dialogues.ruleOnItem, 'it-draft', {
    at: '2026-03-18T06:00:00Z',
    item: null,
    kind: 'background_note',
    org: 'niss-kg',
    title: INSIDER_ONLY_TITLE,
    released: false,
  });
  await material(db, dialogues.chathamWhole, 'ch-note', {
    at: '2026-05-11T06:00:00Z',
    item: null,
    kind: 'background_note',
    org: 'kaziss',
    title: {
      ru: 'Данные о стоке рек: чем располагают институты региона',
      en: 'River flow data: what the region’s institutes hold',
      kk: 'Өзен ағыны туралы деректер: аймақ институттарында не бар',
    },
    released: true,
  });
}
