/**
 * Institutions: who belongs to each (members and focal points), the institutions a publication's
 * sign-off needs, and what an account opened from an unproven invitation waits for. Written in every
 * interface language; the Central Asian ones await review by speakers of each language, as the other
 * catalogs in messages-more.ts do.
 */
export const institutionsEn = {
  'validation.overlaps': 'This person already has a membership of this institution for these dates.',
  'validation.secretariat_only': 'Only the secretariat appoints, changes or ends a focal point.',
  'validation.not_focal_point': 'You are not the focal point of an institution that signs this off.',
  'validation.before_start': 'It cannot end before it starts.',
  'memberships.title': 'Members and focal points',
  'memberships.intro':
    'Who acts for this institution. Members move its follow-up actions; its focal point also signs off publications and receives the weekly digest. The secretariat appoints focal points; the focal point keeps the members. Taking part in a dialogue grants none of this.',
  'memberships.empty': 'Nobody is recorded for this institution.',
  'memberships.role.member': 'Member',
  'memberships.role.focal_point': 'Focal point',
  'memberships.span': '{from} – {to}',
  'memberships.since': 'since {from}',
  'memberships.past': 'Past',
  'memberships.add': 'Add',
  'memberships.person': 'Person',
  'memberships.role': 'Role',
  'memberships.validFrom': 'From',
  'memberships.end': 'End today',
  'memberships.endLabel': 'End the membership of {name} today',
  'memberships.added': '{name} is recorded.',
  'memberships.ended': 'The membership of {name} ends today.',
  'account.memberships': 'Your institutions',
  'account.noMemberships':
    'You are not recorded as a member of any institution. The secretariat, or your institution’s focal point, records memberships.',
  'signoffs.title': 'Institutions that sign off',
  'signoffs.fixed': 'Fixed when the review began, {date}. Only the secretariat changes the list.',
  'signoffs.change': 'Change the list',
  'signoffs.reason': 'Reason for the change',
  'signoffs.save': 'Save the list',
  'signoffs.saved': 'The list is changed; the change is recorded with its reason.',
  'setup.waits':
    'The invitation reached you at an address the directory does not hold for {name}. Your account opens now, but it stands for {name} only once the secretariat confirms it; until then you see what any member sees.',
};

type InstitutionsCatalog = Record<keyof typeof institutionsEn, string>;

export const institutionsRu: InstitutionsCatalog = {
  'validation.overlaps': 'У этого человека уже есть членство в этом учреждении на эти даты.',
  'validation.secretariat_only':
    'Назначать, изменять и завершать полномочия контактного лица может только секретариат.',
  'validation.not_focal_point': 'Вы не контактное лицо учреждения, которое согласует этот текст.',
  'validation.before_start': 'Окончание не может быть раньше начала.',
  'memberships.title': 'Сотрудники и контактные лица',
  'memberships.intro':
    'Кто действует от имени этого учреждения. Сотрудники отмечают ход его последующих мер; контактное лицо также согласует публикации и получает еженедельную сводку. Контактных лиц назначает секретариат; состав сотрудников ведёт контактное лицо. Участие в диалоге само по себе таких прав не даёт.',
  'memberships.empty': 'За этим учреждением никто не числится.',
  'memberships.role.member': 'Сотрудник',
  'memberships.role.focal_point': 'Контактное лицо',
  'memberships.span': '{from} – {to}',
  'memberships.since': 'с {from}',
  'memberships.past': 'В прошлом',
  'memberships.add': 'Добавить',
  'memberships.person': 'Человек',
  'memberships.role': 'Роль',
  'memberships.validFrom': 'С',
  'memberships.end': 'Завершить сегодня',
  'memberships.endLabel': 'Завершить сегодня членство: {name}',
  'memberships.added': '{name}: запись добавлена.',
  'memberships.ended': '{name}: членство завершается сегодня.',
  'account.memberships': 'Ваши учреждения',
  'account.noMemberships':
    'Вы не числитесь ни в одном учреждении. Членство записывает секретариат или контактное лицо вашего учреждения.',
  'signoffs.title': 'Учреждения, согласующие текст',
  'signoffs.fixed': 'Список закреплён при начале согласования, {date}. Изменить его может только секретариат.',
  'signoffs.change': 'Изменить список',
  'signoffs.reason': 'Причина изменения',
  'signoffs.save': 'Сохранить список',
  'signoffs.saved': 'Список изменён; изменение записано вместе с причиной.',
  'setup.waits':
    'Приглашение пришло на адрес, которого нет в справочнике для: {name}. Учётная запись откроется сейчас, но будет представлять этого человека только после подтверждения секретариатом; до тех пор вы видите то же, что любой участник платформы.',
};

