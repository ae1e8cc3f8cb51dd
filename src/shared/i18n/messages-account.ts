/**
 * The account page: where one is signed in (ending other sessions), passkeys, and the private
 * calendar address. Written in every interface language; the Central Asian ones await review by
 * speakers of each language, as the other catalogs in messages-more.ts do.
 */
export const accountEn = {
  'nav.account': 'Your account',
  'account.title': 'Your account',
  'account.intro': 'Where you are signed in, how you sign in, and your private calendar address.',
  'account.sessions': 'Where you are signed in',
  'account.sessionsIntro':
    'Each sign-in opens a session in one browser. End any you do not recognise: that browser is signed out at once, and its live rooms close.',
  'account.current': 'This session',
  'account.startedAt': 'Signed in',
  'account.expiresAt': 'Ends by itself',
  'account.end': 'End',
  'account.endLabel': 'End the session signed in on {date}',
  'account.ended': 'That session has ended.',
  'account.noOther': 'You are not signed in anywhere else.',
  'account.passkeys': 'Passkeys',
  'account.passkeysIntro':
    'A passkey signs you in with your device’s lock (fingerprint, face or PIN) instead of a password.',
  'account.noPasskeys': 'You have no passkey yet.',
  'account.passkeyAddedOn': 'Added {date}',
  'account.addPasskey': 'Add a passkey',
  'account.passkeyAdded': 'The passkey is added.',
  'account.removePasskey': 'Remove',
  'account.removePasskeyLabel': 'Remove the passkey added {date}',
  'account.passkeyRemoved': 'The passkey is removed: it signs in no more.',
  'account.calendar': 'Private calendar address',
  'account.calendarIntro':
    'Add this address to your calendar app to see the dialogues you take part in. Keep it to yourself: anyone who has it sees them.',
  'account.calendarNone': 'You have no private calendar address yet.',
  'account.calendarSince':
    'Your address was made {date}. It is shown only when it is made; a new one replaces it, and the old one stops working.',
  'account.calendarMake': 'Make an address',
  'account.calendarRotate': 'Make a new address',
  'account.calendarNew': 'Your new address. Copy it now: it will not be shown again.',
  'account.signInFirst': 'Sign in to see your account.',
};

type AccountCatalog = Record<keyof typeof accountEn, string>;

export const accountRu: AccountCatalog = {
  'nav.account': 'Учётная запись',
  'account.title': 'Ваша учётная запись',
  'account.intro': 'Где выполнен вход, как вы входите, и ваш личный адрес календаря.',
  'account.sessions': 'Где выполнен вход',
  'account.sessionsIntro':
    'Каждый вход открывает сеанс в одном браузере. Завершите любой незнакомый: в том браузере выход произойдёт сразу, а его трансляции закроются.',
  'account.current': 'Этот сеанс',
  'account.startedAt': 'Вход выполнен',
  'account.expiresAt': 'Завершится сам',
  'account.end': 'Завершить',
  'account.endLabel': 'Завершить сеанс, открытый {date}',
  'account.ended': 'Сеанс завершён.',
  'account.noOther': 'Больше нигде вход не выполнен.',
  'account.passkeys': 'Ключи доступа',
  'account.passkeysIntro':
    'Ключ доступа позволяет входить с помощью блокировки устройства (отпечаток пальца, лицо или PIN-код) вместо пароля.',
  'account.noPasskeys': 'У вас пока нет ключа доступа.',
  'account.passkeyAddedOn': 'Добавлен {date}',
  'account.addPasskey': 'Добавить ключ доступа',
  'account.passkeyAdded': 'Ключ доступа добавлен.',
  'account.removePasskey': 'Удалить',
  'account.removePasskeyLabel': 'Удалить ключ доступа, добавленный {date}',
  'account.passkeyRemoved': 'Ключ доступа удалён: войти с ним больше нельзя.',
  'account.calendar': 'Личный адрес календаря',
  'account.calendarIntro':
    'Добавьте этот адрес в приложение календаря, чтобы видеть диалоги, в которых вы участвуете. Никому его не передавайте: любой, у кого он есть, их увидит.',
  'account.calendarNone': 'У вас пока нет личного адреса календаря.',
  'account.calendarSince':
    'Ваш адрес создан {date}. Он показывается только при создании; новый адрес заменяет прежний, и прежний перестаёт работать.',
  'account.calendarMake': 'Создать адрес',
  'account.calendarRotate': 'Создать новый адрес',
  'account.calendarNew': 'Ваш новый адрес. Скопируйте его сейчас: больше он показан не будет.',
  'account.signInFirst': 'Войдите, чтобы увидеть свою учётную запись.',
};

