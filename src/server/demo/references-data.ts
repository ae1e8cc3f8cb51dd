import { ml } from '../../shared/multilingual.ts';
import type { ProvisionCreate, ReferenceDocumentCreate } from '../../shared/contracts/references.ts';
import { demoId } from './demo-id.ts';

type Doc = ReferenceDocumentCreate & { key: string; provisions: (ProvisionCreate & { key: string })[] };

/**
 * Provision texts here summarise what the document is known to cover; none is the official
 * wording, so each is marked as a placeholder until checked against the document itself.
 */
const summary = (key: string, number: string, position: number, en: string, ru: string) => ({
  key,
  number,
  position,
  text: ml({ en, ru }),
  placeholder: true,
});

export const DOCUMENTS: Doc[] = [
  {
    key: 'a-res-72-283',
    kind: 'un_resolution',
    symbol: 'A/RES/72/283',
    adoptedOn: '2018-06-22',
    title: ml({
      en: 'Strengthening regional and international cooperation to ensure peace, stability and sustainable development in the Central Asian region',
      ru: 'Укрепление регионального и международного сотрудничества в целях обеспечения мира, стабильности и устойчивого развития в Центральноазиатском регионе',
    }),
    adoptedBy: ml({
      en: 'UN General Assembly (by consensus; tabled by all five Central Asian states)',
      ru: 'Генеральная Ассамблея ООН (консенсусом; внесена всеми пятью государствами Центральной Азии)',
    }),
    url: 'https://undocs.org/A/RES/72/283',
    provisions: [
      summary(
        'pp-nwfz',
        'PP-a',
        10,
        'Preamble: acknowledges the Central Asian nuclear-weapon-free zone.',
        'Преамбула: отмечает зону, свободную от ядерного оружия, в Центральной Азии.',
      ),
      summary(
        'pp-nuclear-tests-day',
        'PP-b',
        20,
        'Preamble: acknowledges the International Day against Nuclear Tests (29 August).',
        'Преамбула: отмечает Международный день действий против ядерных испытаний (29 августа).',
      ),
      summary(
        'pp-ct-plan',
        'PP-c',
        30,
        'Preamble: acknowledges the regional Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.',
        'Преамбула: отмечает Совместный план действий по осуществлению Глобальной контртеррористической стратегии ООН в Центральной Азии.',
      ),
      summary(
        'pp-uranium',
        'PP-d',
        40,
        'Preamble: acknowledges the risks posed by uranium tailings.',
        'Преамбула: отмечает риски, связанные с хвостохранилищами урана.',
      ),
      summary(
        'pp-water-decade',
        'PP-e',
        50,
        'Preamble: acknowledges the International Decade for Action "Water for Sustainable Development", 2018–2028.',
        'Преамбула: отмечает Международное десятилетие действий «Вода для устойчивого развития», 2018–2028 годы.',
      ),
      summary(
        'op',
        'OP',
        100,
        'Operative paragraphs: text not confirmed; placeholder for the paragraphs calling for regional and international cooperation.',
        'Постановляющая часть: текст не подтверждён; заполнитель для пунктов о региональном и международном сотрудничестве.',
      ),
    ],
  },
  {
    key: 'tashkent-2019-joint-statement',
    kind: 'summit_joint_statement',
    adoptedOn: '2019-11-29',
    title: ml({
      en: 'Joint Statement of the Second Consultative Meeting of the Heads of State of Central Asia',
      ru: 'Совместное заявление второй Консультативной встречи глав государств Центральной Азии',
    }),
    adoptedBy: ml({
      en: 'Second Consultative Meeting of the Heads of State of Central Asia, Tashkent',
      ru: 'Вторая Консультативная встреча глав государств Центральной Азии, Ташкент',
    }),
    provisions: [
      summary(
        'cooperation',
        '1',
        10,
        "Placeholder: the heads of state's shared commitment to regional cooperation (text not confirmed).",
        'Заполнитель: общая приверженность глав государств региональному сотрудничеству (текст не подтверждён).',
      ),
      summary(
        'transport-water-energy',
        '2',
        20,
        'Placeholder: transport and transit, water and energy cooperation (text not confirmed).',
        'Заполнитель: сотрудничество в области транспорта и транзита, воды и энергетики (текст не подтверждён).',
      ),
    ],
  },
  {
    key: 'tashkent-2019-regulations',
    kind: 'other',
    adoptedOn: '2019-11-29',
    title: ml({
      en: 'Regulations for holding the Consultative Meetings of the Heads of State of Central Asia',
      ru: 'Положение о проведении Консультативных встреч глав государств Центральной Азии',
    }),
    adoptedBy: ml({
      en: 'Second Consultative Meeting of the Heads of State of Central Asia, Tashkent',
      ru: 'Вторая Консультативная встреча глав государств Центральной Азии, Ташкент',
    }),
    provisions: [
      summary(
        'format',
        '1',
        10,
        'Placeholder: how and how often the Consultative Meetings are held (text not confirmed).',
        'Заполнитель: порядок и периодичность Консультативных встреч (текст не подтверждён).',
      ),
    ],
  },
  {
    key: 'avaza-2021-joint-statement',
    kind: 'summit_joint_statement',
    adoptedOn: '2021-08-06',
    provisions: [],
    title: ml({
      en: 'Joint Statement of the Third Consultative Meeting of the Heads of State of Central Asia',
      ru: 'Совместное заявление третьей Консультативной встречи глав государств Центральной Азии',
    }),
    adoptedBy: ml({
      en: 'Third Consultative Meeting, Avaza, Turkmenbashi',
      ru: 'Третья Консультативная встреча, Аваза, Туркменбаши',
    }),
  },
  {
    key: 'cholpon-ata-2022-roadmap',
    kind: 'roadmap',
    adoptedOn: '2022-07-21',
    provisions: [],
    title: ml({
      en: 'Roadmap for the development of regional cooperation 2022–2024',
      ru: '«Дорожная карта» развития регионального сотрудничества на 2022–2024 годы',
    }),
    adoptedBy: ml({
      en: 'Fourth Consultative Meeting, Cholpon-Ata',
      ru: 'Четвёртая Консультативная встреча, Чолпон-Ата',
    }),
  },
  {
    key: 'cholpon-ata-2022-treaty',
    kind: 'treaty',
    adoptedOn: '2022-07-21',
    provisions: [],
    title: ml({
      en: 'Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century',
      ru: 'Договор о дружбе, добрососедстве и сотрудничестве в целях развития Центральной Азии в XXI веке',
    }),
    adoptedBy: ml({
      en: 'Fourth Consultative Meeting, Cholpon-Ata (signed by Kazakhstan, Kyrgyzstan and Uzbekistan)',
      ru: 'Четвёртая Консультативная встреча, Чолпон-Ата (подписан Казахстаном, Кыргызстаном и Узбекистаном)',
    }),
  },
  {
    key: 'astana-2024-concept-2040',
    kind: 'concept',
    adoptedOn: '2024-08-09',
    provisions: [],
    title: ml({ en: 'Concept "Central Asia – 2040"', ru: 'Концепция «Центральная Азия – 2040»' }),
    adoptedBy: ml({ en: 'Sixth Consultative Meeting, Astana', ru: 'Шестая Консультативная встреча, Астана' }),
  },
  {
    key: 'astana-2024-roadmap',
    kind: 'roadmap',
    adoptedOn: '2024-08-09',
    provisions: [],
    title: ml({
      en: 'Roadmap for regional cooperation 2025–2027',
      ru: '«Дорожная карта» регионального сотрудничества на 2025–2027 годы',
    }),
    adoptedBy: ml({ en: 'Sixth Consultative Meeting, Astana', ru: 'Шестая Консультативная встреча, Астана' }),
  },
  {
    key: 'tashkent-2025-security-concept',
    kind: 'concept',
    adoptedOn: '2025-11-16',
    provisions: [],
    title: ml({
      en: 'Concept of regional security and stability',
      ru: 'Концепция региональной безопасности и стабильности',
    }),
    adoptedBy: ml({ en: 'Seventh Consultative Meeting, Tashkent', ru: 'Седьмая Консультативная встреча, Ташкент' }),
  },
];

export const documentId = (key: string): string => demoId(`document/${key}`);
export const provisionId = (doc: string, key: string): string => demoId(`provision/${doc}/${key}`);
