import type { MultiText } from '../multilingual.ts';

/**
 * What outsiders read in place of a text said under the Chatham House Rule that nobody has cleared
 * yet: one version in every language of the interface, so each reader meets it in their own.
 */
export const NOT_CLEARED: MultiText = {
  original: 'en',
  texts: {
    en: { text: 'Not yet cleared for publication under the Chatham House Rule.', checked: true },
    ru: { text: 'Текст ещё не одобрен к публикации по правилу Чатем-хауса.', checked: true },
    kk: { text: 'Мәтін Чатем-хаус ережесі бойынша жариялауға әлі мақұлданбаған.', checked: true },
    ky: { text: 'Текст Чатэм-Хаус эрежеси боюнча жарыялоого али жактырыла элек.', checked: true },
    tg: { text: 'Матн тибқи қоидаи Чатем-Хаус ҳанӯз барои нашр тасдиқ нашудааст.', checked: true },
    tk: { text: 'Tekst Çatem-Haus düzgüni boýunça entek çap etmäge tassyklanmady.', checked: true },
    uz: { text: 'Matn Chatham House qoidasiga koʻra hali nashr uchun tasdiqlanmagan.', checked: true },
  },
};
