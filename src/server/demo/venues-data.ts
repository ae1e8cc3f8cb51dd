import { ml } from '../../shared/multilingual.ts';
import type { DialogueCreate } from '../../shared/contracts/dialogues.ts';

const city = (texts: Record<string, string>) => ({ city: ml(texts), place: null });
const TASHKENT = {
  en: 'Tashkent',
  ru: 'Ташкент',
  kk: 'Ташкент',
  ky: 'Ташкент',
  tg: 'Тошкент',
  tk: 'Daşkent',
  uz: 'Toshkent',
};
const ASHGABAT = {
  en: 'Ashgabat',
  ru: 'Ашхабад',
  kk: 'Ашхабад',
  ky: 'Ашхабад',
  tg: 'Ашқобод',
  tk: 'Aşgabat',
  uz: 'Ashxobod',
};
const ASTANA = { en: 'Astana', ru: 'Астана', kk: 'Астана', ky: 'Астана', tg: 'Астана', tk: 'Astana', uz: 'Astana' };

/**
 * Where the Central Asian Expert Forum sessions were held, and the theme of the seventh, as the
 * convener's record gives them. The dialogue of 2020 was a videoconference: it has no venue.
 */
export const FORUM_SETTINGS: Record<string, Pick<DialogueCreate, 'venue' | 'theme'>> = {
  'forum-1': { venue: city(TASHKENT), theme: null },
  'forum-5': { venue: city(ASHGABAT), theme: null },
  'forum-7': {
    venue: city(ASTANA),
    theme: ml({ en: 'Central Asia: Gravity of Trust', ru: 'Центральная Азия: притяжение доверия' }),
  },
};