export const institutionsKk: InstitutionsCatalog = {
  'validation.overlaps': 'Бұл адамның осы күндерге осы мекемеде мүшелігі бар.',
  'validation.secretariat_only': 'Байланыс тұлғасын тек хатшылық тағайындайды, өзгертеді немесе аяқтайды.',
  'validation.not_focal_point': 'Сіз бұл мәтінді келісетін мекеменің байланыс тұлғасы емессіз.',
  'validation.before_start': 'Аяқталуы басталуынан бұрын бола алмайды.',
  'memberships.title': 'Қызметкерлер мен байланыс тұлғалары',
  'memberships.intro':
    'Осы мекеменің атынан кім әрекет етеді. Қызметкерлер оның кейінгі шараларының барысын белгілейді; байланыс тұлғасы сонымен қатар жарияланымдарды келіседі және апталық шолуды алады. Байланыс тұлғаларын хатшылық тағайындайды; қызметкерлер құрамын байланыс тұлғасы жүргізеді. Диалогқа қатысу мұндай құқық бермейді.',
  'memberships.empty': 'Бұл мекемеде ешкім тіркелмеген.',
  'memberships.role.member': 'Қызметкер',
  'memberships.role.focal_point': 'Байланыс тұлғасы',
  'memberships.span': '{from} – {to}',
  'memberships.since': '{from} бастап',
  'memberships.past': 'Бұрынғы',
  'memberships.add': 'Қосу',
  'memberships.person': 'Адам',
  'memberships.role': 'Рөлі',
  'memberships.validFrom': 'Басталуы',
  'memberships.end': 'Бүгін аяқтау',
  'memberships.endLabel': '{name} мүшелігін бүгін аяқтау',
  'memberships.added': '{name} тіркелді.',
  'memberships.ended': '{name} мүшелігі бүгін аяқталады.',
  'account.memberships': 'Сіздің мекемелеріңіз',
  'account.noMemberships':
    'Сіз ешбір мекеменің мүшесі ретінде тіркелмегенсіз. Мүшелікті хатшылық немесе мекемеңіздің байланыс тұлғасы тіркейді.',
  'signoffs.title': 'Мәтінді келісетін мекемелер',
  'signoffs.fixed': 'Тізім келісу басталғанда бекітілді, {date}. Оны тек хатшылық өзгерте алады.',
  'signoffs.change': 'Тізімді өзгерту',
  'signoffs.reason': 'Өзгерту себебі',
  'signoffs.save': 'Тізімді сақтау',
  'signoffs.saved': 'Тізім өзгертілді; өзгеріс себебімен бірге жазылды.',
  'setup.waits':
    'Шақыру анықтамалықта {name} үшін көрсетілмеген мекенжайға келді. Тіркелгіңіз қазір ашылады, бірақ хатшылық растағаннан кейін ғана {name} атынан әрекет етеді; оған дейін кез келген мүше көретінді ғана көресіз.',
};

