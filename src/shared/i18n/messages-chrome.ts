/**
 * The chrome and the empty states: the menu button that folds the navigation on a narrow screen, the
 * name of the secretariat's group of pages, and what each empty page suggests doing next. Written in
 * every interface language; the Central Asian ones await review by speakers of each language, as the
 * other catalogs in messages-more.ts do.
 */
export const chromeEn = {
  'chrome.menu': 'Menu',
  'chrome.description':
    'Expert Dialogue keeps the record of the expert dialogues held by research institutes of Central Asia: agendas, participants, statements, outcomes and how they are followed up.',
  'chrome.secretariat': 'Secretariat',
  'chrome.empty.dialogues': 'No dialogue is recorded yet.',
  'chrome.empty.dialoguesWait': 'Dialogues appear here once the secretariat plans them.',
  'chrome.empty.dialoguesPlan': 'Plan the first dialogue',
  'chrome.empty.dialoguesFiltered': 'Try fewer filters, or clear them all.',
  'chrome.empty.directory':
    'Nobody is recorded here yet. The secretariat adds institutions and people; meanwhile, the archive can be searched.',
  'chrome.empty.toSearch': 'Search the archive',
  'chrome.empty.tracker':
    'Choose a reference document above to see its provisions against the region’s countries, with the actions tied to them.',
  'chrome.empty.trackerNoDocuments': 'No reference document is recorded yet, so there is nothing to follow up.',
  'chrome.empty.toReferences': 'Browse the reference documents',
  'chrome.empty.search': 'Try a shorter word or another spelling; Latin and Cyrillic both work.',
  'chrome.empty.searchFiltered': 'Or search without the filters chosen on the right.',
  'chrome.empty.clearFilters': 'Clear the filters',
  'chrome.empty.outbox':
    'Invitations, reminders, digests and password resets appear here as they go out. Invite participants from a dialogue’s page.',
  'chrome.empty.toDialogues': 'Go to the dialogues',
  'chrome.empty.bindings':
    'Nothing to do. An account opened from an invitation sent to an address the directory does not list waits here for you to confirm who it is.',
  'chrome.empty.toUsers': 'See all accounts',
  'chrome.empty.users': 'Try part of the address or of the name, or any state.',
};

type ChromeCatalog = Record<keyof typeof chromeEn, string>;

export const chromeRu: ChromeCatalog = {
  'chrome.menu': 'Меню',
  'chrome.description':
    'Экспертный диалог хранит записи экспертных диалогов исследовательских институтов Центральной Азии: повестки, участников, выступления, итоги и их выполнение.',
  'chrome.secretariat': 'Секретариат',
  'chrome.empty.dialogues': 'Диалогов пока нет.',
  'chrome.empty.dialoguesWait': 'Диалоги появятся здесь, когда секретариат их запланирует.',
  'chrome.empty.dialoguesPlan': 'Запланировать первый диалог',
  'chrome.empty.dialoguesFiltered': 'Уберите часть фильтров или сбросьте их все.',
  'chrome.empty.directory':
    'Здесь пока никого нет. Организации и людей добавляет секретариат; а пока можно искать по архиву.',
  'chrome.empty.toSearch': 'Искать по архиву',
  'chrome.empty.tracker':
    'Выберите справочный документ выше, чтобы увидеть его положения по странам региона и связанные с ними действия.',
  'chrome.empty.trackerNoDocuments': 'Справочных документов пока нет, отслеживать нечего.',
  'chrome.empty.toReferences': 'Открыть справочные документы',
  'chrome.empty.search': 'Попробуйте слово покороче или другое написание; работают и латиница, и кириллица.',
  'chrome.empty.searchFiltered': 'Или ищите без фильтров, выбранных справа.',
  'chrome.empty.clearFilters': 'Сбросить фильтры',
  'chrome.empty.outbox':
    'Здесь появляются приглашения, напоминания, сводки и письма для сброса пароля, когда они отправлены. Пригласить участников можно на странице диалога.',
  'chrome.empty.toDialogues': 'К диалогам',
  'chrome.empty.bindings':
    'Делать нечего. Здесь ждёт подтверждения учётная запись, открытая по приглашению на адрес, которого нет в справочнике.',
  'chrome.empty.toUsers': 'Все учётные записи',
  'chrome.empty.users': 'Введите часть адреса или имени либо выберите любое состояние.',
};

