/**
 * Clearance under the Chatham House Rule: the clearing view, its notices on the dialogue page and in
 * the publications panel. Written in every interface language; the Central Asian ones await review
 * by speakers of each language, as the other catalogs in messages-more.ts do.
 */
export const clearanceEn = {
  'clearance.title': 'Clearance under the Chatham House Rule',
  'clearance.link': 'Clearance ({count, plural, =0 {nothing waiting} other {# waiting}})',
  'clearance.intro':
    'What was said under the Chatham House Rule reaches readers outside the dialogue only once the rapporteur or the secretariat has cleared it. Read each text, strike out whatever could identify a speaker or an institution, then clear it.',
  'clearance.back': 'Back to the record',
  'clearance.pendingCount':
    '{count, plural, =0 {Nothing waits for clearance.} one {# text waits for clearance.} other {# texts wait for clearance.}}',
  'clearance.none': 'Nothing in this dialogue was said under the Chatham House Rule.',
  'clearance.list': 'Texts said under the Rule',
  'clearance.kind.statement': 'Statement',
  'clearance.kind.outcome': 'Outcome',
  'clearance.state.pending': 'Waiting for clearance',
  'clearance.state.cleared': 'Cleared',
  'clearance.notCleared': 'Not yet cleared',
  'clearance.choose': 'Choose a text from the list to clear it.',
  'clearance.speaker': 'Speaker: {name}',
  'clearance.legend': 'Marked because it may identify someone',
  'clearance.candidate.name': 'name',
  'clearance.candidate.position': 'position',
  'clearance.candidate.organization': 'institution',
  'clearance.candidateCount':
    '{count, plural, =0 {Nothing here looks like a name, a position or an institution; read it all the same.} one {# passage may identify someone.} other {# passages may identify someone.}}',
  'clearance.original': 'original',
  'clearance.suggested': 'Suggested redaction',
  'clearance.accept': 'Accept the suggested redaction',
  'clearance.accepted': 'The suggested redaction is in the editor. Read it, change it if need be, then clear it.',
  'clearance.edit': 'Edit the text',
  'clearance.discard': 'Discard my changes',
  'clearance.editLabel': 'Text to release: {lang}',
  'clearance.willSave': 'Your edited text is saved first, then cleared.',
  'clearance.languages': 'Language versions to release',
  'clearance.clear': 'Clear for publication',
  'clearance.clearing': 'Clearing…',
  'clearance.done': 'Cleared for publication. Readers outside the dialogue now see it in: {languages}.',
  'clearance.clearedOn': 'Cleared on {date}. Released in: {languages}.',
  'clearance.next': 'Next waiting text',
  'clearance.notice':
    '{count, plural, one {# statement or outcome under the Chatham House Rule waits for clearance; approval is refused until it is cleared.} other {# statements and outcomes under the Chatham House Rule wait for clearance; approval is refused until they are cleared.}}',
  'clearance.openList': 'Go to clearance',
  'clearance.refused': 'Texts are cleared by those who keep this dialogue’s record and by the secretariat.',
  'validation.awaiting_clearance':
    'Statements and outcomes said under the Chatham House Rule wait for clearance: clear them first.',
} as const;

type ClearanceCatalog = Record<keyof typeof clearanceEn, string>;

