import { ml } from '../../src/shared/multilingual.ts';
import type { Db } from '../../src/server/db/database.ts';
import { createRecord } from '../../src/server/crud/resource.ts';
import { personSpec } from '../../src/server/directory/people.ts';
import { dialogueSpec } from '../../src/server/dialogues/dialogues.ts';
import { participantSpec } from '../../src/server/dialogues/participants.ts';
import { agendaItemSpec } from '../../src/server/dialogues/agenda-items.ts';
import { statementSpec } from '../../src/server/record/statements.ts';
import { outcomeSpec } from '../../src/server/record/outcomes.ts';
import { clearRecord } from '../../src/server/record/clearance/clear-record.ts';
import { ANONYMOUS } from '../../src/server/policy/actor.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { documentId } from '../../src/server/demo/references-data.ts';
import { DIALOGUE_2020_ID } from '../../src/server/demo/dialogue-2020.ts';
import { demoId } from '../../src/server/demo/demo-id.ts';
import type { DialogueCreate } from '../../src/shared/contracts/dialogues.ts';
import type { StatementKind } from '../../src/shared/contracts/enums.ts';
import { seedGoldenMaterials } from './fixtures-materials.ts';

/**
 * The records the golden texts are written from, beside the demo dialogue of 2020: a dialogue held
 * wholly under the Chatham House Rule, one with the Rule on one agenda item, and one still to come;
 * the first two with materials (fixtures-materials.ts).
 * Every person and every word here is fictional; none is attributed to a real person.
 */
export const FIXTURES = {
  demo2020: DIALOGUE_2020_ID,
  chathamWhole: demoId('golden/chatham-whole'),
  ruleOnItem: demoId('golden/rule-on-item'),
  future: demoId('golden/future'),
} as const;
export type Fixture = keyof typeof FIXTURES;

/** The day the golden texts are written: after the first three dialogues, before the last. */
export const GOLDEN_NOW = new Date('2026-12-01T09:00:00Z');

const actor = ANONYMOUS;
const id = (key: string) => demoId(`golden/${key}`);

const base = (d: Partial<DialogueCreate>): DialogueCreate => ({
  seriesId: null,
  title: ml({ en: 'Untitled', ru: 'Без названия' }),
  format: 'in_person',
  startsAt: '2026-05-12T04:00:00Z',
  endsAt: '2026-05-12T10:00:00Z',
  hostZone: 'Asia/Almaty',
  status: 'concluded',
  confidentiality: 'public',
  languages: ['ru', 'en'],
  media: { kind: 'built_in' },
  convenerIds: [],
  referenceDocumentIds: [],
  ...d,
});

async function person(db: Db, key: string, name: Record<string, string>, org: string, title: Record<string, string>) {
  await createRecord(personSpec, {
    db,
    actor,
    parentId: null,
    id: id(`person/${key}`),
    input: {
      name: ml(name),
      positions: [{ organizationId: orgId(org), title: ml(title), validFrom: null, validTo: null }],
    },
  });
}

async function participant(
  db: Db,
  dialogue: string,
  key: string,
  org: string,
  role: 'chair' | 'moderator' | 'speaker' | 'delegate' | 'observer',
  invitation: 'accepted' | 'declined' | 'invited' = 'accepted',
  personIdOf = id(`person/${key}`),
) {
  await createRecord(participantSpec, {
    db,
    actor,
    parentId: dialogue,
    id: id(`participant/${dialogue.slice(-4)}/${key}`),
    input: { personId: personIdOf, organizationId: orgId(org), role, invitation },
  });
  return id(`participant/${dialogue.slice(-4)}/${key}`);
}

async function statement(
  db: Db,
  dialogue: string,
  key: string,
  s: { item: string | null; by: string | string[]; kind: StatementKind; text: Record<string, string>; clear?: boolean },
) {
  const created = await createRecord(statementSpec, {
    db,
    actor,
    parentId: dialogue,
    id: id(`statement/${key}`),
    input: {
      agendaItemId: s.item,
      speaker: Array.isArray(s.by)
        ? { kind: 'collective', organizationIds: s.by }
        : { kind: 'participant', participantId: s.by },
      kind: s.kind,
      text: ml(s.text),
      areaIds: [],
      provisionIds: [],
    },
  });
  if (s.clear)
    await clearRecord(db, {
      actor,
      dialogueId: dialogue,
      kind: 'statement',
      id: id(`statement/${key}`),
      input: { version: (created as { version: number }).version, languages: Object.keys(s.text) },
    });
}