export const institutionsKy: InstitutionsCatalog = {
  'validation.overlaps': 'Бул адамдын бул күндөргө бул мекемеде мүчөлүгү бар.',
  'validation.secretariat_only': 'Байланыш адамын катчылык гана дайындайт, өзгөртөт же бүтүрөт.',
  'validation.not_focal_point': 'Сиз бул текстти макулдаган мекеменин байланыш адамы эмессиз.',
  'validation.before_start': 'Бүтүшү башталышынан мурун боло албайт.',
  'memberships.title': 'Кызматкерлер жана байланыш адамдары',
  'memberships.intro':
    'Бул мекеменин атынан ким иш алып барат. Кызматкерлер анын кийинки чараларынын жүрүшүн белгилейт; байланыш адамы ошондой эле жарыялоолорду макулдайт жана апталык жыйынтыкты алат. Байланыш адамдарын катчылык дайындайт; кызматкерлердин курамын байланыш адамы жүргүзөт. Диалогго катышуу мындай укук бербейт.',
  'memberships.empty': 'Бул мекемеде эч ким катталган эмес.',
  'memberships.role.member': 'Кызматкер',
  'memberships.role.focal_point': 'Байланыш адамы',
  'memberships.span': '{from} – {to}',
  'memberships.since': '{from} баштап',
  'memberships.past': 'Мурунку',
  'memberships.add': 'Кошуу',
  'memberships.person': 'Адам',
  'memberships.role': 'Ролу',
  'memberships.validFrom': 'Башталышы',
  'memberships.end': 'Бүгүн бүтүрүү',
  'memberships.endLabel': '{name} мүчөлүгүн бүгүн бүтүрүү',
  'memberships.added': '{name} катталды.',
  'memberships.ended': '{name} мүчөлүгү бүгүн бүтөт.',
  'account.memberships': 'Сиздин мекемелериңиз',
  'account.noMemberships':
    'Сиз эч бир мекеменин мүчөсү катары катталган эмессиз. Мүчөлүктү катчылык же мекемеңиздин байланыш адамы каттайт.',
  'signoffs.title': 'Текстти макулдаган мекемелер',
  'signoffs.fixed': 'Тизме макулдашуу башталганда бекитилген, {date}. Аны катчылык гана өзгөртө алат.',
  'signoffs.change': 'Тизмени өзгөртүү',
  'signoffs.reason': 'Өзгөртүүнүн себеби',
  'signoffs.save': 'Тизмени сактоо',
  'signoffs.saved': 'Тизме өзгөртүлдү; өзгөрүү себеби менен жазылды.',
  'setup.waits':
    'Чакыруу маалымдамада {name} үчүн көрсөтүлбөгөн дарекке келди. Каттоо эсебиңиз азыр ачылат, бирок катчылык ырастагандан кийин гана {name} атынан иш алып барат; ага чейин каалаган мүчө көргөндү гана көрөсүз.',
};

