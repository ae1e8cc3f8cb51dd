/**
 * The dialogue page's Follow-up section: what the dialogue asked institutions to do, by when, and how
 * far each has come. One row a key, the seven languages in the order en, ru, kk, ky, tg, tk, uz; terms
 * follow glossary.md. The Central Asian columns await review by speakers of each language.
 */
const ROWS = {
  'followUp.intro': [
    'What this dialogue asked institutions to do, by when, and how far each has come.',
    'Что диалог поручил организациям, к какому сроку и как идёт исполнение.',
    'Диалог ұйымдарға не тапсырды, қай мерзімге дейін және орындалуы қалай жүріп жатыр.',
    'Диалог уюмдарга эмнени тапшырды, кайсы мөөнөткө чейин жана аткарылышы кандай жүрүп жатат.',
    'Муколама ба ташкилотҳо чӣ супорид, то кадом муҳлат ва иҷрои он чӣ гуна пеш меравад.',
    'Dialog guramalara näme tabşyrdy, haçana çenli we ýerine ýetirilişi nähili barýar.',
    'Muloqot tashkilotlarga nimani topshirdi, qaysi muddatgacha va ijrosi qanday bormoqda.',
  ],
  'followUp.items': [
    'Tracked items',
    'Отслеживаемые пункты',
    'Бақыланатын тармақтар',
    'Көзөмөлдөнгөн пункттар',
    'Бандҳои пайгиришаванда',
    'Yzarlanýan bentler',
    'Kuzatiladigan bandlar',
  ],
  'followUp.owner': [
    'Owner institution',
    'Ответственная организация',
    'Жауапты ұйым',
    'Жооптуу уюм',
    'Ташкилоти масъул',
    'Jogapkär gurama',
    'Masʼul tashkilot',
  ],
  'followUp.noOwner': [
    'No owner named',
    'Ответственный не указан',
    'Жауапты көрсетілмеген',
    'Жооптуу көрсөтүлгөн эмес',
    'Масъул нишон дода нашудааст',
    'Jogapkär görkezilmedik',
    'Masʼul koʻrsatilmagan',
  ],
  'followUp.due': ['Due', 'Срок', 'Мерзімі', 'Мөөнөтү', 'Муҳлат', 'Möhleti', 'Muddati'],
  'followUp.noDue': [
    'No due date',
    'Срок не указан',
    'Мерзімі көрсетілмеген',
    'Мөөнөтү көрсөтүлгөн эмес',
    'Муҳлат нишон дода нашудааст',
    'Möhleti görkezilmedik',
    'Muddati koʻrsatilmagan',
  ],
  'followUp.status': ['Status', 'Статус', 'Мәртебесі', 'Абалы', 'Вазъ', 'Ýagdaýy', 'Holati'],
  'followUp.noReport': [
    'No report yet',
    'Отчёта пока нет',
    'Әзірге есеп жоқ',
    'Азырынча отчет жок',
    'Ҳанӯз ҳисобот нест',
    'Heniz hasabat ýok',
    'Hozircha hisobot yoʻq',
  ],
  'followUp.overdue': [
    'Overdue',
    'Просрочено',
    'Мерзімі өтті',
    'Мөөнөтү өттү',
    'Муҳлат гузаштааст',
    'Möhleti geçdi',
    'Muddati oʻtgan',
  ],
  'followUp.inTracker': [
    'Follow-up of {document} across countries',
    'Исполнение {document} по странам',
    '{document} орындалуы елдер бойынша',
    '{document} аткарылышы өлкөлөр боюнча',
    'Иҷрои {document} аз рӯи кишварҳо',
    '{document} ýerine ýetirilişi ýurtlar boýunça',
    '{document} ijrosi mamlakatlar boʻyicha',
  ],
  'followUp.toTracker': [
    'Open the follow-up page',
    'Открыть страницу исполнения',
    'Орындалу бетін ашу',
    'Аткарылыш барагын ачуу',
    'Кушодани саҳифаи иҷро',
    'Ýerine ýetiriliş sahypasyny açmak',
    'Ijro sahifasini ochish',
  ],
  'followUp.empty': [
    'Nothing from this dialogue is followed up yet.',
    'По итогам этого диалога пока нечего отслеживать.',
    'Бұл диалогтан әзірге бақыланатын ештеңе жоқ.',
    'Бул диалогдон азырынча көзөмөлдөнө турган эч нерсе жок.',
    'Аз ин муколама ҳанӯз чизе пайгирӣ намешавад.',
    'Bu dialogdan heniz yzarlanýan zat ýok.',
    'Bu muloqotdan hozircha kuzatiladigan narsa yoʻq.',
  ],
  'followUp.emptyRecord': [
    'Record a commitment or a follow-up action under Outcomes, or give a recommendation an owner institution and a due date: it is then tracked here and on the follow-up page.',
    'Внесите в итоги обязательство или последующее действие либо укажите для рекомендации ответственную организацию и срок: тогда она будет отслеживаться здесь и на странице исполнения.',
    'Қорытындыларға міндеттеме немесе кейінгі әрекет енгізіңіз, не ұсынымға жауапты ұйым мен мерзім көрсетіңіз: сонда ол осында және орындалу бетінде бақыланады.',
    'Жыйынтыктарга милдеттенме же кийинки аракет киргизиңиз, же сунушка жооптуу уюм менен мөөнөттү көрсөтүңүз: ошондо ал бул жерде жана аткарылыш барагында көзөмөлдөнөт.',
    'Дар натиҷаҳо ӯҳдадорӣ ё амали минбаъдаро сабт кунед ё барои тавсия ташкилоти масъул ва муҳлатро нишон диҳед: он гоҳ он дар ин ҷо ва дар саҳифаи иҷро пайгирӣ мешавад.',
    'Netijelere borçnama ýa-da indiki hereketi giriziň, ýa-da teklip üçin jogapkär guramany we möhleti görkeziň: şonda ol şu ýerde we ýerine ýetiriliş sahypasynda yzarlanar.',
    'Natijalarga majburiyat yoki keyingi harakatni kiriting yoki tavsiya uchun masʼul tashkilot va muddatni koʻrsating: shunda u shu yerda va ijro sahifasida kuzatiladi.',
  ],
  'followUp.emptyRead': [
    'When the record gives an institution something to do by a date, it appears here.',
    'Когда в записи появится поручение организации со сроком, оно будет показано здесь.',
    'Жазбада ұйымға мерзімі бар тапсырма пайда болғанда, ол осында көрсетіледі.',
    'Жазууда уюмга мөөнөтү бар тапшырма пайда болгондо, ал бул жерде көрсөтүлөт.',
    'Вақте ки дар сабт ба ташкилот супориши муҳлатдор пайдо шавад, он дар ин ҷо нишон дода мешавад.',
    'Ýazgyda gurama möhletli tabşyryk peýda bolanda, ol şu ýerde görkeziler.',
    'Yozuvda tashkilotga muddatli topshiriq paydo boʻlganda, u shu yerda koʻrsatiladi.',
  ],
  'followUp.toOutcomes': [
    'Go to the outcomes',
    'К итогам',
    'Қорытындыларға өту',
    'Жыйынтыктарга өтүү',
    'Ба натиҷаҳо',
    'Netijelere geçmek',
    'Natijalarga oʻtish',
  ],
} as const satisfies Record<string, readonly [string, string, string, string, string, string, string]>;

type Key = keyof typeof ROWS;
type FollowUpCatalog = Record<Key, string>;
const column = (i: number): FollowUpCatalog =>
  Object.fromEntries(Object.entries(ROWS).map(([k, v]) => [k, v[i]!])) as FollowUpCatalog;

export const followUpEn: { [K in Key]: (typeof ROWS)[K][0] } = column(0) as { [K in Key]: (typeof ROWS)[K][0] };
export const followUpRu: FollowUpCatalog = column(1);
export const followUpKk: FollowUpCatalog = column(2);
export const followUpKy: FollowUpCatalog = column(3);
export const followUpTg: FollowUpCatalog = column(4);
export const followUpTk: FollowUpCatalog = column(5);
export const followUpUz: FollowUpCatalog = column(6);
