/**
 * A dialogue's venue and theme, and the publishing steps: in every interface language. The Central Asian
 * ones await review by speakers of each language, as the other catalogs in messages-more.ts do.
 */
export const generatorsEn = {
  'dialogue.venue': 'Venue',
  'dialogue.theme': 'Theme',
  'dialogue.field.venueCity': 'City',
  'dialogue.field.venuePlace': 'Place (building, hall)',
  'dialogue.field.venueHint': 'The press release names the city in its dateline. Leave it empty for an online meeting.',
  'dialogue.field.theme': 'Theme or subheading',
  'publishing.step.signOff': 'Step 1 · Sign-off by the institutions',
  'publishing.step.signOffHint': 'Each institution on the list signs off the text for itself.',
  'publishing.step.final': 'Step 2 · Approval for publication by the secretariat',
  'publishing.step.finalHint':
    'When every institution has signed off, the secretariat approves the text for publication.',
  'publishing.signOff': 'Sign off',
  'publishing.approveOverride': 'Approve for publication without every sign-off (secretariat override)',
  'publishing.overridden': 'Approved by the secretariat without every institution’s sign-off.',
  'publishing.notSignedOff': 'did not sign off',
  'publishing.signedOff': 'signed off',
};
type GeneratorsCatalog = Record<keyof typeof generatorsEn, string>;

export const generatorsRu: GeneratorsCatalog = {
  'dialogue.venue': 'Место проведения',
  'dialogue.theme': 'Тема',
  'dialogue.field.venueCity': 'Город',
  'dialogue.field.venuePlace': 'Место (здание, зал)',
  'dialogue.field.venueHint': 'Город указывается в начале пресс-релиза. Для встречи онлайн оставьте поле пустым.',
  'dialogue.field.theme': 'Тема или подзаголовок',
  'publishing.step.signOff': 'Шаг 1 · Согласование учреждениями',
  'publishing.step.signOffHint': 'Каждое учреждение из списка согласует текст от своего имени.',
  'publishing.step.final': 'Шаг 2 · Утверждение к публикации секретариатом',
  'publishing.step.finalHint': 'Когда все учреждения согласовали текст, секретариат утверждает его к публикации.',
  'publishing.signOff': 'Согласовать',
  'publishing.approveOverride': 'Утвердить к публикации без всех согласований (решение секретариата)',
  'publishing.overridden': 'Утверждено секретариатом без согласования всех учреждений.',
  'publishing.notSignedOff': 'не согласовано',
  'publishing.signedOff': 'согласовано',
};

export const generatorsKk: GeneratorsCatalog = {
  'dialogue.venue': 'Өтетін орны',
  'dialogue.theme': 'Тақырыбы',
  'dialogue.field.venueCity': 'Қала',
  'dialogue.field.venuePlace': 'Орны (ғимарат, зал)',
  'dialogue.field.venueHint': 'Қала баспасөз релизінің басында аталады. Онлайн кездесу үшін бос қалдырыңыз.',
  'dialogue.field.theme': 'Тақырыбы немесе тақырыпшасы',
  'publishing.step.signOff': 'Қадам 1 · Мекемелердің келісуі',
  'publishing.step.signOffHint': 'Тізімдегі әр мекеме мәтінді өз атынан келіседі.',
  'publishing.step.final': 'Қадам 2 · Хатшылықтың жариялауға бекітуі',
  'publishing.step.finalHint': 'Барлық мекеме келіскен соң, хатшылық мәтінді жариялауға бекітеді.',
  'publishing.signOff': 'Келісу',
  'publishing.approveOverride': 'Барлық келісусіз жариялауға бекіту (хатшылық шешімі)',
  'publishing.overridden': 'Хатшылық барлық мекеменің келісуінсіз бекітті.',
  'publishing.notSignedOff': 'келісілмеді',
  'publishing.signedOff': 'келісілді',
};

export const generatorsKy: GeneratorsCatalog = {
  'dialogue.venue': 'Өтүүчү жери',
  'dialogue.theme': 'Темасы',
  'dialogue.field.venueCity': 'Шаар',
  'dialogue.field.venuePlace': 'Жери (имарат, зал)',
  'dialogue.field.venueHint': 'Шаар пресс-релиздин башында аталат. Онлайн жолугушуу үчүн бош калтырыңыз.',
  'dialogue.field.theme': 'Темасы же кошумча аталышы',
  'publishing.step.signOff': 'Кадам 1 · Мекемелердин макулдоосу',
  'publishing.step.signOffHint': 'Тизмедеги ар бир мекеме текстти өз атынан макулдайт.',
  'publishing.step.final': 'Кадам 2 · Катчылыктын жарыялоого бекитүүсү',
  'publishing.step.finalHint': 'Бардык мекемелер макулдагандан кийин катчылык текстти жарыялоого бекитет.',
  'publishing.signOff': 'Макулдоо',
  'publishing.approveOverride': 'Бардык макулдоосуз жарыялоого бекитүү (катчылыктын чечими)',
  'publishing.overridden': 'Катчылык бардык мекемелердин макулдоосусуз бекитти.',
  'publishing.notSignedOff': 'макулдалган жок',
  'publishing.signedOff': 'макулдалды',
};