export const institutionsTg: InstitutionsCatalog = {
  'validation.overlaps': 'Ин шахс барои ҳамин санаҳо аллакай узви ин муассиса аст.',
  'validation.secretariat_only': 'Шахси алоқаро танҳо котибот таъин, тағйир ё озод мекунад.',
  'validation.not_focal_point': 'Шумо шахси алоқаи муассисае, ки ин матнро мувофиқа мекунад, нестед.',
  'validation.before_start': 'Анҷом пеш аз оғоз буда наметавонад.',
  'memberships.title': 'Кормандон ва шахсони алоқа',
  'memberships.intro':
    'Кӣ аз номи ин муассиса амал мекунад. Кормандон рафти чораҳои минбаъдаи онро қайд мекунанд; шахси алоқа инчунин нашрияҳоро мувофиқа мекунад ва ҷамъбасти ҳафтаинаро мегирад. Шахсони алоқаро котибот таъин мекунад; ҳайати кормандонро шахси алоқа пеш мебарад. Иштирок дар муколама чунин ҳуқуқ намедиҳад.',
  'memberships.empty': 'Дар ин муассиса касе ба қайд гирифта нашудааст.',
  'memberships.role.member': 'Корманд',
  'memberships.role.focal_point': 'Шахси алоқа',
  'memberships.span': '{from} – {to}',
  'memberships.since': 'аз {from}',
  'memberships.past': 'Пештара',
  'memberships.add': 'Илова кардан',
  'memberships.person': 'Шахс',
  'memberships.role': 'Нақш',
  'memberships.validFrom': 'Аз',
  'memberships.end': 'Имрӯз анҷом додан',
  'memberships.endLabel': 'Узвияти {name}-ро имрӯз анҷом додан',
  'memberships.added': '{name} ба қайд гирифта шуд.',
  'memberships.ended': 'Узвияти {name} имрӯз анҷом меёбад.',
  'account.memberships': 'Муассисаҳои шумо',
  'account.noMemberships':
    'Шумо ҳамчун узви ягон муассиса ба қайд гирифта нашудаед. Узвиятро котибот ё шахси алоқаи муассисаи шумо қайд мекунад.',
  'signoffs.title': 'Муассисаҳое, ки матнро мувофиқа мекунанд',
  'signoffs.fixed': 'Рӯйхат ҳангоми оғози мувофиқа собит шуд, {date}. Онро танҳо котибот тағйир дода метавонад.',
  'signoffs.change': 'Тағйир додани рӯйхат',
  'signoffs.reason': 'Сабаби тағйир',
  'signoffs.save': 'Нигоҳ доштани рӯйхат',
  'signoffs.saved': 'Рӯйхат тағйир ёфт; тағйир бо сабабаш сабт шуд.',
  'setup.waits':
    'Даъватнома ба суроғае омад, ки дар феҳрист барои {name} нест. Ҳисоби шумо ҳозир кушода мешавад, аммо танҳо пас аз тасдиқи котибот аз номи {name} амал мекунад; то он вақт шумо танҳо он чиро мебинед, ки ҳар узв мебинад.',
};

export const institutionsTk: InstitutionsCatalog = {
  'validation.overlaps': 'Bu adam bu seneler üçin eýýäm bu edaranyň agzasy.',
  'validation.secretariat_only': 'Aragatnaşyk adamyny diňe sekretariat belleýär, üýtgedýär ýa-da tamamlaýar.',
  'validation.not_focal_point': 'Siz bu teksti ylalaşýan edaranyň aragatnaşyk adamy däl.',
  'validation.before_start': 'Tamamlanmagy başlanmagyndan öň bolup bilmez.',
  'memberships.title': 'Işgärler we aragatnaşyk adamlary',
  'memberships.intro':
    'Bu edaranyň adyndan kim hereket edýär. Işgärler onuň indiki çäreleriniň barşyny belleýärler; aragatnaşyk adamy mundan başga-da neşirleri ylalaşýar we hepdelik jemlemäni alýar. Aragatnaşyk adamlaryny sekretariat belleýär; işgärleriň düzümini aragatnaşyk adamy alyp barýar. Dialoga gatnaşmak beýle hukuk bermeýär.',
  'memberships.empty': 'Bu edarada hiç kim hasaba alynmandyr.',
  'memberships.role.member': 'Işgär',
  'memberships.role.focal_point': 'Aragatnaşyk adamy',
  'memberships.span': '{from} – {to}',
  'memberships.since': '{from} bäri',
  'memberships.past': 'Öňki',
  'memberships.add': 'Goşmak',
  'memberships.person': 'Adam',
  'memberships.role': 'Orny',
  'memberships.validFrom': 'Başlangyjy',
  'memberships.end': 'Şu gün tamamlamak',
  'memberships.endLabel': '{name} agzalygyny şu gün tamamlamak',
  'memberships.added': '{name} hasaba alyndy.',
  'memberships.ended': '{name} agzalygy şu gün tamamlanýar.',
  'account.memberships': 'Siziň edaralaryňyz',
  'account.noMemberships':
    'Siz hiç bir edaranyň agzasy hökmünde hasaba alynmadyňyz. Agzalygy sekretariat ýa-da edaraňyzyň aragatnaşyk adamy hasaba alýar.',
  'signoffs.title': 'Teksti ylalaşýan edaralar',
  'signoffs.fixed': 'Sanaw ylalaşyk başlananda berkidildi, {date}. Ony diňe sekretariat üýtgedip biler.',
  'signoffs.change': 'Sanawy üýtgetmek',
  'signoffs.reason': 'Üýtgetmegiň sebäbi',
  'signoffs.save': 'Sanawy ýatda saklamak',
  'signoffs.saved': 'Sanaw üýtgedildi; üýtgeşme sebäbi bilen ýazyldy.',
  'setup.waits':
    'Çakylyk salgylar kitabynda {name} üçin görkezilmedik salga geldi. Hasabyňyz häzir açylýar, ýöne diňe sekretariat tassyklandan soň {name} adyndan hereket eder; oňa çenli islendik agzanyň görýänini görersiňiz.',
};