/** Adds the three golden dialogues (and their fictional people) to a database holding the demo. */
export async function seedGolden(db: Db): Promise<void> {
  await person(db, 'sadykova', { en: 'Aigerim Sadykova', ru: 'Айгерим Садыкова', kk: 'Әйгерім Садықова' }, 'kaziss', {
    en: 'Chief research fellow',
    ru: 'Главный научный сотрудник',
    kk: 'Бас ғылыми қызметкер',
  });
  await person(
    db,
    'toktogulov',
    { en: 'Bakyt Toktogulov', ru: 'Бакыт Токтогулов', ky: 'Бакыт Токтогулов' },
    'niss-kg',
    {
      en: 'Deputy director',
      ru: 'Заместитель директора',
      ky: 'Директордун орун басары',
    },
  );
  await person(db, 'rahimova', { en: 'Dilnoza Rahimova', ru: 'Дильноза Рахимова', uz: 'Dilnoza Rahimova' }, 'isrs', {
    en: 'Head of department',
    ru: 'Заведующая отделом',
    uz: 'Boʻlim mudiri',
  });
  await person(db, 'berdiyev', { en: 'Merdan Berdiyev', ru: 'Мердан Бердыев', tk: 'Merdan Berdiýew' }, 'mfa-tm', {
    en: 'Counsellor',
    ru: 'Советник',
    tk: 'Geňeşçi',
  });

  // 1. The whole dialogue under the Rule: a convener that sent a participant is an affiliation, and drops out.
  const ch = FIXTURES.chathamWhole;
  await createRecord(dialogueSpec, {
    db,
    actor,
    parentId: null,
    id: ch,
    input: base({
      title: ml({
        en: 'Closed expert round table on water and energy',
        ru: 'Закрытый экспертный круглый стол по воде и энергетике',
        kk: 'Су және энергетика жөніндегі жабық сарапшылық дөңгелек үстел',
      }),
      confidentiality: 'chatham_house',
      convenerIds: [orgId('unrcca'), orgId('kaziss')],
      venue: {
        city: ml({
          en: 'Almaty',
          ru: 'Алматы',
          kk: 'Алматы',
          uz: 'Olmaota',
          tk: 'Almaty',
          tg: 'Алмаато',
          ky: 'Алматы',
        }),
        place: null,
      },
      theme: ml({
        en: 'Shared rivers, shared grids: "Water for Sustainable Development" in practice',
        ru: 'Общие реки, общие сети: «Вода для устойчивого развития» на практике',
      }),
    }),
  });
  const chSadykova = await participant(db, ch, 'sadykova', 'kaziss', 'chair');
  const chToktogulov = await participant(db, ch, 'toktogulov', 'niss-kg', 'delegate');
  await participant(db, ch, 'rahimova', 'isrs', 'delegate');
  await participant(db, ch, 'berdiyev', 'mfa-tm', 'delegate', 'declined');
  await statement(db, ch, 'ch-1', {
    item: null,
    by: chSadykova,
    kind: 'remarks',
    text: {
      ru: 'Сезонные графики попусков воды стоит согласовывать с энергетическими балансами соседей.',
      en: 'Seasonal water release schedules should be aligned with the neighbours’ energy balances.',
      kk: 'Судың маусымдық жіберу кестелерін көршілердің энергетикалық балансымен келісу керек.',
    },
    clear: true,
  });
  await statement(db, ch, 'ch-2', {
    item: null,
    by: chToktogulov,
    kind: 'proposal',
    text: {
      ru: 'Создать общую базу данных о стоке рек, открытую для институтов региона.',
      en: 'Set up a shared database of river flows, open to the region’s institutes.',
    },
    clear: true,
  });
  await statement(db, ch, 'ch-3', {
    item: null,
    by: chToktogulov,
    kind: 'direct_quote',
    text: {
      ru: 'Вода не знает границ, а данные о ней — тем более',
      en: 'Water knows no borders, and data about it even less',
    },
    clear: true,
  });
  // Not cleared: no public text writes about it.
  await statement(db, ch, 'ch-4', {
    item: null,
    by: chSadykova,
    kind: 'remarks',
    text: { ru: 'Черновая мысль, не одобренная к публикации.', en: 'A draft thought, not cleared.' },
  });

  // 2. The Rule on one agenda item only; the rest is on the record.
  const it = FIXTURES.ruleOnItem;
  await createRecord(dialogueSpec, {
    db,
    actor,
    parentId: null,
    id: it,
    input: base({
      title: ml({
        en: 'Transport corridors of Central Asia',
        ru: 'Транспортные коридоры Центральной Азии',
        ky: 'Борбордук Азиянын транспорттук коридорлору',
        uz: 'Markaziy Osiyo transport yoʻlaklari',
      }),
      format: 'hybrid',
      startsAt: '2026-03-18T03:00:00Z',
      endsAt: '2026-03-18T09:30:00Z',
      hostZone: 'Asia/Bishkek',
      convenerIds: [orgId('niss-kg')],
      referenceDocumentIds: [documentId('tashkent-2019-joint-statement')],
      venue: {
        city: ml({
          en: 'Bishkek',
          ru: 'Бишкек',
          ky: 'Бишкек',
          kk: 'Бішкек',
          uz: 'Bishkek',
          tk: 'Bişkek',
          tg: 'Бишкек',
        }),
        place: ml({
          en: 'Hall of the National Institute',
          ru: 'Зал Национального института',
          ky: 'Улуттук институттун залы',
        }),
      },
    }),
  });
  const open = id('agenda/open');
  const closed = id('agenda/closed');
  await createRecord(agendaItemSpec, {
    db,
    actor,
    parentId: it,
    id: open,
    input: {
      position: 1,
      title: ml({
        en: 'Rail links to the south',
        ru: 'Железнодорожные связи с югом',
        ky: 'Түштүк менен темир жол байланыштары',
      }),
      provisionIds: [],
      areaIds: [],
    },
  });
  await createRecord(agendaItemSpec, {
    db,
    actor,
    parentId: it,
    id: closed,
    input: {
      position: 2,
      title: ml({ en: 'Border crossing bottlenecks', ru: 'Узкие места на пограничных переходах' }),
      confidentiality: 'chatham_house',
      provisionIds: [],
      areaIds: [],
    },
  });
  const itToktogulov = await participant(db, it, 'toktogulov', 'niss-kg', 'chair');
  const itRahimova = await participant(db, it, 'rahimova', 'isrs', 'speaker');
  await participant(db, it, 'berdiyev', 'mfa-tm', 'delegate');
  await participant(db, it, 'kaziss', 'kaziss', 'delegate', 'accepted', personId('kaziss'));
  await statement(db, it, 'it-1', {
    item: open,
    by: itRahimova,
    kind: 'position',
    text: {
      ru: 'Сквозной тариф на маршрутах к портам юга сократит время доставки.',
      en: 'A through tariff on routes to the southern ports would cut delivery times.',
      uz: 'Janubiy portlarga boradigan yoʻnalishlarda yagona tarif yetkazib berish muddatini qisqartiradi.',
    },
  });
  await statement(db, it, 'it-2', {
    item: open,
    by: itToktogulov,
    kind: 'direct_quote',
    text: {
      ru: 'Коридор «Север — Юг» нужен всем пяти странам',
      en: 'The "North–South" corridor is needed by all five countries',
      ky: '«Түндүк — Түштүк» коридору беш өлкөгө тең керек',
    },
  });
  await statement(db, it, 'it-3', {
    item: closed,
    by: itRahimova,
    kind: 'remarks',
    text: {
      ru: 'Очереди на переходах растут из-за разных графиков работы служб.',
      en: 'Queues at crossings grow because the services work different hours.',
    },
    clear: true,
  });
  await statement(db, it, 'it-4', {
    item: closed,
    by: itToktogulov,
    kind: 'proposal',
    text: {
      ru: 'Перейти на единое электронное декларирование грузов.',
      en: 'Move to single electronic cargo declarations.',
    },
    clear: true,
  });
  await statement(db, it, 'it-5', {
    item: closed,
    by: itToktogulov,
    kind: 'remarks',
    text: { ru: 'Пограничникам стоит обмениваться графиками.', en: 'Border services should share schedules.' },
    clear: true,
  });
  await statement(db, it, 'it-6', {
    item: open,
    by: [orgId('niss-kg'), orgId('isrs')],
    kind: 'position',
    text: {
      ru: 'Институты поддержали совместное исследование грузопотоков.',
      en: 'The institutes backed a joint study of freight flows.',
    },
  });
  await createRecord(outcomeSpec, {
    db,
    actor,
    parentId: it,
    id: id('outcome/it-1'),
    input: {
      agendaItemId: open,
      kind: 'recommendation',
      text: ml({
        ru: 'Подготовить совместное исследование грузопотоков к концу года',
        en: 'Prepare a joint study of freight flows by the end of the year',
        ky: 'Жүк агымдары боюнча биргелешкен изилдөөнү жыл аягына чейин даярдоо',
      }),
      proposerIds: [orgId('niss-kg'), orgId('isrs')],
      endorserIds: [],
      areaIds: [],
      provisionIds: [],
      ownerOrganizationId: orgId('niss-kg'),
      dueOn: '2026-12-20',
    },
  });
  await createRecord(outcomeSpec, {
    db,
    actor,
    parentId: it,
    id: id('outcome/it-2'),
    input: {
      agendaItemId: open,
      kind: 'conclusion',
      text: ml({
        ru: 'Сквозные тарифы — ближайший резерв для роста транзита.',
        en: 'Through tariffs are the nearest reserve for growing transit.',
      }),
      proposerIds: [],
      endorserIds: [],
      areaIds: [],
      provisionIds: [],
    },
  });

  // 3. Still to come: announced, not yet held.
  const fu = FIXTURES.future;
  await createRecord(dialogueSpec, {
    db,
    actor,
    parentId: null,
    id: fu,
    input: base({
      title: ml({
        en: '9th Central Asian Expert Forum',
        ru: '9-й Центральноазиатский экспертный форум',
        kk: '9-шы Орталық Азия сарапшылар форумы',
        ky: '9-Борбордук Азия эксперттер форуму',
        tg: 'Форуми 9-уми коршиносони Осиёи Марказӣ',
        tk: '9-njy Merkezi Aziýa bilermenler forumy',
        uz: '9-Markaziy Osiyo ekspertlar forumi',
      }),
      startsAt: '2027-06-10T04:00:00Z',
      endsAt: '2027-06-11T12:00:00Z',
      hostZone: 'Asia/Tashkent',
      status: 'scheduled',
      convenerIds: [orgId('unrcca'), orgId('isrs')],
      referenceDocumentIds: [documentId('a-res-72-283')],
      venue: {
        city: ml({
          en: 'Tashkent',
          ru: 'Ташкент',
          uz: 'Toshkent',
          kk: 'Ташкент',
          ky: 'Ташкент',
          tg: 'Тошкент',
          tk: 'Daşkent',
        }),
        place: null,
      },
      theme: ml({
        en: 'Central Asia 2040: trust, water and trade',
        ru: 'Центральная Азия — 2040: доверие, вода и торговля',
        uz: 'Markaziy Osiyo — 2040: ishonch, suv va savdo',
        kk: 'Орталық Азия — 2040: сенім, су және сауда',
        ky: 'Борбордук Азия — 2040: ишеним, суу жана соода',
        tg: 'Осиёи Марказӣ — 2040: эътимод, об ва савдо',
        tk: 'Merkezi Aziýa — 2040: ynam, suw we söwda',
      }),
    }),
  });
  await createRecord(agendaItemSpec, {
    db,
    actor,
    parentId: fu,
    id: id('agenda/future'),
    input: {
      position: 1,
      title: ml({ en: 'Regional security after 2025', ru: 'Региональная безопасность после 2025 года' }),
      provisionIds: [],
      areaIds: [],
    },
  });
  await participant(db, fu, 'rahimova', 'isrs', 'chair');
  await participant(db, fu, 'berdiyev', 'mfa-tm', 'speaker');
  await participant(db, fu, 'sadykova', 'kaziss', 'delegate', 'invited');

  await seedGoldenMaterials(db, { ruleOnItem: it, chathamWhole: ch }, { open, closed });
}