export const clearanceRu: ClearanceCatalog = {
  'clearance.title': 'Одобрение текстов по правилу Чатем-хауса',
  'clearance.link':
    'Одобрение ({count, plural, =0 {ничего не ждёт} one {# ждёт} few {# ждут} many {# ждут} other {# ждут}})',
  'clearance.intro':
    'Сказанное по правилу Чатем-хауса доходит до читателей вне диалога только после того, как его одобрит докладчик или секретариат. Прочитайте каждый текст, уберите всё, что может указать на выступающего или организацию, и одобрите его.',
  'clearance.back': 'К записи диалога',
  'clearance.pendingCount':
    '{count, plural, =0 {Нет текстов, ожидающих одобрения.} one {# текст ждёт одобрения.} few {# текста ждут одобрения.} many {# текстов ждут одобрения.} other {# текста ждут одобрения.}}',
  'clearance.none': 'В этом диалоге ничего не было сказано по правилу Чатем-хауса.',
  'clearance.list': 'Тексты, сказанные по правилу',
  'clearance.kind.statement': 'Выступление',
  'clearance.kind.outcome': 'Итог',
  'clearance.state.pending': 'Ждёт одобрения',
  'clearance.state.cleared': 'Одобрено',
  'clearance.notCleared': 'Ещё не одобрено',
  'clearance.choose': 'Выберите текст в списке, чтобы одобрить его.',
  'clearance.speaker': 'Выступающий: {name}',
  'clearance.legend': 'Отмечено, потому что может указать на человека',
  'clearance.candidate.name': 'имя',
  'clearance.candidate.position': 'должность',
  'clearance.candidate.organization': 'организация',
  'clearance.candidateCount':
    '{count, plural, =0 {Здесь нет ничего похожего на имя, должность или организацию; всё же прочитайте текст.} one {# фрагмент может указать на человека.} few {# фрагмента могут указать на человека.} many {# фрагментов могут указать на человека.} other {# фрагмента могут указать на человека.}}',
  'clearance.original': 'оригинал',
  'clearance.suggested': 'Предлагаемая правка',
  'clearance.accept': 'Принять предлагаемую правку',
  'clearance.accepted': 'Предлагаемая правка — в редакторе. Прочитайте её, при необходимости измените и одобрите.',
  'clearance.edit': 'Изменить текст',
  'clearance.discard': 'Отменить мои изменения',
  'clearance.editLabel': 'Текст для публикации: {lang}',
  'clearance.willSave': 'Изменённый текст будет сначала сохранён, затем одобрен.',
  'clearance.languages': 'Какие языковые версии открыть',
  'clearance.clear': 'Одобрить к публикации',
  'clearance.clearing': 'Одобрение…',
  'clearance.done': 'Одобрено к публикации. Читатели вне диалога теперь видят текст на языках: {languages}.',
  'clearance.clearedOn': 'Одобрено {date}. Открыто на языках: {languages}.',
  'clearance.next': 'Следующий ожидающий текст',
  'clearance.notice':
    '{count, plural, one {# выступление или итог по правилу Чатем-хауса ждёт одобрения; утвердить публикацию нельзя, пока он не одобрен.} few {# выступления и итога по правилу Чатем-хауса ждут одобрения; утвердить публикацию нельзя, пока они не одобрены.} many {# выступлений и итогов по правилу Чатем-хауса ждут одобрения; утвердить публикацию нельзя, пока они не одобрены.} other {# выступления и итога по правилу Чатем-хауса ждут одобрения; утвердить публикацию нельзя, пока они не одобрены.}}',
  'clearance.openList': 'Перейти к одобрению',
  'clearance.refused': 'Тексты одобряют те, кто ведёт запись этого диалога, и секретариат.',
  'validation.awaiting_clearance': 'Выступления и итоги по правилу Чатем-хауса ждут одобрения: сначала одобрите их.',
};