export const institutionsUz: InstitutionsCatalog = {
  'validation.overlaps': 'Bu shaxs ushbu sanalar uchun allaqachon bu muassasa aʼzosi.',
  'validation.secretariat_only': 'Aloqa shaxsini faqat kotibiyat tayinlaydi, oʻzgartiradi yoki tugatadi.',
  'validation.not_focal_point': 'Siz bu matnni kelishuvchi muassasaning aloqa shaxsi emassiz.',
  'validation.before_start': 'Tugashi boshlanishidan oldin boʻla olmaydi.',
  'memberships.title': 'Xodimlar va aloqa shaxslari',
  'memberships.intro':
    'Ushbu muassasa nomidan kim ish yuritadi. Xodimlar uning keyingi chora-tadbirlari borishini belgilaydi; aloqa shaxsi bundan tashqari nashrlarni kelishadi va haftalik xulosani oladi. Aloqa shaxslarini kotibiyat tayinlaydi; xodimlar tarkibini aloqa shaxsi yuritadi. Muloqotda ishtirok etish bunday huquq bermaydi.',
  'memberships.empty': 'Bu muassasada hech kim roʻyxatga olinmagan.',
  'memberships.role.member': 'Xodim',
  'memberships.role.focal_point': 'Aloqa shaxsi',
  'memberships.span': '{from} – {to}',
  'memberships.since': '{from} dan',
  'memberships.past': 'Avvalgi',
  'memberships.add': 'Qoʻshish',
  'memberships.person': 'Shaxs',
  'memberships.role': 'Roli',
  'memberships.validFrom': 'Boshlanishi',
  'memberships.end': 'Bugun tugatish',
  'memberships.endLabel': '{name} aʼzoligini bugun tugatish',
  'memberships.added': '{name} roʻyxatga olindi.',
  'memberships.ended': '{name} aʼzoligi bugun tugaydi.',
  'account.memberships': 'Sizning muassasalaringiz',
  'account.noMemberships':
    'Siz hech bir muassasa aʼzosi sifatida roʻyxatga olinmagansiz. Aʼzolikni kotibiyat yoki muassasangiz aloqa shaxsi qayd etadi.',
  'signoffs.title': 'Matnni kelishuvchi muassasalar',
  'signoffs.fixed': 'Roʻyxat kelishuv boshlanganda qayd etildi, {date}. Uni faqat kotibiyat oʻzgartira oladi.',
  'signoffs.change': 'Roʻyxatni oʻzgartirish',
  'signoffs.reason': 'Oʻzgartirish sababi',
  'signoffs.save': 'Roʻyxatni saqlash',
  'signoffs.saved': 'Roʻyxat oʻzgartirildi; oʻzgarish sababi bilan yozib qoʻyildi.',
  'setup.waits':
    'Taklifnoma maʼlumotnomada {name} uchun koʻrsatilmagan manzilga keldi. Hisobingiz hozir ochiladi, lekin faqat kotibiyat tasdiqlaganidan keyin {name} nomidan ish yuritadi; unga qadar istalgan aʼzo koʻradigan narsalarnigina koʻrasiz.',
};