export const accountKk: AccountCatalog = {
  'nav.account': 'Тіркелгі',
  'account.title': 'Сіздің тіркелгіңіз',
  'account.intro': 'Қай жерде кіргеніңіз, қалай кіретініңіз және жеке күнтізбе мекенжайыңыз.',
  'account.sessions': 'Қай жерде кірдіңіз',
  'account.sessionsIntro':
    'Әр кіру бір браузерде сеанс ашады. Танымайтын сеансты аяқтаңыз: сол браузерден шығу бірден орындалады, оның тікелей эфир бөлмелері жабылады.',
  'account.current': 'Осы сеанс',
  'account.startedAt': 'Кірген уақыты',
  'account.expiresAt': 'Өздігінен аяқталады',
  'account.end': 'Аяқтау',
  'account.endLabel': '{date} ашылған сеансты аяқтау',
  'account.ended': 'Сеанс аяқталды.',
  'account.noOther': 'Басқа ешқайда кірмегенсіз.',
  'account.passkeys': 'Кіру кілттері',
  'account.passkeysIntro':
    'Кіру кілті құпиясөздің орнына құрылғының құлпымен (саусақ ізі, бет немесе PIN-код) кіруге мүмкіндік береді.',
  'account.noPasskeys': 'Сізде әлі кіру кілті жоқ.',
  'account.passkeyAddedOn': 'Қосылған уақыты: {date}',
  'account.addPasskey': 'Кіру кілтін қосу',
  'account.passkeyAdded': 'Кіру кілті қосылды.',
  'account.removePasskey': 'Жою',
  'account.removePasskeyLabel': '{date} қосылған кіру кілтін жою',
  'account.passkeyRemoved': 'Кіру кілті жойылды: онымен енді кіру мүмкін емес.',
  'account.calendar': 'Жеке күнтізбе мекенжайы',
  'account.calendarIntro':
    'Өзіңіз қатысатын диалогтарды көру үшін бұл мекенжайды күнтізбе қолданбасына қосыңыз. Оны ешкімге бермеңіз: мекенжайы бар кез келген адам оларды көреді.',
  'account.calendarNone': 'Сізде әлі жеке күнтізбе мекенжайы жоқ.',
  'account.calendarSince':
    'Мекенжайыңыз {date} жасалған. Ол тек жасалған кезде көрсетіледі; жаңасы оның орнын басады, ал ескісі жұмысын тоқтатады.',
  'account.calendarMake': 'Мекенжай жасау',
  'account.calendarRotate': 'Жаңа мекенжай жасау',
  'account.calendarNew': 'Жаңа мекенжайыңыз. Оны қазір көшіріп алыңыз: ол қайта көрсетілмейді.',
  'account.signInFirst': 'Тіркелгіңізді көру үшін кіріңіз.',
};

export const accountKy: AccountCatalog = {
  'nav.account': 'Каттоо эсеби',
  'account.title': 'Сиздин каттоо эсебиңиз',
  'account.intro': 'Кайсы жерде киргениңиз, кантип киресиз жана жеке календарь дарегиңиз.',
  'account.sessions': 'Кайсы жерде кирдиңиз',
  'account.sessionsIntro':
    'Ар бир кирүү бир браузерде сеанс ачат. Тааныбаган сеансты аяктаңыз: ал браузерден чыгуу дароо болот, анын түз эфир бөлмөлөрү жабылат.',
  'account.current': 'Ушул сеанс',
  'account.startedAt': 'Кирген убакыт',
  'account.expiresAt': 'Өзү аяктайт',
  'account.end': 'Аяктоо',
  'account.endLabel': '{date} ачылган сеансты аяктоо',
  'account.ended': 'Сеанс аяктады.',
  'account.noOther': 'Башка эч жерде кирген эмессиз.',
  'account.passkeys': 'Кирүү ачкычтары',
  'account.passkeysIntro':
    'Кирүү ачкычы сырсөздүн ордуна түзмөктүн кулпусу (манжа изи, жүз же PIN-код) менен кирүүгө мүмкүндүк берет.',
  'account.noPasskeys': 'Сизде азырынча кирүү ачкычы жок.',
  'account.passkeyAddedOn': 'Кошулган убакыт: {date}',
  'account.addPasskey': 'Кирүү ачкычын кошуу',
  'account.passkeyAdded': 'Кирүү ачкычы кошулду.',
  'account.removePasskey': 'Өчүрүү',
  'account.removePasskeyLabel': '{date} кошулган кирүү ачкычын өчүрүү',
  'account.passkeyRemoved': 'Кирүү ачкычы өчүрүлдү: аны менен мындан ары кирүүгө болбойт.',
  'account.calendar': 'Жеке календарь дареги',
  'account.calendarIntro':
    'Өзүңүз катышкан диалогдорду көрүү үчүн бул даректи календарь колдонмосуна кошуңуз. Аны эч кимге бербеңиз: дареги бар ар бир адам аларды көрөт.',
  'account.calendarNone': 'Сизде азырынча жеке календарь дареги жок.',
  'account.calendarSince':
    'Дарегиңиз {date} түзүлгөн. Ал түзүлгөн учурда гана көрсөтүлөт; жаңысы анын ордун басат, эскиси иштебей калат.',
  'account.calendarMake': 'Дарек түзүү',
  'account.calendarRotate': 'Жаңы дарек түзүү',
  'account.calendarNew': 'Жаңы дарегиңиз. Аны азыр көчүрүп алыңыз: ал кайра көрсөтүлбөйт.',
  'account.signInFirst': 'Каттоо эсебиңизди көрүү үчүн кириңиз.',
};