export const clearanceKk: ClearanceCatalog = {
  'clearance.title': 'Чатем-хаус ережесі бойынша мәтіндерді мақұлдау',
  'clearance.link': 'Мақұлдау ({count, plural, =0 {күтетін ештеңе жоқ} other {# күтуде}})',
  'clearance.intro':
    'Чатем-хаус ережесі бойынша айтылғандар диалогтан тыс оқырмандарға баяндамашы немесе хатшылық мақұлдағаннан кейін ғана жетеді. Әр мәтінді оқып, сөйлеушіні немесе мекемені анықтауға мүмкіндік беретіннің бәрін алып тастаңыз да, мақұлдаңыз.',
  'clearance.back': 'Диалог жазбасына оралу',
  'clearance.pendingCount':
    '{count, plural, =0 {Мақұлдауды күтетін мәтін жоқ.} one {# мәтін мақұлдауды күтуде.} other {# мәтін мақұлдауды күтуде.}}',
  'clearance.none': 'Бұл диалогта Чатем-хаус ережесі бойынша ештеңе айтылмаған.',
  'clearance.list': 'Ереже бойынша айтылған мәтіндер',
  'clearance.kind.statement': 'Сөйлеген сөз',
  'clearance.kind.outcome': 'Қорытынды',
  'clearance.state.pending': 'Мақұлдауды күтуде',
  'clearance.state.cleared': 'Мақұлданды',
  'clearance.notCleared': 'Әлі мақұлданбаған',
  'clearance.choose': 'Мақұлдау үшін тізімнен мәтінді таңдаңыз.',
  'clearance.speaker': 'Сөйлеуші: {name}',
  'clearance.legend': 'Адамды анықтауы мүмкін болғандықтан белгіленген',
  'clearance.candidate.name': 'есім',
  'clearance.candidate.position': 'лауазым',
  'clearance.candidate.organization': 'мекеме',
  'clearance.candidateCount':
    '{count, plural, =0 {Мұнда есімге, лауазымға немесе мекемеге ұқсас ештеңе жоқ; бәрібір оқып шығыңыз.} one {# үзінді адамды анықтауы мүмкін.} other {# үзінді адамды анықтауы мүмкін.}}',
  'clearance.original': 'түпнұсқа',
  'clearance.suggested': 'Ұсынылған түзету',
  'clearance.accept': 'Ұсынылған түзетуді қабылдау',
  'clearance.accepted': 'Ұсынылған түзету редакторда. Оны оқып, қажет болса өзгертіп, мақұлдаңыз.',
  'clearance.edit': 'Мәтінді өңдеу',
  'clearance.discard': 'Өзгерістерімді болдырмау',
  'clearance.editLabel': 'Жариялауға арналған мәтін: {lang}',
  'clearance.willSave': 'Өңделген мәтін алдымен сақталады, содан кейін мақұлданады.',
  'clearance.languages': 'Жарияланатын тіл нұсқалары',
  'clearance.clear': 'Жариялауға мақұлдау',
  'clearance.clearing': 'Мақұлдануда…',
  'clearance.done': 'Жариялауға мақұлданды. Диалогтан тыс оқырмандар енді оны мына тілдерде көреді: {languages}.',
  'clearance.clearedOn': '{date} мақұлданды. Жарияланған тілдер: {languages}.',
  'clearance.next': 'Келесі күтіп тұрған мәтін',
  'clearance.notice':
    'Чатем-хаус ережесі бойынша айтылған {count} сөз бен қорытынды мақұлдауды күтуде; олар мақұлданбайынша жарияланымды бекітуге болмайды.',
  'clearance.openList': 'Мақұлдауға өту',
  'clearance.refused': 'Мәтіндерді осы диалогтың жазбасын жүргізетіндер мен хатшылық мақұлдайды.',
  'validation.awaiting_clearance':
    'Чатем-хаус ережесі бойынша айтылған сөздер мен қорытындылар мақұлдауды күтуде: алдымен оларды мақұлдаңыз.',
};

