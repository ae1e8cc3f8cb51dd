/**
 * Bindings: accounts waiting for the secretariat to tie them to a directory person (their invitation
 * went to an address the directory does not hold for that person). Written in every interface
 * language; the Central Asian ones await review by speakers of each language, as the other catalogs
 * in messages-more.ts do.
 */
export const bindingsEn = {
  'nav.bindings': 'Bindings',
  'bindings.title': 'Accounts waiting to be bound',
  'bindings.intro':
    'An account opened from an invitation sent to an address other than the one the directory holds for the person is not tied to that person until the secretariat confirms it. Until then it sees nothing of the person’s dialogues. Confirm only when you know the account belongs to the person.',
  'bindings.empty': 'No account is waiting.',
  'bindings.accountEmail': 'Account e-mail',
  'bindings.directoryEmail': 'E-mail in the directory',
  'bindings.noDirectoryEmail': 'none on file',
  'bindings.invitation': 'Invitation',
  'bindings.noInvitation': 'no longer on record',
  'bindings.requestedAt': 'Requested',
  'bindings.confirm': 'Confirm',
  'bindings.refuse': 'Refuse',
  'bindings.confirmLabel': 'Confirm that {email} belongs to {name}',
  'bindings.refuseLabel': 'Refuse to bind {email} to {name}',
  'bindings.confirmed': '{email} now stands for {name}.',
  'bindings.refused': '{email} stays unbound.',
  'bindings.personHasAccount': '{name} already has another account, so this one cannot be bound.',
  'bindings.refusedAccess': 'Only the secretariat decides bindings.',
  'invitation.signIn': 'You already have an account: sign in to find the dialogue',
};

type BindingsCatalog = Record<keyof typeof bindingsEn, string>;

export const bindingsRu: BindingsCatalog = {
  'nav.bindings': 'Привязки',
  'bindings.title': 'Учётные записи, ожидающие привязки',
  'bindings.intro':
    'Учётная запись, открытая по приглашению на адрес, отличный от того, что указан для человека в справочнике, не привязывается к нему, пока секретариат этого не подтвердит. До тех пор она не видит ничего из диалогов этого человека. Подтверждайте, только если знаете, что учётная запись принадлежит ему.',
  'bindings.empty': 'Ни одна учётная запись не ожидает.',
  'bindings.accountEmail': 'Адрес учётной записи',
  'bindings.directoryEmail': 'Адрес в справочнике',
  'bindings.noDirectoryEmail': 'не указан',
  'bindings.invitation': 'Приглашение',
  'bindings.noInvitation': 'больше не хранится',
  'bindings.requestedAt': 'Запрошено',
  'bindings.confirm': 'Подтвердить',
  'bindings.refuse': 'Отклонить',
  'bindings.confirmLabel': 'Подтвердить, что {email} принадлежит: {name}',
  'bindings.refuseLabel': 'Отказать в привязке {email} к: {name}',
  'bindings.confirmed': 'Теперь {email} представляет: {name}.',
  'bindings.refused': '{email} остаётся без привязки.',
  'bindings.personHasAccount': '{name}: у этого человека уже есть другая учётная запись, поэтому эту привязать нельзя.',
  'bindings.refusedAccess': 'Решения о привязке принимает только секретариат.',
  'invitation.signIn': 'У вас уже есть учётная запись: войдите, чтобы найти диалог',
};

export const bindingsKk: BindingsCatalog = {
  'nav.bindings': 'Байланыстар',
  'bindings.title': 'Байланыстыруды күтетін тіркелгілер',
  'bindings.intro':
    'Анықтамалықта адамға көрсетілген мекенжайдан басқа мекенжайға жіберілген шақыру арқылы ашылған тіркелгі хатшылық растағанша сол адамға байланыстырылмайды. Оған дейін ол адамның диалогтарынан ештеңе көрмейді. Тіркелгі сол адамға тиесілі екенін білсеңіз ғана растаңыз.',
  'bindings.empty': 'Күтіп тұрған тіркелгі жоқ.',
  'bindings.accountEmail': 'Тіркелгінің электрондық поштасы',
  'bindings.directoryEmail': 'Анықтамалықтағы электрондық пошта',
  'bindings.noDirectoryEmail': 'көрсетілмеген',
  'bindings.invitation': 'Шақыру',
  'bindings.noInvitation': 'енді сақталмаған',
  'bindings.requestedAt': 'Сұралған уақыты',
  'bindings.confirm': 'Растау',
  'bindings.refuse': 'Бас тарту',
  'bindings.confirmLabel': '{email} тіркелгісі {name} адамына тиесілі екенін растау',
  'bindings.refuseLabel': '{email} тіркелгісін {name} адамына байланыстырудан бас тарту',
  'bindings.confirmed': '{email} енді {name} атынан әрекет етеді.',
  'bindings.refused': '{email} байланыстырылмаған күйде қалады.',
  'bindings.personHasAccount':
    '{name} адамының басқа тіркелгісі бар, сондықтан бұл тіркелгіні байланыстыру мүмкін емес.',
  'bindings.refusedAccess': 'Байланыстыру туралы шешімді тек хатшылық қабылдайды.',
  'invitation.signIn': 'Сізде тіркелгі бар: диалогты табу үшін кіріңіз',
};