export const chromeKk: ChromeCatalog = {
  'chrome.menu': 'Мәзір',
  'chrome.description':
    'Сарапшылар диалогы — Орталық Азия зерттеу институттары өткізетін сарапшылар диалогтарының жазбасы: күн тәртібі, қатысушылар, сөз сөйлеулер, қорытындылар және олардың орындалуы.',
  'chrome.secretariat': 'Хатшылық',
  'chrome.empty.dialogues': 'Әзірге бірде-бір диалог тіркелмеген.',
  'chrome.empty.dialoguesWait': 'Хатшылық жоспарлағанда диалогтар осында пайда болады.',
  'chrome.empty.dialoguesPlan': 'Алғашқы диалогты жоспарлау',
  'chrome.empty.dialoguesFiltered': 'Сүзгілерді азайтыңыз немесе барлығын тазартыңыз.',
  'chrome.empty.directory':
    'Мұнда әзірге ешкім жоқ. Ұйымдар мен адамдарды хатшылық қосады; әзірше мұрағаттан іздеуге болады.',
  'chrome.empty.toSearch': 'Мұрағаттан іздеу',
  'chrome.empty.tracker':
    'Жоғарыдан анықтамалық құжатты таңдаңыз: оның ережелері өңір елдері бойынша және оларға байланысты іс-әрекеттермен көрсетіледі.',
  'chrome.empty.trackerNoDocuments': 'Әзірге анықтамалық құжат жоқ, сондықтан қадағалайтын ештеңе жоқ.',
  'chrome.empty.toReferences': 'Анықтамалық құжаттарды қарау',
  'chrome.empty.search': 'Қысқарақ сөзді немесе басқа жазылуын көріңіз; латын да, кирилл де жарайды.',
  'chrome.empty.searchFiltered': 'Немесе оң жақта таңдалған сүзгілерсіз іздеңіз.',
  'chrome.empty.clearFilters': 'Сүзгілерді тазарту',
  'chrome.empty.outbox':
    'Шақырулар, еске салғыштар, шолулар және құпиясөзді қалпына келтіру хаттары жіберілген сайын осында көрінеді. Қатысушыларды диалог бетінен шақырыңыз.',
  'chrome.empty.toDialogues': 'Диалогтарға өту',
  'chrome.empty.bindings':
    'Істейтін ештеңе жоқ. Анықтамалықта жоқ мекенжайға жіберілген шақыру арқылы ашылған тіркелгі осында сіздің растауыңызды күтеді.',
  'chrome.empty.toUsers': 'Барлық тіркелгілер',
  'chrome.empty.users': 'Мекенжайдың немесе атаудың бір бөлігін енгізіңіз не кез келген күйді таңдаңыз.',
};

export const chromeKy: ChromeCatalog = {
  'chrome.menu': 'Меню',
  'chrome.description':
    'Эксперттик диалог — Борбордук Азиянын изилдөө институттары өткөргөн эксперттик диалогдордун жазуусу: күн тартиби, катышуучулар, сөздөр, жыйынтыктар жана алардын аткарылышы.',
  'chrome.secretariat': 'Катчылык',
  'chrome.empty.dialogues': 'Азырынча бир да диалог катталган эмес.',
  'chrome.empty.dialoguesWait': 'Катчылык пландаганда диалогдор бул жерде пайда болот.',
  'chrome.empty.dialoguesPlan': 'Биринчи диалогду пландоо',
  'chrome.empty.dialoguesFiltered': 'Чыпкаларды азайтыңыз же баарын тазалаңыз.',
  'chrome.empty.directory':
    'Бул жерде азырынча эч ким жок. Уюмдарды жана адамдарды катчылык кошот; азырынча архивден издөөгө болот.',
  'chrome.empty.toSearch': 'Архивден издөө',
  'chrome.empty.tracker':
    'Жогортодон маалымдама документти тандаңыз: анын жоболору аймактын өлкөлөрү боюнча жана аларга байланыштуу аракеттер менен көрсөтүлөт.',
  'chrome.empty.trackerNoDocuments': 'Азырынча маалымдама документ жок, ошондуктан көзөмөлдөй турган эч нерсе жок.',
  'chrome.empty.toReferences': 'Маалымдама документтерди кароо',
  'chrome.empty.search': 'Кыскараак сөздү же башка жазылышын байкап көрүңүз; латын да, кирилл да иштейт.',
  'chrome.empty.searchFiltered': 'Же оң жакта тандалган чыпкаларсыз издеңиз.',
  'chrome.empty.clearFilters': 'Чыпкаларды тазалоо',
  'chrome.empty.outbox':
    'Чакыруулар, эскертмелер, жыйынтыктар жана сырсөздү калыбына келтирүү каттары жөнөтүлгөндө бул жерде көрүнөт. Катышуучуларды диалогдун барагынан чакырыңыз.',
  'chrome.empty.toDialogues': 'Диалогдорго өтүү',
  'chrome.empty.bindings':
    'Кыла турган эч нерсе жок. Маалымдамада жок дарекке жөнөтүлгөн чакыруу менен ачылган каттоо эсеби бул жерде сиздин ырастооңузду күтөт.',
  'chrome.empty.toUsers': 'Бардык каттоо эсептери',
  'chrome.empty.users': 'Даректин же аттын бир бөлүгүн жазыңыз, же каалаган абалды тандаңыз.',
};

