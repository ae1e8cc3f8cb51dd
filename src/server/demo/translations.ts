import type { MultiText } from '../../shared/multilingual.ts';

/**
 * The demo's texts in Kazakh, Uzbek and Turkmen, keyed by their English version: the names of the
 * institutions, offices and documents, and the dialogue of 2020 (its title, agenda, and translations
 * of what its speakers are reported to have said). Marked unchecked: they await review by speakers
 * of each language, as the generated samples in docs/samples do.
 */
const T: Record<string, Record<'kk' | 'uz' | 'tk', string>> = {
  'UN Regional Centre for Preventive Diplomacy for Central Asia': {
    kk: 'БҰҰ-ның Орталық Азия үшін превентивті дипломатия жөніндегі өңірлік орталығы',
    uz: 'BMTning Markaziy Osiyo uchun preventiv diplomatiya boʻyicha mintaqaviy markazi',
    tk: 'BMG-niň Merkezi Aziýa üçin Öňüni alyş diplomatiýasy boýunça sebit merkezi',
  },
  'Secretariat of the Shanghai Cooperation Organisation': {
    kk: 'Шанхай ынтымақтастық ұйымының Хатшылығы',
    uz: 'Shanxay hamkorlik tashkiloti Kotibiyati',
    tk: 'Şanhaý hyzmatdaşlyk guramasynyň Sekretariaty',
  },
  'Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Президенті жанындағы Қазақстан стратегиялық зерттеулер институты',
    uz: 'Qozogʻiston Respublikasi Prezidenti huzuridagi Qozogʻiston strategik tadqiqotlar instituti',
    tk: 'Gazagystan Respublikasynyň Prezidentiniň ýanyndaky Gazagystanyň strategik barlaglar instituty',
  },
  'National Institute for Strategic Studies under the President of the Republic of Tajikistan': {
    kk: 'Тәжікстан Республикасы Президенті жанындағы Ұлттық стратегиялық зерттеулер институты',
    uz: 'Tojikiston Respublikasi Prezidenti huzuridagi Milliy strategik tadqiqotlar instituti',
    tk: 'Täjigistan Respublikasynyň Prezidentiniň ýanyndaky Milli strategik barlaglar instituty',
  },
  'Center for Strategic Research under the President of the Republic of Tajikistan': {
    kk: 'Тәжікстан Республикасы Президенті жанындағы Стратегиялық зерттеулер орталығы',
    uz: 'Tojikiston Respublikasi Prezidenti huzuridagi Strategik tadqiqotlar markazi',
    tk: 'Täjigistan Respublikasynyň Prezidentiniň ýanyndaky Strategik barlaglar merkezi',
  },
  'Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan': {
    kk: 'Өзбекстан Республикасы Президенті жанындағы Стратегиялық және өңіраралық зерттеулер институты',
    uz: 'Oʻzbekiston Respublikasi Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti',
    tk: 'Özbegistan Respublikasynyň Prezidentiniň ýanyndaky Strategik we sebitara barlaglar instituty',
  },
  'Institute for Strategic and Interregional Studies under the President of the Republic of Uzbekistan': {
    kk: 'Өзбекстан Республикасы Президенті жанындағы Стратегиялық және өңіраралық зерттеулер институты',
    uz: 'Oʻzbekiston Respublikasi Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti',
    tk: 'Özbegistan Respublikasynyň Prezidentiniň ýanyndaky Strategik we sebitara barlaglar instituty',
  },
  'Ministry of Foreign Affairs of Turkmenistan': {
    kk: 'Түрікменстан Сыртқы істер министрлігі',
    uz: 'Turkmaniston Tashqi ishlar vazirligi',
    tk: 'Türkmenistanyň Daşary işler ministrligi',
  },
  'Vladimir Norov': { kk: 'Владимир Норов', uz: 'Vladimir Norov', tk: 'Wladimir Norow' },
  'Secretary-General of the SCO': { kk: 'ШЫҰ Бас хатшысы', uz: 'ShHT Bosh kotibi', tk: 'ŞHG-niň Baş sekretary' },
  'Head of the institute': { kk: 'Институт басшысы', uz: 'Institut rahbari', tk: 'Institutyň ýolbaşçysy' },
  Representative: { kk: 'Өкіл', uz: 'Vakil', tk: 'Wekil' },
  'Strengthening regional and international cooperation to ensure peace, stability and sustainable development in the Central Asian region':
    {
      kk: 'Орталық Азия өңірінде бейбітшілікті, тұрақтылықты және орнықты дамуды қамтамасыз ету үшін өңірлік және халықаралық ынтымақтастықты нығайту',
      uz: 'Markaziy Osiyo mintaqasida tinchlik, barqarorlik va barqaror rivojlanishni taʼminlash maqsadida mintaqaviy va xalqaro hamkorlikni mustahkamlash',
      tk: 'Merkezi Aziýa sebitinde parahatçylygy, durnuklylygy we durnukly ösüşi üpjün etmek üçin sebit we halkara hyzmatdaşlygyny berkitmek',
    },
  'Joint Statement of the Second Consultative Meeting of the Heads of State of Central Asia': {
    kk: 'Орталық Азия мемлекеттері басшыларының екінші Консультативтік кездесуінің Бірлескен мәлімдемесі',
    uz: 'Markaziy Osiyo davlatlari rahbarlarining ikkinchi Maslahat uchrashuvi Qoʻshma bayonoti',
    tk: 'Merkezi Aziýa döwletleriniň Baştutanlarynyň ikinji Konsultatiw duşuşygynyň Bilelikdäki beýannamasy',
  },
  'Regulations for holding the Consultative Meetings of the Heads of State of Central Asia': {
    kk: 'Орталық Азия мемлекеттері басшыларының Консультативтік кездесулерін өткізу ережесі',
    uz: 'Markaziy Osiyo davlatlari rahbarlarining Maslahat uchrashuvlarini oʻtkazish toʻgʻrisidagi nizom',
    tk: 'Merkezi Aziýa döwletleriniň Baştutanlarynyň Konsultatiw duşuşyklaryny geçirmegiň Düzgünnamasy',
  },
  'Dialogue of representatives of research centres of Central Asian countries': {
    kk: 'Орталық Азия елдерінің зерттеу орталықтары өкілдерінің диалогы',
    uz: 'Markaziy Osiyo mamlakatlari tadqiqot markazlari vakillarining muloqoti',
    tk: 'Merkezi Aziýa ýurtlarynyň barlag merkezleriniň wekilleriniň dialogy',
  },
  'Practical implementation of UNGA resolution A/RES/72/283 (22 June 2018)': {
    kk: 'БҰҰ Бас Ассамблеясының A/RES/72/283 қарарын (2018 жылғы 22 маусым) іс жүзінде орындау',
    uz: 'BMT Bosh Assambleyasining A/RES/72/283-son rezolyutsiyasini (2018-yil 22-iyun) amalda bajarish',
    tk: 'BMG-niň Baş Assambleýasynyň A/RES/72/283 belgili Kararnamasyny (2018-nji ýylyň 22-nji iýuny) amalda ýerine ýetirmek',
  },
  'Agreements of the Second Consultative Meeting of the Heads of State (Tashkent, 29 November 2019)': {
    kk: 'Мемлекет басшыларының екінші Консультативтік кездесуінің уағдаластықтары (Ташкент, 2019 жылғы 29 қараша)',
    uz: 'Davlat rahbarlari ikkinchi Maslahat uchrashuvining kelishuvlari (Toshkent, 2019-yil 29-noyabr)',
    tk: 'Döwlet Baştutanlarynyň ikinji Konsultatiw duşuşygynyň ylalaşyklary (Daşkent, 2019-njy ýylyň 29-njy noýabry)',
  },
  'Cooperation in key areas after the pandemic': {
    kk: 'Пандемиядан кейінгі кезеңде негізгі салалардағы ынтымақтастық',
    uz: 'Pandemiyadan keyingi davrda asosiy sohalardagi hamkorlik',
    tk: 'Pandemiýadan soňky döwürde esasy ugurlarda hyzmatdaşlyk',
  },
  'Held while the pandemic continues, the meeting is timely: its effects reach security as well as the economy, the environment and humanitarian affairs.':
    {
      kk: 'Кездесу өз уақытында өтіп отыр: пандемия жалғасуда, оның салдары қауіпсіздікке, экономикаға, экологияға және гуманитарлық салаға әсер етуде.',
      uz: 'Uchrashuv oʻz vaqtida oʻtkazilmoqda: pandemiya davom etmoqda, uning oqibatlari xavfsizlik, iqtisodiyot, ekologiya va gumanitar sohaga taʼsir koʻrsatmoqda.',
      tk: 'Duşuşyk öz wagtynda geçirilýär: pandemiýa dowam edýär, onuň netijeleri howpsuzlyga, ykdysadyýete, ekologiýa we ynsanperwer ulgama täsir edýär.',
    },
  'The pandemic has weighed heavily on the whole system of international relations.': {
    kk: 'Пандемия халықаралық қатынастардың бүкіл жүйесіне елеулі әсер етті.',
    uz: 'Pandemiya xalqaro munosabatlarning butun tizimiga jiddiy taʼsir koʻrsatdi.',
    tk: 'Pandemiýa halkara gatnaşyklarynyň tutuş ulgamyna çuňňur täsir etdi.',
  },
  'Meeting the challenge requires leaving political confrontation behind, globally and regionally, and turning away from nationalism, populism and protectionism.':
    {
      kk: 'Бұл сын-қатерді еңсеру үшін жаһандық және өңірлік деңгейдегі саяси қарама-қайшылықтан арылып, ұлтшылдықтан, популизмнен және протекционизмнен бас тарту қажет.',
      uz: 'Bu tahdidni yengish uchun global va mintaqaviy darajadagi siyosiy qarama-qarshilikdan voz kechish, millatchilik, populizm va proteksionizmdan yuz oʻgirish zarur.',
      tk: 'Bu synagy ýeňip geçmek üçin global we sebit derejesindäki syýasy garşydaşlykdan el çekmek, milletçilikden, populizmden we proteksionizmden ýüz öwürmek zerur.',
    },
  'Multilateral action and diplomacy are decisive in fighting the pandemic.': {
    kk: 'Пандемиямен күресте көпжақты іс-қимыл мен дипломатия шешуші мәнге ие.',
    uz: 'Pandemiyaga qarshi kurashda koʻp tomonlama harakatlar va diplomatiya hal qiluvchi ahamiyatga ega.',
    tk: 'Pandemiýa garşy göreşde köptaraplaýyn hereketler we diplomatiýa çözüji ähmiýete eýedir.',
  },
  'From the outset the SCO urged the international community to work more closely through the World Health Organization.':
    {
      kk: 'ШЫҰ басынан бастап халықаралық қоғамдастықты Дүниежүзілік денсаулық сақтау ұйымы арқылы тығызырақ әрекеттесуге шақырды.',
      uz: 'ShHT boshidanoq xalqaro hamjamiyatni Jahon sogʻliqni saqlash tashkiloti orqali yanada yaqinroq hamkorlik qilishga chaqirdi.',
      tk: 'ŞHG ilkibaşdan halkara jemgyýetçiligini Bütindünýä saglygy goraýyş guramasy arkaly has ýakyndan hyzmatdaşlyk etmäge çagyrdy.',
    },
  'the core of the Organization and its priority area of activity': {
    kk: 'Ұйымның өзегі және оның қызметінің басым бағыты',
    uz: 'Tashkilotning oʻzagi va uning faoliyatining ustuvor yoʻnalishi',
    tk: 'Guramanyň özeni we onuň işiniň ileri tutulýan ugry',
  },
  'SCO member states back the Central Asian countries in deepening their cooperation across many fields.': {
    kk: 'ШЫҰ-ға мүше мемлекеттер Орталық Азия елдерінің түрлі салалардағы ынтымақтастықты тереңдету ұмтылысын қолдайды.',
    uz: 'ShHTga aʼzo davlatlar Markaziy Osiyo mamlakatlarining turli sohalarda hamkorlikni chuqurlashtirish intilishini qoʻllab-quvvatlaydi.',
    tk: 'ŞHG-niň agza döwletleri Merkezi Aziýa ýurtlarynyň dürli ugurlarda hyzmatdaşlygy çuňlaşdyrmak ymtylyşyny goldaýar.',
  },
  'A stronger political dialogue among the Central Asian states in recent years helps the region put its transit and transport, water and energy, and tourism potential to effective use.':
    {
      kk: 'Соңғы жылдары нығайған Орталық Азия мемлекеттерінің саяси диалогы өңірге өзінің транзиттік-көліктік, су-энергетикалық және туристік әлеуетін тиімді пайдалануға көмектеседі.',
      uz: 'Soʻnggi yillarda mustahkamlangan Markaziy Osiyo davlatlari oʻrtasidagi siyosiy muloqot mintaqaga oʻzining tranzit-transport, suv-energetika va turizm salohiyatidan samarali foydalanishga yordam bermoqda.',
      tk: 'Soňky ýyllarda berkän Merkezi Aziýa döwletleriniň syýasy gatnaşyklary sebite özüniň üstaşyr-ulag, suw-energetika we syýahatçylyk mümkinçiliklerini netijeli peýdalanmaga ýardam edýär.',
    },
  "Closing, he argued for holding expert dialogues of this kind, stressing preventive diplomacy and the weight of scholarly expertise in studying the region's pressing problems.":
    {
      kk: 'Сөзінің соңында ол осындай сарапшылық диалогтарды өткізуді қолдап, превентивті дипломатияның және өңірдің өзекті мәселелерін зерттеудегі ғылыми сараптаманың маңызын атап өтті.',
      uz: 'Soʻzining yakunida u bunday ekspert muloqotlarini oʻtkazish tarafdori ekanini bildirib, preventiv diplomatiya va mintaqaning dolzarb muammolarini oʻrganishda ilmiy ekspertizaning ahamiyatini taʼkidladi.',
      tk: 'Çykyşynyň ahyrynda ol şeýle bilermenler dialoglaryny geçirmegi goldap, öňüni alyş diplomatiýasynyň we sebitiň möhüm meselelerini öwrenmekde ylmy bilermenligiň ähmiýetini belledi.',
    },
  "The institutes stressed developing bilateral and regional cooperation to soften the pandemic's social and economic consequences.":
    {
      kk: 'Институттар пандемияның әлеуметтік-экономикалық салдарын жұмсарту үшін екіжақты және өңірлік ынтымақтастықты дамытудың маңыздылығын атап өтті.',
      uz: 'Institutlar pandemiyaning ijtimoiy-iqtisodiy oqibatlarini yumshatish uchun ikki tomonlama va mintaqaviy hamkorlikni rivojlantirish muhimligini taʼkidladi.',
      tk: 'Institutlar pandemiýanyň durmuş-ykdysady netijelerini ýumşatmak üçin ikitaraplaýyn we sebit hyzmatdaşlygyny ösdürmegiň möhümdigini bellediler.',
    },
  'Bilateral and regional cooperation should be developed to mitigate the social and economic consequences of the pandemic.':
    {
      kk: 'Пандемияның әлеуметтік-экономикалық салдарын жұмсарту үшін екіжақты және өңірлік ынтымақтастықты дамыту қажет.',
      uz: 'Pandemiyaning ijtimoiy-iqtisodiy oqibatlarini yumshatish uchun ikki tomonlama va mintaqaviy hamkorlikni rivojlantirish lozim.',
      tk: 'Pandemiýanyň durmuş-ykdysady netijelerini ýumşatmak üçin ikitaraplaýyn we sebit hyzmatdaşlygyny ösdürmek zerur.',
    },
  "Expert dialogues of this kind are worth holding, for preventive diplomacy and for bringing scholarly expertise to the region's pressing problems.":
    {
      kk: 'Превентивті дипломатия үшін және өңірдің өзекті мәселелеріне ғылыми сараптаманы тарту үшін осындай сарапшылық диалогтарды өткізген жөн.',
      uz: 'Preventiv diplomatiya hamda mintaqaning dolzarb muammolariga ilmiy ekspertizani jalb etish uchun bunday ekspert muloqotlarini oʻtkazish maqsadga muvofiq.',
      tk: 'Öňüni alyş diplomatiýasy we sebitiň möhüm meselelerine ylmy bilermenligi çekmek üçin şeýle bilermenler dialoglaryny geçirmek maksadalaýykdyr.',
    },
};

const isMultiText = (v: unknown): v is MultiText =>
  typeof v === 'object' && v !== null && 'original' in v && 'texts' in v && typeof v.texts === 'object';

/**
 * The value with the translations above added to every multilingual text in it that has an English
 * version listed; versions already there are kept.
 */
export function translated<T>(value: T): T {
  if (isMultiText(value)) {
    const extra = T[value.texts.en?.text ?? ''];
    if (!extra) return value;
    const added = Object.entries(extra).filter(([lang]) => !value.texts[lang]);
    return {
      ...value,
      texts: { ...value.texts, ...Object.fromEntries(added.map(([l, text]) => [l, { text, checked: false }])) },
    };
  }
  if (Array.isArray(value)) return value.map(translated) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translated(v)])) as T;
  return value;
}