export const bindingsKy: BindingsCatalog = {
  'nav.bindings': 'Байланыштар',
  'bindings.title': 'Байланыштырууну күткөн каттоо эсептери',
  'bindings.intro':
    'Маалымдамада адам үчүн көрсөтүлгөн даректен башка дарекке жөнөтүлгөн чакыруу аркылуу ачылган каттоо эсеби катчылык ырастамайынча ал адамга байланыштырылбайт. Ага чейин ал адамдын диалогдорунан эч нерсе көрбөйт. Каттоо эсеби ошол адамга таандык экенин билсеңиз гана ырастаңыз.',
  'bindings.empty': 'Күтүп жаткан каттоо эсеби жок.',
  'bindings.accountEmail': 'Каттоо эсебинин электрондук почтасы',
  'bindings.directoryEmail': 'Маалымдамадагы электрондук почта',
  'bindings.noDirectoryEmail': 'көрсөтүлгөн эмес',
  'bindings.invitation': 'Чакыруу',
  'bindings.noInvitation': 'мындан ары сакталган эмес',
  'bindings.requestedAt': 'Суралган убакыт',
  'bindings.confirm': 'Ырастоо',
  'bindings.refuse': 'Баш тартуу',
  'bindings.confirmLabel': '{email} каттоо эсеби {name} адамга таандык экенин ырастоо',
  'bindings.refuseLabel': '{email} каттоо эсебин {name} адамга байланыштыруудан баш тартуу',
  'bindings.confirmed': '{email} эми {name} атынан иш алып барат.',
  'bindings.refused': '{email} байланыштырылбаган бойдон калат.',
  'bindings.personHasAccount': '{name} адамдын башка каттоо эсеби бар, ошондуктан бул эсепти байланыштырууга болбойт.',
  'bindings.refusedAccess': 'Байланыштыруу боюнча чечимди катчылык гана кабыл алат.',
  'invitation.signIn': 'Сизде каттоо эсеби бар: диалогду табуу үчүн кириңиз',
};

export const bindingsTg: BindingsCatalog = {
  'nav.bindings': 'Пайвастҳо',
  'bindings.title': 'Ҳисобҳое, ки интизори пайвастшавӣ ҳастанд',
  'bindings.intro':
    'Ҳисобе, ки тавассути даъватнома ба суроғае ғайр аз суроғаи дар маълумотнома барои шахс сабтшуда кушода шудааст, то тасдиқи котибот ба он шахс пайваст намешавад. То он вақт он аз муколамаҳои ин шахс чизе намебинад. Танҳо вақте тасдиқ кунед, ки медонед ҳисоб ба ҳамин шахс тааллуқ дорад.',
  'bindings.empty': 'Ягон ҳисоб интизор нест.',
  'bindings.accountEmail': 'Почтаи электронии ҳисоб',
  'bindings.directoryEmail': 'Почтаи электронӣ дар маълумотнома',
  'bindings.noDirectoryEmail': 'сабт нашудааст',
  'bindings.invitation': 'Даъватнома',
  'bindings.noInvitation': 'дигар нигоҳ дошта намешавад',
  'bindings.requestedAt': 'Вақти дархост',
  'bindings.confirm': 'Тасдиқ кардан',
  'bindings.refuse': 'Рад кардан',
  'bindings.confirmLabel': 'Тасдиқ кардан, ки {email} ба {name} тааллуқ дорад',
  'bindings.refuseLabel': 'Рад кардани пайвасти {email} ба {name}',
  'bindings.confirmed': 'Акнун {email} аз номи {name} амал мекунад.',
  'bindings.refused': '{email} бе пайваст мемонад.',
  'bindings.personHasAccount': '{name} аллакай ҳисоби дигар дорад, бинобар ин ин ҳисобро пайваст кардан мумкин нест.',
  'bindings.refusedAccess': 'Дар бораи пайвастҳо танҳо котибот қарор мекунад.',
  'invitation.signIn': 'Шумо аллакай ҳисоб доред: барои ёфтани муколама ворид шавед',
};

