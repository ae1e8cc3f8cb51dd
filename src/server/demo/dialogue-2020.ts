import { ml } from '../../shared/multilingual.ts';
import type { AgendaItemCreate, DialogueCreate, ParticipantCreate } from '../../shared/contracts/dialogues.ts';
import type { OutcomeCreate, StatementCreate } from '../../shared/contracts/record.ts';
import { areaId, orgId, personId } from './directory-data.ts';
import { documentId, provisionId } from './references-data.ts';
import { demoId } from './demo-id.ts';

/**
 * The videoconference of 22 June 2020, rebuilt as structured facts. Every sentence below is the
 * platform's own wording of a fact; generators write the published text from these records.
 */
export const DIALOGUE_2020_ID = demoId('dialogue/2020-06-22');

export const SERIES = [
  {
    key: 'research-centres',
    title: ml({
      en: 'Dialogue of research centres of Central Asian countries',
      ru: 'Диалог исследовательских центров стран Центральной Азии',
    }),
  },
  {
    key: 'expert-forum',
    title: ml({ en: 'Central Asian Expert Forum', ru: 'Центральноазиатский экспертный форум' }),
    description: ml({
      en: "A yearly forum of the region's institutes, run by UNRCCA since 2018.",
      ru: 'Ежегодный форум институтов региона, проводимый РЦПДЦА с 2018 года.',
    }),
  },
];
export const seriesId = (key: string): string => demoId(`series/${key}`);

export const DIALOGUE_2020: DialogueCreate = {
  seriesId: seriesId('research-centres'),
  title: ml({
    en: 'Dialogue of representatives of research centres of Central Asian countries',
    ru: 'Диалог представителей исследовательских центров стран Центральной Азии',
  }),
  summary: ml({
    en: "Videoconference of the region's strategic research institutes, convened by UNRCCA, on implementing A/RES/72/283 and the 2019 Tashkent agreements after the pandemic.",
    ru: 'Видеоконференция стратегических исследовательских институтов региона, созванная РЦПДЦА, о выполнении резолюции A/RES/72/283 и договорённостей Ташкента 2019 года после пандемии.',
  }),
  format: 'videoconference',
  // The source gives the day, not the hour: the record keeps a working-day slot in the convener's zone.
  startsAt: '2020-06-22T05:00:00Z',
  endsAt: '2020-06-22T07:00:00Z',
  hostZone: 'Asia/Ashgabat',
  status: 'published',
  confidentiality: 'public',
  languages: ['ru', 'en'],
  media: { kind: 'built_in' },
  convenerIds: [orgId('unrcca')],
  referenceDocumentIds: [
    documentId('a-res-72-283'),
    documentId('tashkent-2019-joint-statement'),
    documentId('tashkent-2019-regulations'),
  ],
};

export const PARTICIPANTS: (ParticipantCreate & { key: string })[] = [
  {
    key: 'unrcca',
    personId: personId('unrcca'),
    organizationId: orgId('unrcca'),
    role: 'moderator',
    invitation: 'accepted',
  },
  { key: 'norov', personId: personId('norov'), organizationId: orgId('sco'), role: 'speaker', invitation: 'accepted' },
  {
    key: 'kaziss',
    personId: personId('kaziss'),
    organizationId: orgId('kaziss'),
    role: 'delegate',
    invitation: 'accepted',
  },
  {
    key: 'niss-tj',
    personId: personId('niss-tj'),
    organizationId: orgId('niss-tj'),
    role: 'delegate',
    invitation: 'accepted',
  },
  {
    key: 'csr-tj',
    personId: personId('csr-tj'),
    organizationId: orgId('csr-tj'),
    role: 'delegate',
    invitation: 'accepted',
  },
  { key: 'isrs', personId: personId('isrs'), organizationId: orgId('isrs'), role: 'delegate', invitation: 'accepted' },
  {
    key: 'mfa-tm',
    personId: personId('mfa-tm'),
    organizationId: orgId('mfa-tm'),
    role: 'delegate',
    invitation: 'accepted',
  },
];
export const participantId = (key: string): string => demoId(`participant/2020/${key}`);