export const clearanceKy: ClearanceCatalog = {
  'clearance.title': 'Чатэм-Хаус эрежеси боюнча тексттерди жактыруу',
  'clearance.link': 'Жактыруу ({count, plural, =0 {күтүүдө эч нерсе жок} other {# күтүүдө}})',
  'clearance.intro':
    'Чатэм-Хаус эрежеси боюнча айтылгандар диалогдон тышкаркы окурмандарга баяндамачы же катчылык жактыргандан кийин гана жетет. Ар бир текстти окуп, сүйлөгөн адамды же мекемени аныктай турган нерселердин баарын алып салып, жактырыңыз.',
  'clearance.back': 'Диалогдун жазуусуна кайтуу',
  'clearance.pendingCount':
    '{count, plural, =0 {Жактырууну күткөн текст жок.} one {# текст жактырууну күтүүдө.} other {# текст жактырууну күтүүдө.}}',
  'clearance.none': 'Бул диалогдо Чатэм-Хаус эрежеси боюнча эч нерсе айтылган эмес.',
  'clearance.list': 'Эреже боюнча айтылган тексттер',
  'clearance.kind.statement': 'Сүйлөгөн сөз',
  'clearance.kind.outcome': 'Жыйынтык',
  'clearance.state.pending': 'Жактырууну күтүүдө',
  'clearance.state.cleared': 'Жактырылды',
  'clearance.notCleared': 'Азырынча жактырыла элек',
  'clearance.choose': 'Жактыруу үчүн тизмеден текст тандаңыз.',
  'clearance.speaker': 'Сүйлөгөн: {name}',
  'clearance.legend': 'Адамды аныктап коюшу мүмкүн болгондуктан белгиленди',
  'clearance.candidate.name': 'ысым',
  'clearance.candidate.position': 'кызмат орду',
  'clearance.candidate.organization': 'мекеме',
  'clearance.candidateCount':
    '{count, plural, =0 {Бул жерде ысымга, кызмат ордуна же мекемеге окшош эч нерсе жок; баары бир окуп чыгыңыз.} one {# үзүндү адамды аныктап коюшу мүмкүн.} other {# үзүндү адамды аныктап коюшу мүмкүн.}}',
  'clearance.original': 'түп нуска',
  'clearance.suggested': 'Сунушталган оңдоо',
  'clearance.accept': 'Сунушталган оңдоону кабыл алуу',
  'clearance.accepted': 'Сунушталган оңдоо редактордо. Аны окуп, керек болсо өзгөртүп, жактырыңыз.',
  'clearance.edit': 'Текстти оңдоо',
  'clearance.discard': 'Өзгөртүүлөрүмдү жокко чыгаруу',
  'clearance.editLabel': 'Жарыялана турган текст: {lang}',
  'clearance.willSave': 'Оңдолгон текст адегенде сакталат, андан кийин жактырылат.',
  'clearance.languages': 'Жарыялана турган тил нускалары',
  'clearance.clear': 'Жарыялоого жактыруу',
  'clearance.clearing': 'Жактырылууда…',
  'clearance.done': 'Жарыялоого жактырылды. Диалогдон тышкаркы окурмандар аны эми бул тилдерде көрүшөт: {languages}.',
  'clearance.clearedOn': '{date} жактырылган. Жарыяланган тилдер: {languages}.',
  'clearance.next': 'Кийинки күтүүдөгү текст',
  'clearance.notice':
    'Чатэм-Хаус эрежеси боюнча айтылган {count} сөз жана жыйынтык жактырууну күтүүдө; алар жактырылмайынча жарыялоону бекитүүгө болбойт.',
  'clearance.openList': 'Жактырууга өтүү',
  'clearance.refused': 'Тексттерди бул диалогдун жазуусун жүргүзгөндөр жана катчылык жактырат.',
  'validation.awaiting_clearance':
    'Чатэм-Хаус эрежеси боюнча айтылган сөздөр жана жыйынтыктар жактырууну күтүүдө: адегенде аларды жактырыңыз.',
};