export const bindingsTk: BindingsCatalog = {
  'nav.bindings': 'Baglanyşyklar',
  'bindings.title': 'Baglanmagyna garaşýan hasaplar',
  'bindings.intro':
    'Maglumat kitabynda adam üçin görkezilen salgydan başga salga iberilen çakylyk arkaly açylan hasap sekretariat tassyklaýança şol adama baglanmaýar. Oňa çenli ol adamyň dialoglaryndan hiç zat görmeýär. Hasabyň şol adama degişlidigini bilýän bolsaňyz tassyklaň.',
  'bindings.empty': 'Garaşýan hasap ýok.',
  'bindings.accountEmail': 'Hasabyň e-poçtasy',
  'bindings.directoryEmail': 'Maglumat kitabyndaky e-poçta',
  'bindings.noDirectoryEmail': 'görkezilmedik',
  'bindings.invitation': 'Çakylyk',
  'bindings.noInvitation': 'indi saklanmaýar',
  'bindings.requestedAt': 'Soralan wagty',
  'bindings.confirm': 'Tassykla',
  'bindings.refuse': 'Ret et',
  'bindings.confirmLabel': '{email} hasabynyň {name} adama degişlidigini tassykla',
  'bindings.refuseLabel': '{email} hasabyny {name} adama baglamagy ret et',
  'bindings.confirmed': '{email} indi {name} adyndan hereket edýär.',
  'bindings.refused': '{email} baglanmadyk ýagdaýda galýar.',
  'bindings.personHasAccount': '{name} adamyň başga hasaby bar, şonuň üçin bu hasaby baglap bolmaýar.',
  'bindings.refusedAccess': 'Baglanyşyklar barada diňe sekretariat karar berýär.',
  'invitation.signIn': 'Siziň eýýäm hasabyňyz bar: dialogy tapmak üçin giriň',
};

export const bindingsUz: BindingsCatalog = {
  'nav.bindings': 'Bogʻlashlar',
  'bindings.title': 'Bogʻlanishni kutayotgan hisoblar',
  'bindings.intro':
    'Maʼlumotnomada shaxs uchun koʻrsatilgan manzildan boshqa manzilga yuborilgan taklifnoma orqali ochilgan hisob kotibiyat tasdiqlamaguncha oʻsha shaxsga bogʻlanmaydi. Shu paytgacha u shaxsning muloqotlaridan hech narsani koʻrmaydi. Hisob oʻsha shaxsga tegishli ekanini bilsangizgina tasdiqlang.',
  'bindings.empty': 'Kutayotgan hisob yoʻq.',
  'bindings.accountEmail': 'Hisobning elektron pochtasi',
  'bindings.directoryEmail': 'Maʼlumotnomadagi elektron pochta',
  'bindings.noDirectoryEmail': 'koʻrsatilmagan',
  'bindings.invitation': 'Taklifnoma',
  'bindings.noInvitation': 'endi saqlanmagan',
  'bindings.requestedAt': 'Soʻralgan vaqt',
  'bindings.confirm': 'Tasdiqlash',
  'bindings.refuse': 'Rad etish',
  'bindings.confirmLabel': '{email} hisobi {name} shaxsiga tegishli ekanini tasdiqlash',
  'bindings.refuseLabel': '{email} hisobini {name} shaxsiga bogʻlashni rad etish',
  'bindings.confirmed': '{email} endi {name} nomidan ish yuritadi.',
  'bindings.refused': '{email} bogʻlanmagan holda qoladi.',
  'bindings.personHasAccount': '{name} shaxsining boshqa hisobi bor, shuning uchun bu hisobni bogʻlab boʻlmaydi.',
  'bindings.refusedAccess': 'Bogʻlashlar haqida faqat kotibiyat qaror qabul qiladi.',
  'invitation.signIn': 'Sizda allaqachon hisob bor: muloqotni topish uchun kiring',
};