export const chromeTg: ChromeCatalog = {
  'chrome.menu': 'Меню',
  'chrome.description':
    'Муколамаи коршиносон — сабти муколамаҳои коршиносонаи пажӯҳишгоҳҳои Осиёи Марказӣ: рӯзнома, иштирокчиён, баромадҳо, натиҷаҳо ва иҷрои онҳо.',
  'chrome.secretariat': 'Котибот',
  'chrome.empty.dialogues': 'Ҳоло ягон муколама сабт нашудааст.',
  'chrome.empty.dialoguesWait': 'Муколамаҳо пас аз ба нақша гирифтани котибот дар ин ҷо пайдо мешаванд.',
  'chrome.empty.dialoguesPlan': 'Ба нақша гирифтани муколамаи аввал',
  'chrome.empty.dialoguesFiltered': 'Филтрҳоро кам кунед ё ҳамаашро тоза намоед.',
  'chrome.empty.directory':
    'Дар ин ҷо ҳоло касе нест. Ташкилотҳо ва шахсонро котибот илова мекунад; то он вақт дар бойгонӣ ҷустуҷӯ кардан мумкин аст.',
  'chrome.empty.toSearch': 'Ҷустуҷӯ дар бойгонӣ',
  'chrome.empty.tracker':
    'Аз боло ҳуҷҷати маълумотиро интихоб кунед, то муқаррароти он аз рӯи кишварҳои минтақа ва амалҳои марбут ба онҳо намоён шаванд.',
  'chrome.empty.trackerNoDocuments': 'Ҳоло ҳуҷҷати маълумотӣ нест, бинобар ин пайгирӣ кардан чизе нест.',
  'chrome.empty.toReferences': 'Дидани ҳуҷҷатҳои маълумотӣ',
  'chrome.empty.search': 'Калимаи кӯтоҳтар ё навишти дигарро санҷед; ҳам лотинӣ ва ҳам кириллӣ кор мекунад.',
  'chrome.empty.searchFiltered': 'Ё бе филтрҳое, ки дар тарафи рост интихоб шудаанд, ҷустуҷӯ кунед.',
  'chrome.empty.clearFilters': 'Тоза кардани филтрҳо',
  'chrome.empty.outbox':
    'Даъватномаҳо, ёдраскуниҳо, хулосаҳо ва мактубҳои барқарор кардани парол ҳангоми фиристода шудан дар ин ҷо пайдо мешаванд. Иштирокчиёнро аз саҳифаи муколама даъват кунед.',
  'chrome.empty.toDialogues': 'Ба муколамаҳо',
  'chrome.empty.bindings':
    'Коре нест. Ҳисобе, ки тавассути даъватнома ба суроғаи дар маълумотнома набуда кушода шудааст, дар ин ҷо тасдиқи шуморо интизор мешавад.',
  'chrome.empty.toUsers': 'Ҳамаи ҳисобҳо',
  'chrome.empty.users': 'Қисми суроға ё номро нависед ё ҳар ҳолатро интихоб кунед.',
};