const RES = 'a-res-72-283';
const TAS = 'tashkent-2019-joint-statement';
export const AGENDA: (AgendaItemCreate & { key: string })[] = [
  {
    key: 'resolution',
    position: 1,
    title: ml({
      en: 'Practical implementation of UNGA resolution A/RES/72/283 (22 June 2018)',
      ru: 'Практическое выполнение резолюции ГА ООН A/RES/72/283 (22 июня 2018 года)',
    }),
    provisionIds: [provisionId(RES, 'op')],
    areaIds: [areaId('security-afghanistan')],
  },
  {
    key: 'tashkent',
    position: 2,
    title: ml({
      en: 'Agreements of the Second Consultative Meeting of the Heads of State (Tashkent, 29 November 2019)',
      ru: 'Договорённости второй Консультативной встречи глав государств (Ташкент, 29 ноября 2019 года)',
    }),
    provisionIds: [provisionId(TAS, 'cooperation'), provisionId(TAS, 'transport-water-energy')],
    areaIds: [areaId('transport-transit'), areaId('water-aral-sea'), areaId('energy')],
  },
  {
    key: 'post-pandemic',
    position: 3,
    title: ml({
      en: 'Cooperation in key areas after the pandemic',
      ru: 'Сотрудничество в ключевых сферах в постпандемический период',
    }),
    provisionIds: [],
    areaIds: [areaId('health'), areaId('trade-investment')],
  },
];
export const agendaId = (key: string): string => demoId(`agenda/2020/${key}`);

const by = (key: string) => ({ kind: 'participant' as const, participantId: participantId(key) });
const INSTITUTES = ['kaziss', 'niss-tj', 'csr-tj', 'isrs', 'mfa-tm'].map(orgId);