export const clearanceTg: ClearanceCatalog = {
  'clearance.title': 'Тасдиқи матнҳо тибқи қоидаи Чатем-Хаус',
  'clearance.link': 'Тасдиқ ({count, plural, =0 {чизе интизор нест} other {# дар интизор}})',
  'clearance.intro':
    'Суханоне, ки тибқи қоидаи Чатем-Хаус гуфта шудаанд, ба хонандагони берун аз муколама танҳо пас аз тасдиқи маърӯзачӣ ё котибот мерасанд. Ҳар матнро хонед, ҳар чизеро, ки метавонад суханронанда ё муассисаро муайян кунад, тоза кунед ва онро тасдиқ намоед.',
  'clearance.back': 'Бозгашт ба сабти муколама',
  'clearance.pendingCount':
    '{count, plural, =0 {Ягон матн интизори тасдиқ нест.} one {# матн интизори тасдиқ аст.} other {# матн интизори тасдиқ аст.}}',
  'clearance.none': 'Дар ин муколама чизе тибқи қоидаи Чатем-Хаус гуфта нашудааст.',
  'clearance.list': 'Матнҳое, ки тибқи қоида гуфта шудаанд',
  'clearance.kind.statement': 'Суханронӣ',
  'clearance.kind.outcome': 'Натиҷа',
  'clearance.state.pending': 'Интизори тасдиқ',
  'clearance.state.cleared': 'Тасдиқ шуд',
  'clearance.notCleared': 'Ҳанӯз тасдиқ нашудааст',
  'clearance.choose': 'Барои тасдиқ кардан матнро аз рӯйхат интихоб кунед.',
  'clearance.speaker': 'Суханронанда: {name}',
  'clearance.legend': 'Қайд шудааст, зеро метавонад касеро муайян кунад',
  'clearance.candidate.name': 'ном',
  'clearance.candidate.position': 'вазифа',
  'clearance.candidate.organization': 'муассиса',
  'clearance.candidateCount':
    '{count, plural, =0 {Дар ин ҷо чизе ба ном, вазифа ё муассиса монанд нест; бо вуҷуди ин, онро хонед.} one {# порча метавонад касеро муайян кунад.} other {# порча метавонад касеро муайян кунад.}}',
  'clearance.original': 'асл',
  'clearance.suggested': 'Ислоҳи пешниҳодшуда',
  'clearance.accept': 'Қабул кардани ислоҳи пешниҳодшуда',
  'clearance.accepted':
    'Ислоҳи пешниҳодшуда дар муҳаррир аст. Онро хонед, дар ҳолати зарурӣ тағйир диҳед ва тасдиқ кунед.',
  'clearance.edit': 'Таҳрири матн',
  'clearance.discard': 'Бекор кардани тағйироти ман',
  'clearance.editLabel': 'Матн барои нашр: {lang}',
  'clearance.willSave': 'Матни таҳриршуда аввал нигоҳ дошта, баъд тасдиқ карда мешавад.',
  'clearance.languages': 'Версияҳои забоние, ки нашр мешаванд',
  'clearance.clear': 'Тасдиқ барои нашр',
  'clearance.clearing': 'Тасдиқ шуда истодааст…',
  'clearance.done':
    'Барои нашр тасдиқ шуд. Хонандагони берун аз муколама акнун онро бо ин забонҳо мебинанд: {languages}.',
  'clearance.clearedOn': '{date} тасдиқ шуд. Забонҳои нашршуда: {languages}.',
  'clearance.next': 'Матни навбатии интизор',
  'clearance.notice':
    '{count} суханронӣ ва натиҷаи тибқи қоидаи Чатем-Хаус гуфташуда интизори тасдиқанд; то даме ки онҳо тасдиқ нашаванд, нашрияро барои интишор пазируфтан мумкин нест.',
  'clearance.openList': 'Гузариш ба тасдиқ',
  'clearance.refused': 'Матнҳоро касоне, ки сабти ин муколамаро пеш мебаранд, ва котибот тасдиқ мекунанд.',
  'validation.awaiting_clearance':
    'Суханрониҳо ва натиҷаҳое, ки тибқи қоидаи Чатем-Хаус гуфта шудаанд, интизори тасдиқанд: аввал онҳоро тасдиқ кунед.',
};