export const chromeTk: ChromeCatalog = {
  'chrome.menu': 'Menýu',
  'chrome.description':
    'Bilermenleriň dialogy — Merkezi Aziýanyň ylmy-barlag institutlarynyň geçirýän bilermenler dialoglarynyň ýazgysy: gün tertibi, gatnaşyjylar, çykyşlar, netijeler we olaryň ýerine ýetirilişi.',
  'chrome.secretariat': 'Sekretariat',
  'chrome.empty.dialogues': 'Entek hiç bir dialog hasaba alynmady.',
  'chrome.empty.dialoguesWait': 'Sekretariat meýilleşdirende dialoglar şu ýerde peýda bolar.',
  'chrome.empty.dialoguesPlan': 'Ilkinji dialogy meýilleşdirmek',
  'chrome.empty.dialoguesFiltered': 'Süzgüçleri azaldyň ýa-da hemmesini arassalaň.',
  'chrome.empty.directory':
    'Bu ýerde entek hiç kim ýok. Guramalary we adamlary sekretariat goşýar; häzirlikçe arhiwden gözläp bolýar.',
  'chrome.empty.toSearch': 'Arhiwden gözlemek',
  'chrome.empty.tracker':
    'Ýokardan salgylanma resminamany saýlaň: onuň düzgünleri sebitiň ýurtlary boýunça we olar bilen baglanyşykly hereketler bilen görkeziler.',
  'chrome.empty.trackerNoDocuments': 'Entek salgylanma resminama ýok, şonuň üçin yzarlamaly zat ýok.',
  'chrome.empty.toReferences': 'Salgylanma resminamalary görmek',
  'chrome.empty.search': 'Has gysga sözi ýa-da başga ýazylyşyny synap görüň; latyn hem, kiril hem işleýär.',
  'chrome.empty.searchFiltered': 'Ýa-da sagda saýlanan süzgüçsiz gözläň.',
  'chrome.empty.clearFilters': 'Süzgüçleri arassalamak',
  'chrome.empty.outbox':
    'Çakylyklar, ýatlatmalar, jemler we açar sözi dikeltmek hatlary iberilende şu ýerde görünýär. Gatnaşyjylary dialogyň sahypasyndan çagyryň.',
  'chrome.empty.toDialogues': 'Dialoglara geçmek',
  'chrome.empty.bindings':
    'Etmeli iş ýok. Salgylanmada ýok salga iberilen çakylyk bilen açylan hasap şu ýerde siziň tassyklamagyňyza garaşýar.',
  'chrome.empty.toUsers': 'Ähli hasaplar',
  'chrome.empty.users': 'Salgynyň ýa-da adyň bir bölegini ýazyň ýa-da islendik ýagdaýy saýlaň.',
};

export const chromeUz: ChromeCatalog = {
  'chrome.menu': 'Menyu',
  'chrome.description':
    'Ekspertlar muloqoti — Markaziy Osiyo tadqiqot institutlari oʻtkazadigan ekspert muloqotlarining qaydi: kun tartibi, ishtirokchilar, chiqishlar, natijalar va ularning ijrosi.',
  'chrome.secretariat': 'Kotibiyat',
  'chrome.empty.dialogues': 'Hozircha birorta ham muloqot qayd etilmagan.',
  'chrome.empty.dialoguesWait': 'Kotibiyat rejalashtirgach, muloqotlar shu yerda paydo boʻladi.',
  'chrome.empty.dialoguesPlan': 'Birinchi muloqotni rejalashtirish',
  'chrome.empty.dialoguesFiltered': 'Filtrlarni kamaytiring yoki hammasini tozalang.',
  'chrome.empty.directory':
    'Bu yerda hozircha hech kim yoʻq. Tashkilotlar va shaxslarni kotibiyat qoʻshadi; hozircha arxivdan qidirish mumkin.',
  'chrome.empty.toSearch': 'Arxivdan qidirish',
  'chrome.empty.tracker':
    'Yuqoridan maʼlumotnoma hujjatini tanlang: uning qoidalari mintaqa mamlakatlari boʻyicha va ularga bogʻliq harakatlar bilan koʻrsatiladi.',
  'chrome.empty.trackerNoDocuments': 'Hozircha maʼlumotnoma hujjati yoʻq, shuning uchun kuzatadigan narsa yoʻq.',
  'chrome.empty.toReferences': 'Maʼlumotnoma hujjatlarini koʻrish',
  'chrome.empty.search': 'Qisqaroq soʻz yoki boshqa yozilishni sinab koʻring; lotin ham, kirill ham ishlaydi.',
  'chrome.empty.searchFiltered': 'Yoki oʻng tomonda tanlangan filtrlarsiz qidiring.',
  'chrome.empty.clearFilters': 'Filtrlarni tozalash',
  'chrome.empty.outbox':
    'Taklifnomalar, eslatmalar, sharhlar va parolni tiklash xatlari yuborilganda shu yerda koʻrinadi. Ishtirokchilarni muloqot sahifasidan taklif qiling.',
  'chrome.empty.toDialogues': 'Muloqotlarga oʻtish',
  'chrome.empty.bindings':
    'Qiladigan ish yoʻq. Maʼlumotnomada yoʻq manzilga yuborilgan taklifnoma orqali ochilgan hisob shu yerda tasdiqlashingizni kutadi.',
  'chrome.empty.toUsers': 'Barcha hisoblar',
  'chrome.empty.users': 'Manzil yoki ismning bir qismini yozing yoki istalgan holatni tanlang.',
};
