import { count, eq } from 'drizzle-orm';
import { ml } from '../../shared/multilingual.ts';
import type { Db } from '../db/database.ts';
import { countries, institutionMemberships, publications } from '../db/schema.ts';
import { createRecord } from '../crud/resource.ts';
import { write } from '../events/write.ts';
import { ACCOUNTS_STREAM, appendEvent, DIRECTORY_STREAM } from '../events/append-event.ts';
import { ANONYMOUS } from '../policy/actor.ts';
import { areaSpec } from '../directory/areas.ts';
import { organizationSpec } from '../directory/organizations.ts';
import { personSpec } from '../directory/people.ts';
import { seriesSpec } from '../directory/series.ts';
import { documentSpec } from '../references/documents.ts';
import { provisionSpec } from '../references/provisions.ts';
import { dialogueSpec } from '../dialogues/dialogues.ts';
import { participantSpec } from '../dialogues/participants.ts';
import { agendaItemSpec } from '../dialogues/agenda-items.ts';
import { statementSpec } from '../record/statements.ts';
import { outcomeSpec } from '../record/outcomes.ts';
import { AREAS, COUNTRIES, MEMBERSHIPS, ORGANIZATIONS, PEOPLE, areaId, orgId, personId } from './directory-data.ts';
import { DOCUMENTS, documentId, provisionId } from './references-data.ts';
import * as D from './dialogue-2020.ts';
import { demoId } from './demo-id.ts';
import { translated } from './translations.ts';
import { FORUM_SETTINGS } from './venues-data.ts';
import { createPublication } from '../publishing/create-publication.ts';
import { indexPublication } from '../publishing/index-publication.ts';
import { seedFictionalDialogue } from './dialogue-fictional.ts';

/** The input without its keys, with the demo's Kazakh, Uzbek and Turkmen versions added (translations.ts). */
const omit = <T extends object, K extends string>(o: T, ...keys: K[]): Omit<T, K> =>
  translated(Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as K))) as Omit<T, K>);

/**
 * Loads the demo data into an empty database, through the same use cases as the API, so each
 * record carries its event. Does nothing when countries exist already.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(countries);
  if (Number(existing?.n) > 0) return false;
  const actor = ANONYMOUS;
  const top = { db, actor, parentId: null };

  await write(db, async (tx) => {
    await tx.insert(countries).values(COUNTRIES);
    await appendEvent(tx, {
      stream: DIRECTORY_STREAM,
      type: 'country.seeded',
      actorId: null,
      payload: { codes: COUNTRIES.map((c) => c.code) },
    });
  });
  for (const a of AREAS) await createRecord(areaSpec, { ...top, id: areaId(a.key), input: omit(a, 'key') });
  for (const o of ORGANIZATIONS)
    await createRecord(organizationSpec, { ...top, id: orgId(o.key), input: omit(o, 'key', 'id') });
  for (const p of PEOPLE) await createRecord(personSpec, { ...top, id: personId(p.key), input: omit(p, 'key') });
  await write(db, async (tx) => {
    await tx.insert(institutionMemberships).values(MEMBERSHIPS);
    await appendEvent(tx, {
      stream: ACCOUNTS_STREAM,
      type: 'membership.seeded',
      actorId: null,
      payload: { ids: MEMBERSHIPS.map((m) => m.id) },
    });
  });
  for (const s of D.SERIES) await createRecord(seriesSpec, { ...top, id: D.seriesId(s.key), input: omit(s, 'key') });
  for (const d of DOCUMENTS) {
    await createRecord(documentSpec, { ...top, id: documentId(d.key), input: omit(d, 'key', 'provisions') });
    for (const p of d.provisions) {
      await createRecord(provisionSpec, {
        db,
        actor,
        parentId: documentId(d.key),
        id: provisionId(d.key, p.key),
        input: omit(p, 'key'),
      });
    }
  }

  await createRecord(dialogueSpec, { ...top, id: D.DIALOGUE_2020_ID, input: translated(D.DIALOGUE_2020) });
  const inDialogue = { db, actor, parentId: D.DIALOGUE_2020_ID };
  for (const p of D.PARTICIPANTS)
    await createRecord(participantSpec, { ...inDialogue, id: D.participantId(p.key), input: omit(p, 'key') });
  for (const a of D.AGENDA)
    await createRecord(agendaItemSpec, { ...inDialogue, id: D.agendaId(a.key), input: omit(a, 'key') });
  for (const [i, s] of D.STATEMENTS.entries())
    await createRecord(statementSpec, { ...inDialogue, id: D.statementId(i), input: omit(s, 'agendaKey') });
  for (const [i, o] of D.OUTCOMES.entries())
    await createRecord(outcomeSpec, { ...inDialogue, id: D.outcomeId(i), input: translated(o) });

  for (const f of D.FORUMS) {
    await createRecord(dialogueSpec, {
      ...top,
      id: demoId(`dialogue/${f.key}`),
      input: {
        seriesId: D.seriesId('expert-forum'),
        title: ml({ en: f.en, ru: f.ru }),
        format: 'in_person',
        startsAt: f.startsAt,
        endsAt: f.endsAt,
        hostZone: f.zone,
        status: 'concluded',
        confidentiality: 'public',
        languages: ['ru', 'en'],
        media: { kind: 'built_in' },
        convenerIds: [orgId('unrcca')],
        referenceDocumentIds: [],
        ...FORUM_SETTINGS[f.key],
      },
    });
  }

  await seedFictionalDialogue(db);

  // The press release as the generator writes it from the record, published when the news item appeared.
  const at = new Date(D.NEWS_2020.publishedAt);
  for (const language of ['en', 'ru']) {
    const created = await createPublication(
      { db, clock: () => at },
      {
        actor,
        id: D.pressReleaseId(language),
        dialogueId: D.DIALOGUE_2020_ID,
        input: { kind: 'press_release', language, zone: D.NEWS_2020.zone },
      },
    );
    await write(db, async (tx) => {
      const [row] = await tx
        .update(publications)
        .set({ status: 'published', publishAt: at, publishedAt: at, version: created.version + 1 })
        .where(eq(publications.id, created.id))
        .returning();
      await indexPublication(tx, row!);
      await appendEvent(tx, {
        stream: D.DIALOGUE_2020_ID,
        dialogueId: D.DIALOGUE_2020_ID,
        type: 'publication.status_changed',
        actorId: null,
        payload: { id: created.id, from: 'draft', to: 'published', publishAt: D.NEWS_2020.publishedAt, seeded: true },
      });
    });
  }
  return true;
}