export const clearanceTk: ClearanceCatalog = {
  'clearance.title': 'Çatem-Haus düzgüni boýunça tekstleri tassyklamak',
  'clearance.link': 'Tassyklamak ({count, plural, =0 {garaşýan ýok} other {# garaşýar}})',
  'clearance.intro':
    'Çatem-Haus düzgüni boýunça aýdylanlar dialogdan daşarky okyjylara diňe dokladçy ýa-da sekretariat tassyklandan soň ýetýär. Her teksti okaň, çykyş edeni ýa-da edarany tanadyp biljek zatlaryň hemmesini aýryň we ony tassyklaň.',
  'clearance.back': 'Dialogyň ýazgysyna dolanmak',
  'clearance.pendingCount':
    '{count, plural, =0 {Tassyklanmagyna garaşýan tekst ýok.} one {# tekst tassyklanmagyna garaşýar.} other {# tekst tassyklanmagyna garaşýar.}}',
  'clearance.none': 'Bu dialogda Çatem-Haus düzgüni boýunça hiç zat aýdylmady.',
  'clearance.list': 'Düzgün boýunça aýdylan tekstler',
  'clearance.kind.statement': 'Çykyş',
  'clearance.kind.outcome': 'Netije',
  'clearance.state.pending': 'Tassyklanmagyna garaşýar',
  'clearance.state.cleared': 'Tassyklandy',
  'clearance.notCleared': 'Entek tassyklanmadyk',
  'clearance.choose': 'Tassyklamak üçin sanawdan tekst saýlaň.',
  'clearance.speaker': 'Çykyş eden: {name}',
  'clearance.legend': 'Kimdir birini tanadyp biljekdigi üçin bellendi',
  'clearance.candidate.name': 'at',
  'clearance.candidate.position': 'wezipe',
  'clearance.candidate.organization': 'edara',
  'clearance.candidateCount':
    '{count, plural, =0 {Bu ýerde ada, wezipä ýa-da edara meňzeş zat ýok; şonda-da okap çykyň.} one {# bölek kimdir birini tanadyp biler.} other {# bölek kimdir birini tanadyp biler.}}',
  'clearance.original': 'asyl nusga',
  'clearance.suggested': 'Teklip edilýän düzediş',
  'clearance.accept': 'Teklip edilýän düzedişi kabul etmek',
  'clearance.accepted': 'Teklip edilýän düzediş redaktorda. Ony okaň, gerek bolsa üýtgediň we tassyklaň.',
  'clearance.edit': 'Teksti üýtgetmek',
  'clearance.discard': 'Üýtgetmelerimi ýatyrmak',
  'clearance.editLabel': 'Çap ediljek tekst: {lang}',
  'clearance.willSave': 'Üýtgedilen tekst ilki saklanar, soňra tassyklanar.',
  'clearance.languages': 'Çap ediljek dil görnüşleri',
  'clearance.clear': 'Çap etmek üçin tassyklamak',
  'clearance.clearing': 'Tassyklanýar…',
  'clearance.done':
    'Çap etmek üçin tassyklandy. Dialogdan daşarky okyjylar ony indi şu dillerde görýärler: {languages}.',
  'clearance.clearedOn': '{date} tassyklandy. Çap edilen diller: {languages}.',
  'clearance.next': 'Indiki garaşýan tekst',
  'clearance.notice':
    'Çatem-Haus düzgüni boýunça aýdylan {count} çykyş we netije tassyklanmagyna garaşýar; olar tassyklanýança neşiri makullamak mümkin däl.',
  'clearance.openList': 'Tassyklamaga geçmek',
  'clearance.refused': 'Tekstleri bu dialogyň ýazgysyny alyp barýanlar we sekretariat tassyklaýar.',
  'validation.awaiting_clearance':
    'Çatem-Haus düzgüni boýunça aýdylan çykyşlar we netijeler tassyklanmagyna garaşýar: ilki olary tassyklaň.',
};