export const accountTg: AccountCatalog = {
  'nav.account': 'Ҳисоб',
  'account.title': 'Ҳисоби шумо',
  'account.intro': 'Дар куҷо ворид шудаед, чӣ тавр ворид мешавед ва нишонии шахсии тақвими шумо.',
  'account.sessions': 'Дар куҷо ворид шудаед',
  'account.sessionsIntro':
    'Ҳар як воридшавӣ дар як браузер сеанс мекушояд. Ҳар сеансеро, ки намешиносед, хотима диҳед: дар он браузер баромад фавран рух медиҳад ва утоқҳои зиндаи он баста мешаванд.',
  'account.current': 'Ҳамин сеанс',
  'account.startedAt': 'Вақти воридшавӣ',
  'account.expiresAt': 'Худ ба худ хотима меёбад',
  'account.end': 'Хотима додан',
  'account.endLabel': 'Хотима додани сеансе, ки {date} кушода шуд',
  'account.ended': 'Сеанс хотима ёфт.',
  'account.noOther': 'Шумо дар ҷои дигар ворид нашудаед.',
  'account.passkeys': 'Калидҳои дастрасӣ',
  'account.passkeysIntro':
    'Калиди дастрасӣ ба ҷойи парол бо қулфи дастгоҳ (изи ангушт, чеҳра ё рамзи PIN) ворид шуданро имкон медиҳад.',
  'account.noPasskeys': 'Шумо ҳоло калиди дастрасӣ надоред.',
  'account.passkeyAddedOn': 'Илова шуд: {date}',
  'account.addPasskey': 'Илова кардани калиди дастрасӣ',
  'account.passkeyAdded': 'Калиди дастрасӣ илова шуд.',
  'account.removePasskey': 'Нест кардан',
  'account.removePasskeyLabel': 'Нест кардани калиди дастрасие, ки {date} илова шуда буд',
  'account.passkeyRemoved': 'Калиди дастрасӣ нест карда шуд: бо он дигар ворид шудан мумкин нест.',
  'account.calendar': 'Нишонии шахсии тақвим',
  'account.calendarIntro':
    'Барои дидани муколамаҳое, ки дар онҳо иштирок мекунед, ин нишониро ба барномаи тақвим илова кунед. Онро ба касе надиҳед: ҳар кӣ онро дорад, онҳоро мебинад.',
  'account.calendarNone': 'Шумо ҳоло нишонии шахсии тақвим надоред.',
  'account.calendarSince':
    'Нишонии шумо {date} сохта шуд. Он танҳо ҳангоми сохтан нишон дода мешавад; нишонии нав ҷойи онро мегирад ва нишонии пешина кор намекунад.',
  'account.calendarMake': 'Сохтани нишонӣ',
  'account.calendarRotate': 'Сохтани нишонии нав',
  'account.calendarNew': 'Нишонии нави шумо. Онро ҳозир нусхабардорӣ кунед: он дигар нишон дода намешавад.',
  'account.signInFirst': 'Барои дидани ҳисоби худ ворид шавед.',
};

