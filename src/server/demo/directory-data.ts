import { ml } from '../../shared/multilingual.ts';
import type { AreaCreate, OrganizationCreate, PersonCreate } from '../../shared/contracts/directory.ts';
import { demoId } from './demo-id.ts';

export const COUNTRIES = [
  {
    code: 'KZ',
    name: ml({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан', 'kk-Latn': 'Qazaqstan' }),
    zones: ['Asia/Almaty', 'Asia/Qostanay', 'Asia/Aqtobe', 'Asia/Aqtau', 'Asia/Atyrau', 'Asia/Oral', 'Asia/Qyzylorda'],
    languages: ['kk', 'kk-Latn', 'ru'],
  },
  {
    code: 'KG',
    name: ml({ en: 'Kyrgyzstan', ru: 'Кыргызстан', ky: 'Кыргызстан' }),
    zones: ['Asia/Bishkek'],
    languages: ['ky', 'ru'],
  },
  {
    code: 'TJ',
    name: ml({ en: 'Tajikistan', ru: 'Таджикистан', tg: 'Тоҷикистон' }),
    zones: ['Asia/Dushanbe'],
    languages: ['tg'],
  },
  {
    code: 'TM',
    name: ml({ en: 'Turkmenistan', ru: 'Туркменистан', tk: 'Türkmenistan' }),
    zones: ['Asia/Ashgabat'],
    languages: ['tk'],
  },
  {
    code: 'UZ',
    name: ml({ en: 'Uzbekistan', ru: 'Узбекистан', uz: 'Oʻzbekiston', 'uz-Cyrl': 'Ўзбекистон' }),
    zones: ['Asia/Tashkent', 'Asia/Samarkand'],
    languages: ['uz', 'uz-Cyrl', 'ru'],
  },
  { code: 'CN', name: ml({ en: 'China', ru: 'Китай', zh: '中国' }), zones: ['Asia/Shanghai'], languages: ['zh'] },
];

export const AREAS: (AreaCreate & { key: string })[] = [
  ['security-afghanistan', 'Security and Afghanistan', 'Безопасность и Афганистан'],
  ['trade-investment', 'Trade and investment', 'Торговля и инвестиции'],
  ['transport-transit', 'Transport and transit', 'Транспорт и транзит'],
  ['energy', 'Energy', 'Энергетика'],
  ['water-aral-sea', 'Water and the Aral Sea', 'Водные ресурсы и Арал'],
  ['environment-climate', 'Environment and climate', 'Окружающая среда и климат'],
  ['food-security', 'Food security', 'Продовольственная безопасность'],
  ['health', 'Health', 'Здравоохранение'],
  ['tourism', 'Tourism', 'Туризм'],
  ['culture-humanitarian', 'Culture and humanitarian ties', 'Культурные и гуманитарные связи'],
].map(([slug, en, ru]) => ({ key: slug!, slug: slug!, name: ml({ en: en!, ru: ru! }) }));

type Org = OrganizationCreate & { key: string };
const name = (en: string, ru: string, extra: Record<string, string> = {}) => ml({ en, ru, ...extra });

export const ORGANIZATIONS: Org[] = [
  // International bodies belong to no one country, wherever their seat is.
  {
    key: 'unrcca',
    kind: 'un_entity',
    countryCode: null,
    website: 'https://unrcca.unmissions.org',
    names: [
      {
        name: name(
          'UN Regional Centre for Preventive Diplomacy for Central Asia',
          'Региональный центр ООН по превентивной дипломатии для Центральной Азии',
        ),
        acronym: name('UNRCCA', 'РЦПДЦА'),
        validFrom: '2007-12-10',
      },
    ],
  },
  {
    key: 'sco',
    kind: 'international_organization',
    countryCode: null,
    website: 'https://eng.sectsco.org',
    names: [
      {
        name: name(
          'Secretariat of the Shanghai Cooperation Organisation',
          'Секретариат Шанхайской организации сотрудничества',
          { zh: '上海合作组织秘书处' },
        ),
        acronym: name('SCO', 'ШОС'),
      },
    ],
  },
  {
    key: 'kaziss',
    kind: 'research_institute',
    countryCode: 'KZ',
    parentAuthority: name('under the President of Kazakhstan', 'при Президенте Республики Казахстан'),
    names: [
      {
        name: name(
          'Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan',
          'Казахстанский институт стратегических исследований при Президенте Республики Казахстан',
          { kk: 'Қазақстан Республикасының Президенті жанындағы Қазақстан стратегиялық зерттеулер институты' },
        ),
        acronym: name('KazISS', 'КИСИ'),
      },
    ],
  },
  // The Kyrgyz institute kept its identity through the April 2024 merger: one organization, two dated names.
  // The month of the merger is known; the day is not, so the change is recorded on the month's first day.
  {
    key: 'niss-kg',
    kind: 'research_institute',
    countryCode: 'KG',
    parentAuthority: name('under the President of the Kyrgyz Republic', 'при Президенте Кыргызской Республики'),
    names: [
      {
        name: name(
          'National Institute for Strategic Studies of the Kyrgyz Republic',
          'Национальный институт стратегических исследований Кыргызской Республики',
        ),
        acronym: name('NISS', 'НИСИ'),
        validTo: '2024-03-31',
      },
      {
        name: name(
          'National Institute of Strategic Initiatives under the President of the Kyrgyz Republic',
          'Национальный институт стратегических инициатив при Президенте Кыргызской Республики',
        ),
        acronym: name('NISI', 'НИСИ'),
        validFrom: '2024-04-01',
      },
    ],
  },
  {
    key: 'csr-tj',
    kind: 'research_institute',
    countryCode: 'TJ',
    parentAuthority: name('under the President of the Republic of Tajikistan', 'при Президенте Республики Таджикистан'),
    names: [
      {
        name: name(
          'Center for Strategic Research under the President of the Republic of Tajikistan',
          'Центр стратегических исследований при Президенте Республики Таджикистан',
          { tg: 'Маркази тадқиқоти стратегии назди Президенти Ҷумҳурии Тоҷикистон' },
        ),
        acronym: name('CSR', 'ЦСИ'),
      },
    ],
  },
  {
    key: 'niss-tj',
    kind: 'research_institute',
    countryCode: 'TJ',
    parentAuthority: name('under the President of the Republic of Tajikistan', 'при Президенте Республики Таджикистан'),
    names: [
      {
        name: name(
          'National Institute for Strategic Studies under the President of the Republic of Tajikistan',
          'Национальный институт стратегических исследований при Президенте Республики Таджикистан',
        ),
      },
    ],
  },
  // Both names are in use at once: no dates separate them.
  {
    key: 'isrs',
    kind: 'research_institute',
    countryCode: 'UZ',
    parentAuthority: name('under the President of the Republic of Uzbekistan', 'при Президенте Республики Узбекистан'),
    names: [
      {
        name: name(
          'Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan',
          'Институт стратегических и межрегиональных исследований при Президенте Республики Узбекистан',
          { uz: 'Oʻzbekiston Respublikasi Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti' },
        ),
        acronym: name('ISRS', 'ИСМИ'),
      },
      {
        name: name(
          'Institute for Strategic and Interregional Studies under the President of the Republic of Uzbekistan',
          'Институт стратегических и межрегиональных исследований при Президенте Республики Узбекистан',
        ),
        acronym: name('ISRS', 'ИСМИ'),
      },
    ],
  },
  {
    key: 'mfa-tm',
    kind: 'ministry',
    countryCode: 'TM',
    names: [
      {
        name: name('Ministry of Foreign Affairs of Turkmenistan', 'Министерство иностранных дел Туркменистана', {
          tk: 'Türkmenistanyň Daşary işler ministrligi',
        }),
        acronym: name('MFA', 'МИД'),
      },
    ],
  },
  {
    key: 'sccs-tm',
    kind: 'research_institute',
    countryCode: 'TM',
    parentAuthority: name(
      'Institute of International Relations of the MFA of Turkmenistan',
      'Институт международных отношений МИД Туркменистана',
    ),
    names: [
      {
        name: name(
          'Scientific Centre of Strategic Studies of the Institute of International Relations of the MFA of Turkmenistan',
          'Научный центр стратегических исследований Института международных отношений МИД Туркменистана',
        ),
        validFrom: '2021-01-01',
      },
    ],
  },
].map((o) => ({ ...o, id: demoId(`organization/${o.key}`) })) as (Org & { id: string })[];

export const orgId = (key: string): string => demoId(`organization/${key}`);

type Person = PersonCreate & { key: string };
const secretaryGeneral = (from: string, to: string) => ({
  organizationId: orgId('sco'),
  title: name('Secretary-General of the SCO', 'Генеральный секретарь ШОС'),
  validFrom: from,
  validTo: to,
});
/** The source names the institutions that attended, not every person: those people are recorded by their office. */
const headOf = (
  key: string,
  en: string,
  ru: string,
  title = name('Head of the institute', 'Руководитель института'),
): Person => ({
  key,
  name: name(`${en} (name not recorded)`, `${ru} (имя не указано)`),
  positions: [{ organizationId: orgId(key), title, validFrom: null, validTo: null }],
});

export const PEOPLE: Person[] = [
  {
    key: 'norov',
    name: ml({ en: 'Vladimir Norov', ru: 'Владимир Норов', uz: 'Vladimir Norov', 'uz-Cyrl': 'Владимир Норов' }, 'ru'),
    positions: [secretaryGeneral('2019-01-01', '2021-12-31')],
  },
  {
    key: 'zhang-ming',
    name: ml({ en: 'Zhang Ming', ru: 'Чжан Мин', zh: '张明' }, 'zh'),
    positions: [secretaryGeneral('2022-01-01', '2024-12-31')],
  },
  {
    key: 'yermekbayev',
    name: ml({ en: 'Nurlan Yermekbayev', ru: 'Нурлан Ермекбаев', kk: 'Нұрлан Ермекбаев' }, 'ru'),
    positions: [secretaryGeneral('2025-01-01', '2027-12-31')],
  },
  headOf('unrcca', 'UNRCCA representative', 'Представитель РЦПДЦА', name('Representative', 'Представитель')),
  headOf('kaziss', 'Head of KazISS', 'Руководитель КИСИ'),
  headOf('niss-tj', 'Head of NISS Tajikistan', 'Руководитель НИСИ Таджикистана'),
  headOf('csr-tj', 'Head of CSR Tajikistan', 'Руководитель ЦСИ Таджикистана'),
  headOf('isrs', 'Head of ISRS', 'Руководитель ИСМИ'),
  headOf(
    'mfa-tm',
    'MFA of Turkmenistan representative',
    'Представитель МИД Туркменистана',
    name('Representative', 'Представитель'),
  ),
];

export const personId = (key: string): string => demoId(`person/${key}`);

/**
 * Who belongs to which institution: each institute's head is its focal point; the SCO's
 * secretaries-general are members for their terms. Kept by the secretariat, not read from positions.
 */
export const MEMBERSHIPS = PEOPLE.flatMap((p) =>
  p.positions!.map((pos) => ({
    id: demoId(`membership/${p.key}/${pos.organizationId}`),
    personId: personId(p.key),
    organizationId: pos.organizationId,
    role: pos.validFrom ? ('member' as const) : ('focal_point' as const),
    validFrom: pos.validFrom ?? '2019-01-01',
    validTo: pos.validTo,
  })),
);
export const areaId = (key: string): string => demoId(`area/${key}`);
