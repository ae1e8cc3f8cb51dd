import { ml, type MultiText } from '../../shared/multilingual.ts';
import type { Db } from '../db/database.ts';
import { createRecord } from '../crud/resource.ts';
import { ANONYMOUS } from '../policy/actor.ts';
import { organizationSpec } from '../directory/organizations.ts';
import { personSpec } from '../directory/people.ts';
import { dialogueSpec } from '../dialogues/dialogues.ts';
import { participantSpec } from '../dialogues/participants.ts';
import { agendaItemSpec } from '../dialogues/agenda-items.ts';
import { statementSpec } from '../record/statements.ts';
import { areaId } from './directory-data.ts';
import { seriesId } from './dialogue-2020.ts';
import { demoId } from './demo-id.ts';

/*
 * A FICTIONAL dialogue, so the demo shows the region's languages in both scripts: invented institutes,
 * invented experts, invented statements, each written in Kazakh, Uzbek, Tajik or Turkmen, in the script
 * it was said in, with its version in the other script. Every name says it is fictional; nothing here is
 * anyone's real words. The texts await review by speakers of each language.
 */
export const FICTIONAL_DIALOGUE_ID = demoId('dialogue/fictional-2025');
const FICTIONAL = '(fictional)';
const FICTIONAL_RU = '(вымышленный)';

interface Expert {
  key: string;
  country: string;
  institute: MultiText;
  acronym: MultiText;
  name: MultiText;
  title: MultiText;
}

const EXPERTS: Expert[] = [
  {
    key: 'kz',
    country: 'KZ',
    institute: ml({
      en: `Steppe Institute of Regional Studies ${FICTIONAL}`,
      ru: `Степной институт региональных исследований ${FICTIONAL_RU}`,
      kk: 'Дала өңірлік зерттеулер институты (ойдан шығарылған)',
    }),
    acronym: ml({ en: 'SIRS', ru: 'СИРИ', kk: 'ДӨЗИ' }),
    name: ml({
      kk: 'Әйгерім Сәрсенқызы',
      'kk-Latn': 'Äigerım Särsenqyzy',
      en: 'Aigerim Sarsenkyzy',
      ru: 'Айгерим Сарсенкызы',
    }),
    title: ml({ en: 'Senior fellow', ru: 'Ведущий научный сотрудник', kk: 'Жетекші ғылыми қызметкер' }),
  },
  {
    key: 'uz',
    country: 'UZ',
    institute: ml({
      en: `Amu Darya Centre for Cooperation Studies ${FICTIONAL}`,
      ru: `Амударьинский центр исследований сотрудничества ${FICTIONAL_RU}`,
      uz: 'Amudaryo hamkorlik tadqiqotlari markazi (toʻqima)',
      'uz-Cyrl': 'Амударё ҳамкорлик тадқиқотлари маркази (тўқима)',
    }),
    acronym: ml({ en: 'ACCS', ru: 'АЦИС', uz: 'AHTM' }),
    name: ml({ uz: 'Dilshod Rahimov', 'uz-Cyrl': 'Дилшод Раҳимов', en: 'Dilshod Rakhimov', ru: 'Дилшод Рахимов' }),
    title: ml({ en: 'Head of department', ru: 'Заведующий отделом', uz: 'Boʻlim boshligʻi' }),
  },
  {
    key: 'tj',
    country: 'TJ',
    institute: ml({
      en: `Pamir Institute for Strategic Thought ${FICTIONAL}`,
      ru: `Памирский институт стратегической мысли ${FICTIONAL_RU}`,
      tg: 'Пажӯҳишгоҳи андешаи стратегии Помир (тахаюлӣ)',
    }),
    acronym: ml({ en: 'PIST', ru: 'ПИСМ', tg: 'ПАСП' }),
    name: ml({
      tg: 'Фаррух Назарзода',
      'tg-Latn': 'Farrukh Nazarzoda',
      en: 'Farrukh Nazarzoda',
      ru: 'Фаррух Назарзода',
    }),
    title: ml({ en: 'Research fellow', ru: 'Научный сотрудник', tg: 'Ходими илмӣ' }),
  },
  {
    key: 'tm',
    country: 'TM',
    institute: ml({
      en: `Karakum Centre for Regional Dialogue ${FICTIONAL}`,
      ru: `Каракумский центр регионального диалога ${FICTIONAL_RU}`,
      tk: 'Garagum sebitleýin dialog merkezi (toslama)',
    }),
    acronym: ml({ en: 'KCRD', ru: 'КЦРД', tk: 'GSDM' }),
    name: ml({ tk: 'Gülnara Annaýewa', 'tk-Cyrl': 'Гүлнара Аннаева', en: 'Gulnara Annayeva', ru: 'Гульнара Аннаева' }),
    title: ml({ en: 'Analyst', ru: 'Аналитик', tk: 'Analitik' }),
  },
];

export const fictionalOrgId = (key: string) => demoId(`organization/fictional/${key}`);
export const fictionalPersonId = (key: string) => demoId(`person/fictional/${key}`);
export const fictionalParticipantId = (key: string) => demoId(`participant/fictional/${key}`);
const AGENDA_ID = demoId('agenda/fictional/water-transport');