const STATEMENT_FACTS: (Omit<StatementCreate, 'agendaItemId'> & { agendaKey: string })[] = [
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'remarks',
    areaIds: ['security-afghanistan', 'trade-investment', 'environment-climate', 'culture-humanitarian', 'health'].map(
      areaId,
    ),
    provisionIds: [],
    text: ml({
      en: 'Held while the pandemic continues, the meeting is timely: its effects reach security as well as the economy, the environment and humanitarian affairs.',
      ru: 'Встреча своевременна: пандемия продолжается, и её последствия затрагивают безопасность, экономику, экологию и гуманитарную сферу.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'remarks',
    areaIds: [areaId('security-afghanistan')],
    provisionIds: [],
    text: ml({
      en: 'The pandemic has weighed heavily on the whole system of international relations.',
      ru: 'Пандемия серьёзно повлияла на всю систему международных отношений.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'position',
    areaIds: [areaId('security-afghanistan'), areaId('trade-investment')],
    provisionIds: [],
    text: ml({
      en: 'Meeting the challenge requires leaving political confrontation behind, globally and regionally, and turning away from nationalism, populism and protectionism.',
      ru: 'Чтобы справиться с вызовом, нужно преодолеть политическое противостояние на глобальном и региональном уровнях и отказаться от национализма, популизма и протекционизма.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'position',
    areaIds: [areaId('health')],
    provisionIds: [],
    text: ml({
      en: 'Multilateral action and diplomacy are decisive in fighting the pandemic.',
      ru: 'Многосторонние действия и дипломатия имеют решающее значение в борьбе с пандемией.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'remarks',
    areaIds: [areaId('health')],
    provisionIds: [],
    text: ml({
      en: 'From the outset the SCO urged the international community to work more closely through the World Health Organization.',
      ru: 'С самого начала ШОС призывала международное сообщество теснее взаимодействовать через Всемирную организацию здравоохранения.',
    }),
  },
  {
    agendaKey: 'resolution',
    speaker: by('norov'),
    kind: 'direct_quote',
    areaIds: [],
    provisionIds: [provisionId(RES, 'op')],
    text: ml(
      {
        en: 'the core of the Organization and its priority area of activity',
        ru: 'ядро Организации и приоритетное направление её деятельности',
      },
      'en',
    ),
  },
  {
    agendaKey: 'resolution',
    speaker: by('norov'),
    kind: 'remarks',
    areaIds: [],
    provisionIds: [provisionId(RES, 'op')],
    text: ml({
      en: 'SCO member states back the Central Asian countries in deepening their cooperation across many fields.',
      ru: 'Государства — члены ШОС поддерживают стремление стран Центральной Азии углублять сотрудничество в разных областях.',
    }),
  },
  {
    agendaKey: 'tashkent',
    speaker: by('norov'),
    kind: 'remarks',
    areaIds: ['transport-transit', 'water-aral-sea', 'energy', 'tourism'].map(areaId),
    provisionIds: [provisionId(TAS, 'cooperation'), provisionId(TAS, 'transport-water-energy')],
    text: ml({
      en: 'A stronger political dialogue among the Central Asian states in recent years helps the region put its transit and transport, water and energy, and tourism potential to effective use.',
      ru: 'Укрепившийся в последние годы политический диалог государств Центральной Азии помогает региону эффективно использовать свой транзитно-транспортный, водно-энергетический и туристический потенциал.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: by('norov'),
    kind: 'proposal',
    areaIds: [areaId('security-afghanistan')],
    provisionIds: [],
    text: ml({
      en: "Closing, he argued for holding expert dialogues of this kind, stressing preventive diplomacy and the weight of scholarly expertise in studying the region's pressing problems.",
      ru: 'В завершение он высказался за проведение подобных экспертных диалогов, подчеркнув значение превентивной дипломатии и научной экспертизы в изучении актуальных проблем региона.',
    }),
  },
  {
    agendaKey: 'post-pandemic',
    speaker: { kind: 'collective', organizationIds: INSTITUTES },
    kind: 'position',
    areaIds: [areaId('trade-investment'), areaId('health')],
    provisionIds: [],
    text: ml({
      en: "The institutes stressed developing bilateral and regional cooperation to soften the pandemic's social and economic consequences.",
      ru: 'Институты подчеркнули важность развития двустороннего и регионального сотрудничества для смягчения социально-экономических последствий пандемии.',
    }),
  },
];
export const STATEMENTS: (StatementCreate & { agendaKey: string })[] = STATEMENT_FACTS.map((s) => ({
  ...s,
  agendaItemId: agendaId(s.agendaKey),
}));

export const statementId = (index: number): string => demoId(`statement/2020/${index}`);
export const outcomeId = (index: number): string => demoId(`outcome/2020/${index}`);

export const OUTCOMES: OutcomeCreate[] = [
  {
    agendaItemId: agendaId('post-pandemic'),
    kind: 'conclusion',
    proposerIds: INSTITUTES,
    endorserIds: [],
    areaIds: [areaId('trade-investment'), areaId('health')],
    provisionIds: [],
    text: ml({
      en: 'Bilateral and regional cooperation should be developed to mitigate the social and economic consequences of the pandemic.',
      ru: 'Следует развивать двустороннее и региональное сотрудничество для смягчения социально-экономических последствий пандемии.',
    }),
  },
  {
    agendaItemId: agendaId('post-pandemic'),
    kind: 'conclusion',
    proposerIds: [orgId('sco')],
    endorserIds: [],
    areaIds: [areaId('security-afghanistan')],
    provisionIds: [],
    text: ml({
      en: "Expert dialogues of this kind are worth holding, for preventive diplomacy and for bringing scholarly expertise to the region's pressing problems.",
      ru: 'Подобные экспертные диалоги целесообразно проводить — ради превентивной дипломатии и привлечения научной экспертизы к актуальным проблемам региона.',
    }),
  },
];

/** The news item about this dialogue appeared on 26.06.2020 at 17:38, publisher's time (the SCO Secretariat, Beijing). */
export const pressReleaseId = (language: string): string => demoId(`publication/2020/press-release/${language}`);
export const NEWS_2020 = { publishedAt: '2020-06-26T09:38:00Z', zone: 'Asia/Shanghai' };

/** Central Asian Expert Forum sessions known from the convener's record. */
export const FORUMS = [
  {
    key: 'forum-1',
    n: 1,
    startsAt: '2018-10-29T04:00:00Z',
    endsAt: '2018-10-30T12:00:00Z',
    zone: 'Asia/Tashkent',
    en: '1st Central Asian Expert Forum (Tashkent and Bukhara)',
    ru: '1-й Центральноазиатский экспертный форум (Ташкент и Бухара)',
  },
  {
    key: 'forum-5',
    n: 5,
    startsAt: '2022-12-10T04:00:00Z',
    endsAt: '2022-12-10T12:00:00Z',
    zone: 'Asia/Ashgabat',
    en: '5th Central Asian Expert Forum (Ashgabat)',
    ru: '5-й Центральноазиатский экспертный форум (Ашхабад)',
  },
  {
    key: 'forum-7',
    n: 7,
    startsAt: '2024-06-14T04:00:00Z',
    endsAt: '2024-06-14T12:00:00Z',
    zone: 'Asia/Almaty',
    en: '7th Central Asian Expert Forum "Central Asia: Gravity of Trust" (Astana)',
    ru: '7-й Центральноазиатский экспертный форум «Центральная Азия: притяжение доверия» (Астана)',
  },
];