export const accountTk: AccountCatalog = {
  'nav.account': 'Hasap',
  'account.title': 'Siziň hasabyňyz',
  'account.intro': 'Nirede girendigiňiz, nähili girýändigiňiz we şahsy senenama salgyňyz.',
  'account.sessions': 'Nirede girdiňiz',
  'account.sessionsIntro':
    'Her giriş bir brauzerde sessiýa açýar. Tanamaýan sessiýaňyzy tamamlaň: şol brauzerden derrew çykylar we onuň göni efir otaglary ýapylar.',
  'account.current': 'Şu sessiýa',
  'account.startedAt': 'Giren wagty',
  'account.expiresAt': 'Özi tamamlanýar',
  'account.end': 'Tamamla',
  'account.endLabel': '{date} açylan sessiýany tamamla',
  'account.ended': 'Sessiýa tamamlandy.',
  'account.noOther': 'Başga hiç ýerde girmediňiz.',
  'account.passkeys': 'Giriş açarlary',
  'account.passkeysIntro':
    'Giriş açary paroluň ýerine enjamyňyzyň gulpy (barmak yzy, ýüz ýa-da PIN) bilen girmäge mümkinçilik berýär.',
  'account.noPasskeys': 'Sizde entek giriş açary ýok.',
  'account.passkeyAddedOn': 'Goşulan wagty: {date}',
  'account.addPasskey': 'Giriş açaryny goş',
  'account.passkeyAdded': 'Giriş açary goşuldy.',
  'account.removePasskey': 'Aýyr',
  'account.removePasskeyLabel': '{date} goşulan giriş açaryny aýyr',
  'account.passkeyRemoved': 'Giriş açary aýryldy: onuň bilen indi girip bolmaýar.',
  'account.calendar': 'Şahsy senenama salgysy',
  'account.calendarIntro':
    'Gatnaşýan dialoglaryňyzy görmek üçin bu salgyny senenama programmaňyza goşuň. Ony hiç kime bermäň: salgysy bolan her bir adam olary görer.',
  'account.calendarNone': 'Sizde entek şahsy senenama salgysy ýok.',
  'account.calendarSince':
    'Salgyňyz {date} döredildi. Ol diňe döredilende görkezilýär; täzesi onuň ornuny tutýar, köne salgy işlemesini bes edýär.',
  'account.calendarMake': 'Salgy döret',
  'account.calendarRotate': 'Täze salgy döret',
  'account.calendarNew': 'Täze salgyňyz. Ony häzir göçürip alyň: ol gaýtadan görkezilmez.',
  'account.signInFirst': 'Hasabyňyzy görmek üçin giriň.',
};

export const accountUz: AccountCatalog = {
  'nav.account': 'Hisob',
  'account.title': 'Sizning hisobingiz',
  'account.intro': 'Qayerda kirganingiz, qanday kirishingiz va shaxsiy taqvim manzilingiz.',
  'account.sessions': 'Qayerda kirgansiz',
  'account.sessionsIntro':
    'Har bir kirish bitta brauzerda seans ochadi. Tanimagan seansingizni tugating: oʻsha brauzerdan darhol chiqiladi va uning jonli efir xonalari yopiladi.',
  'account.current': 'Shu seans',
  'account.startedAt': 'Kirilgan vaqt',
  'account.expiresAt': 'Oʻzi tugaydi',
  'account.end': 'Tugatish',
  'account.endLabel': '{date} ochilgan seansni tugatish',
  'account.ended': 'Seans tugatildi.',
  'account.noOther': 'Boshqa hech qayerda kirmagansiz.',
  'account.passkeys': 'Kirish kalitlari',
  'account.passkeysIntro':
    'Kirish kaliti parol oʻrniga qurilmangiz qulfi (barmoq izi, yuz yoki PIN-kod) bilan kirish imkonini beradi.',
  'account.noPasskeys': 'Sizda hali kirish kaliti yoʻq.',
  'account.passkeyAddedOn': 'Qoʻshilgan vaqt: {date}',
  'account.addPasskey': 'Kirish kalitini qoʻshish',
  'account.passkeyAdded': 'Kirish kaliti qoʻshildi.',
  'account.removePasskey': 'Oʻchirish',
  'account.removePasskeyLabel': '{date} qoʻshilgan kirish kalitini oʻchirish',
  'account.passkeyRemoved': 'Kirish kaliti oʻchirildi: u bilan endi kirib boʻlmaydi.',
  'account.calendar': 'Shaxsiy taqvim manzili',
  'account.calendarIntro':
    'Ishtirok etayotgan muloqotlaringizni koʻrish uchun bu manzilni taqvim ilovangizga qoʻshing. Uni hech kimga bermang: manzili bor har qanday kishi ularni koʻradi.',
  'account.calendarNone': 'Sizda hali shaxsiy taqvim manzili yoʻq.',
  'account.calendarSince':
    'Manzilingiz {date} yaratilgan. U faqat yaratilganda koʻrsatiladi; yangisi uning oʻrnini egallaydi, eskisi esa ishlamay qoladi.',
  'account.calendarMake': 'Manzil yaratish',
  'account.calendarRotate': 'Yangi manzil yaratish',
  'account.calendarNew': 'Yangi manzilingiz. Uni hozir nusxalab oling: u qayta koʻrsatilmaydi.',
  'account.signInFirst': 'Hisobingizni koʻrish uchun kiring.',
};