/** What each fictional expert said: the original first (its language and script), then the other versions. */
export const FICTIONAL_STATEMENTS: { expert: string; text: MultiText }[] = [
  {
    expert: 'uz',
    text: ml({
      uz: 'Mintaqaviy hamkorlik suv resurslarini birgalikda boshqarishdan boshlanadi.',
      'uz-Cyrl': 'Минтақавий ҳамкорлик сув ресурсларини биргаликда бошқаришдан бошланади.',
      ru: 'Региональное сотрудничество начинается с совместного управления водными ресурсами.',
      en: 'Regional cooperation begins with managing water resources together.',
    }),
  },
  {
    expert: 'uz',
    text: ml({
      // Said and written in Cyrillic only: the Latin query finds it across scripts.
      'uz-Cyrl': 'Транспорт йўлакларидаги ҳамкорлик ўзаро савдони кенгайтиради.',
      ru: 'Сотрудничество в транспортных коридорах расширяет взаимную торговлю.',
      en: 'Cooperation along the transport corridors widens mutual trade.',
    }),
  },
  {
    expert: 'kz',
    text: ml({
      kk: 'Өңірлік ынтымақтастық су мен энергетика саласында жаңа деңгейге көтерілуі тиіс.',
      'kk-Latn': 'Öñırlık yntymaqtastyq su men energetika salasynda jaña deñgeige köterılui tiıs.',
      ru: 'Региональное сотрудничество в сфере воды и энергетики должно выйти на новый уровень.',
      en: 'Regional cooperation on water and energy must rise to a new level.',
    }),
  },
  {
    expert: 'tj',
    text: ml({
      tg: 'Ҳамкории минтақавӣ дар соҳаи энергетика бояд васеъ карда шавад.',
      'tg-Latn': 'Hamkorii mintaqavī dar sohai energetika boyad vasei karda shavad.',
      ru: 'Региональное сотрудничество в энергетике следует расширять.',
      en: 'Regional cooperation in energy should be widened.',
    }),
  },
  {
    expert: 'tm',
    text: ml({
      tk: 'Sebitleýin hyzmatdaşlyk ulag geçelgelerini ösdürmäge ýardam berýär.',
      'tk-Cyrl': 'Себитлейин хызматдашлык улаг гечелгелерини өсдүрмәге ярдам берйәр.',
      ru: 'Региональное сотрудничество помогает развивать транспортные коридоры.',
      en: 'Regional cooperation helps develop the transport corridors.',
    }),
  },
];

/** Seeds the fictional dialogue through the API's own use cases (each record with its event). */
export async function seedFictionalDialogue(db: Db): Promise<void> {
  const top = { db, actor: ANONYMOUS, parentId: null };
  for (const e of EXPERTS) {
    await createRecord(organizationSpec, {
      ...top,
      id: fictionalOrgId(e.key),
      input: {
        kind: 'research_institute',
        countryCode: e.country,
        website: null,
        parentAuthority: null,
        names: [{ name: e.institute, acronym: e.acronym }],
      },
    });
    await createRecord(personSpec, {
      ...top,
      id: fictionalPersonId(e.key),
      input: {
        name: e.name,
        positions: [{ organizationId: fictionalOrgId(e.key), title: e.title, validFrom: null, validTo: null }],
      },
    });
  }
  await createRecord(dialogueSpec, {
    ...top,
    id: FICTIONAL_DIALOGUE_ID,
    input: {
      seriesId: seriesId('research-centres'),
      title: ml({
        en: `Round table on water, energy and transport cooperation ${FICTIONAL}`,
        ru: `Круглый стол о сотрудничестве в сфере воды, энергетики и транспорта ${FICTIONAL_RU}`,
        uz: 'Suv, energetika va transport sohasidagi hamkorlik boʻyicha davra suhbati (toʻqima)',
      }),
      summary: ml({
        en: 'A fictional dialogue for the demo: invented institutes and experts speaking Kazakh, Uzbek, Tajik and Turkmen.',
        ru: 'Вымышленный диалог для демонстрации: придуманные институты и эксперты говорят по-казахски, по-узбекски, по-таджикски и по-туркменски.',
      }),
      format: 'videoconference',
      startsAt: '2025-10-15T05:00:00Z',
      endsAt: '2025-10-15T07:00:00Z',
      hostZone: 'Asia/Tashkent',
      status: 'concluded',
      confidentiality: 'public',
      languages: ['uz', 'kk', 'tg', 'tk', 'ru'],
      media: { kind: 'built_in' },
      convenerIds: [fictionalOrgId('uz')],
      referenceDocumentIds: [],
    },
  });
  const inDialogue = { db, actor: ANONYMOUS, parentId: FICTIONAL_DIALOGUE_ID };
  for (const e of EXPERTS) {
    await createRecord(participantSpec, {
      ...inDialogue,
      id: fictionalParticipantId(e.key),
      input: {
        personId: fictionalPersonId(e.key),
        organizationId: fictionalOrgId(e.key),
        role: 'speaker',
        invitation: 'accepted',
      },
    });
  }
  await createRecord(agendaItemSpec, {
    ...inDialogue,
    id: AGENDA_ID,
    input: {
      position: 1,
      title: ml({
        en: 'Water, energy and transport',
        ru: 'Вода, энергетика и транспорт',
        uz: 'Suv, energetika va transport',
      }),
      provisionIds: [],
      areaIds: [areaId('water-aral-sea'), areaId('energy'), areaId('transport-transit')],
    },
  });
  for (const [i, s] of FICTIONAL_STATEMENTS.entries()) {
    await createRecord(statementSpec, {
      ...inDialogue,
      id: demoId(`statement/fictional/${i}`),
      input: {
        agendaItemId: AGENDA_ID,
        speaker: { kind: 'participant', participantId: fictionalParticipantId(s.expert) },
        kind: 'position',
        text: s.text,
        areaIds: [],
        provisionIds: [],
      },
    });
  }
}