export const generatorsTg: GeneratorsCatalog = {
  'dialogue.venue': 'Ҷойи баргузорӣ',
  'dialogue.theme': 'Мавзӯъ',
  'dialogue.field.venueCity': 'Шаҳр',
  'dialogue.field.venuePlace': 'Ҷой (бино, толор)',
  'dialogue.field.venueHint': 'Шаҳр дар оғози иттилоия номбар мешавад. Барои вохӯрии онлайн холӣ гузоред.',
  'dialogue.field.theme': 'Мавзӯъ ё зерсарлавҳа',
  'publishing.step.signOff': 'Қадами 1 · Мувофиқаи муассисаҳо',
  'publishing.step.signOffHint': 'Ҳар як муассисаи рӯйхат матнро аз номи худ мувофиқа мекунад.',
  'publishing.step.final': 'Қадами 2 · Пазируфтан барои нашр аз ҷониби котибот',
  'publishing.step.finalHint': 'Вақте ки ҳамаи муассисаҳо мувофиқа карданд, котибот матнро барои нашр мепазирад.',
  'publishing.signOff': 'Мувофиқа кардан',
  'publishing.approveOverride': 'Барои нашр пазируфтан бе ҳамаи мувофиқаҳо (қарори котибот)',
  'publishing.overridden': 'Котибот бе мувофиқаи ҳамаи муассисаҳо пазируфт.',
  'publishing.notSignedOff': 'мувофиқа нашуд',
  'publishing.signedOff': 'мувофиқа шуд',
};

export const generatorsTk: GeneratorsCatalog = {
  'dialogue.venue': 'Geçirilýän ýeri',
  'dialogue.theme': 'Temasy',
  'dialogue.field.venueCity': 'Şäher',
  'dialogue.field.venuePlace': 'Ýeri (bina, zal)',
  'dialogue.field.venueHint': 'Şäher metbugat beýanatynyň başynda görkezilýär. Onlaýn duşuşyk üçin boş goýuň.',
  'dialogue.field.theme': 'Temasy ýa-da kiçi sözbaşy',
  'publishing.step.signOff': '1-nji ädim · Edaralaryň ylalaşmagy',
  'publishing.step.signOffHint': 'Sanawdaky her edara teksti öz adyndan ylalaşýar.',
  'publishing.step.final': '2-nji ädim · Sekretariatyň çap etmek üçin makullamagy',
  'publishing.step.finalHint': 'Ähli edaralar ylalaşandan soň, sekretariat teksti çap etmek üçin makullaýar.',
  'publishing.signOff': 'Ylalaşmak',
  'publishing.approveOverride': 'Ähli ylalaşyksyz çap etmek üçin makullamak (sekretariatyň karary)',
  'publishing.overridden': 'Sekretariat ähli edaralaryň ylalaşygy bolmazdan makullady.',
  'publishing.notSignedOff': 'ylalaşylmady',
  'publishing.signedOff': 'ylalaşyldy',
};

export const generatorsUz: GeneratorsCatalog = {
  'dialogue.venue': 'Oʻtkaziladigan joy',
  'dialogue.theme': 'Mavzu',
  'dialogue.field.venueCity': 'Shahar',
  'dialogue.field.venuePlace': 'Joy (bino, zal)',
  'dialogue.field.venueHint': 'Shahar press-relizning boshida koʻrsatiladi. Onlayn uchrashuv uchun boʻsh qoldiring.',
  'dialogue.field.theme': 'Mavzu yoki kichik sarlavha',
  'publishing.step.signOff': '1-qadam · Muassasalar kelishuvi',
  'publishing.step.signOffHint': 'Roʻyxatdagi har bir muassasa matnni oʻz nomidan kelishadi.',
  'publishing.step.final': '2-qadam · Kotibiyatning nashr uchun maʼqullashi',
  'publishing.step.finalHint': 'Barcha muassasalar kelishgach, kotibiyat matnni nashr uchun maʼqullaydi.',
  'publishing.signOff': 'Kelishish',
  'publishing.approveOverride': 'Barcha kelishuvlarsiz nashr uchun maʼqullash (kotibiyat qarori)',
  'publishing.overridden': 'Kotibiyat barcha muassasalar kelishuvisiz maʼqulladi.',
  'publishing.notSignedOff': 'kelishilmadi',
  'publishing.signedOff': 'kelishildi',
};