export const clearanceUz: ClearanceCatalog = {
  'clearance.title': 'Chatham House qoidasi boʻyicha matnlarni tasdiqlash',
  'clearance.link': 'Tasdiqlash ({count, plural, =0 {kutayotgan yoʻq} other {# ta kutmoqda}})',
  'clearance.intro':
    'Chatham House qoidasi boʻyicha aytilganlar muloqotdan tashqaridagi oʻquvchilarga faqat maʼruzachi yoki kotibiyat tasdiqlagandan keyin yetib boradi. Har bir matnni oʻqing, soʻzlovchi yoki muassasani aniqlashga imkon beradigan hamma narsani olib tashlang va uni tasdiqlang.',
  'clearance.back': 'Muloqot yozuviga qaytish',
  'clearance.pendingCount':
    '{count, plural, =0 {Tasdiqni kutayotgan matn yoʻq.} one {# ta matn tasdiqni kutmoqda.} other {# ta matn tasdiqni kutmoqda.}}',
  'clearance.none': 'Bu muloqotda Chatham House qoidasi boʻyicha hech narsa aytilmagan.',
  'clearance.list': 'Qoida boʻyicha aytilgan matnlar',
  'clearance.kind.statement': 'Chiqish',
  'clearance.kind.outcome': 'Natija',
  'clearance.state.pending': 'Tasdiqni kutmoqda',
  'clearance.state.cleared': 'Tasdiqlandi',
  'clearance.notCleared': 'Hali tasdiqlanmagan',
  'clearance.choose': 'Tasdiqlash uchun roʻyxatdan matnni tanlang.',
  'clearance.speaker': 'Soʻzlovchi: {name}',
  'clearance.legend': 'Kimnidir aniqlashi mumkinligi uchun belgilangan',
  'clearance.candidate.name': 'ism',
  'clearance.candidate.position': 'lavozim',
  'clearance.candidate.organization': 'muassasa',
  'clearance.candidateCount':
    '{count, plural, =0 {Bu yerda ism, lavozim yoki muassasaga oʻxshash hech narsa yoʻq; baribir oʻqib chiqing.} one {# ta parcha kimnidir aniqlashi mumkin.} other {# ta parcha kimnidir aniqlashi mumkin.}}',
  'clearance.original': 'asl nusxa',
  'clearance.suggested': 'Taklif etilgan tahrir',
  'clearance.accept': 'Taklif etilgan tahrirni qabul qilish',
  'clearance.accepted': 'Taklif etilgan tahrir muharrirda. Uni oʻqing, kerak boʻlsa oʻzgartiring va tasdiqlang.',
  'clearance.edit': 'Matnni tahrirlash',
  'clearance.discard': 'Oʻzgarishlarimni bekor qilish',
  'clearance.editLabel': 'Eʼlon qilinadigan matn: {lang}',
  'clearance.willSave': 'Tahrirlangan matn avval saqlanadi, soʻng tasdiqlanadi.',
  'clearance.languages': 'Eʼlon qilinadigan til versiyalari',
  'clearance.clear': 'Eʼlon qilish uchun tasdiqlash',
  'clearance.clearing': 'Tasdiqlanmoqda…',
  'clearance.done':
    'Eʼlon qilish uchun tasdiqlandi. Muloqotdan tashqaridagi oʻquvchilar endi uni quyidagi tillarda koʻradi: {languages}.',
  'clearance.clearedOn': '{date} tasdiqlangan. Eʼlon qilingan tillar: {languages}.',
  'clearance.next': 'Navbatdagi kutayotgan matn',
  'clearance.notice':
    'Chatham House qoidasi boʻyicha aytilgan {count} ta chiqish va natija tasdiqni kutmoqda; ular tasdiqlanmaguncha nashrni maʼqullash rad etiladi.',
  'clearance.openList': 'Tasdiqlashga oʻtish',
  'clearance.refused': 'Matnlarni ushbu muloqot yozuvini yurituvchilar va kotibiyat tasdiqlaydi.',
  'validation.awaiting_clearance':
    'Chatham House qoidasi boʻyicha aytilgan chiqishlar va natijalar tasdiqni kutmoqda: avval ularni tasdiqlang.',
};
