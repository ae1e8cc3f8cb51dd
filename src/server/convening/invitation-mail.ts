import { createTranslator, formatDateTime, type UiLanguage } from '../../shared/i18n/translate.ts';
import { zoneLabel } from '../../shared/i18n/zone-label.ts';
import { localize, type MultiText } from '../../shared/multilingual.ts';
import { dialogueUid, eventIcs } from '../calendar/ics.ts';
import type { Config } from '../config.ts';
import type { Mail } from '../mail/outbox.ts';
import { greeting } from './mail-language.ts';

export interface InvitedDialogue {
  id: string;
  version: number;
  title: MultiText;
  summary: MultiText | null;
  startsAt: Date;
  endsAt: Date;
  hostZone: string;
  languages: string[];
}

/** The language of a dialogue's messages: its first working language the platform writes. */
export const mailLanguage = (d: InvitedDialogue): UiLanguage =>
  (d.languages.find((l) => l === 'ru' || l === 'en') as UiLanguage | undefined) ?? 'en';

/** When, in the host's zone and in the invitee's own: "10:00 (Asia/Bishkek) — 09:00 for you (Asia/Tashkent)". */
export function whenText(d: InvitedDialogue, zone: string, lang: UiLanguage): string {
  const t = createTranslator(lang);
  const at = d.startsAt.toISOString();
  // A 24-hour clock reads the same in every country of the region.
  const time = (z: string) => formatDateTime(at, z, lang, { hourCycle: 'h23' });
  return t('invite.when', {
    host: time(d.hostZone),
    hostZone: zoneLabel(t, d.hostZone),
    local: time(zone),
    zone: zoneLabel(t, zone),
  });
}

/** The event as the invitee's calendar takes it: REQUEST with them as attendee, or CANCEL. */
export function invitationIcs(
  d: InvitedDialogue,
  config: Config,
  to: { email: string; name: string },
  now: Date,
  method: 'REQUEST' | 'CANCEL' = 'REQUEST',
  lang: UiLanguage = mailLanguage(d),
): string {
  return eventIcs(
    {
      uid: dialogueUid(d.id),
      sequence: d.version - 1,
      title: localize(d.title, [lang, 'en', 'ru']).text,
      description: d.summary ? localize(d.summary, [lang, 'en', 'ru']).text : null,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      zone: d.hostZone,
      url: `${config.publicUrl}/dialogues/${d.id}`,
      location: null,
    },
    { now, method, organizer: organizerAddress(config.mailFrom), attendee: to },
  );
}

const organizerAddress = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

export function invitationMail(a: {
  key: string;
  /** The recipient's language (mail-language.ts). */
  lang: UiLanguage;
  dialogue: InvitedDialogue;
  to: { email: string; name: string };
  zone: string;
  link: string;
  expiresAt: Date;
  config: Config;
  now: Date;
}): Mail {
  const lang = a.lang;
  const t = createTranslator(lang);
  const title = localize(a.dialogue.title, [lang, 'en', 'ru']).text;
  return {
    key: a.key,
    to: a.to.email,
    subject: t('invite.subject', { title }),
    text: [
      greeting(t, a.to.name),
      '',
      t('invite.body', { title }),
      whenText(a.dialogue, a.zone, lang),
      '',
      t('invite.answer', { link: a.link }),
      // Every time in the message names its zone: the link's end reads "16:00 (Astana, Almaty)".
      t('invite.expires', {
        date: `${formatDateTime(a.expiresAt.toISOString(), a.zone, lang, { hourCycle: 'h23' })} (${zoneLabel(t, a.zone)})`,
      }),
    ].join('\n'),
    attachments: [
      {
        filename: 'invitation.ics',
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
        content: invitationIcs(a.dialogue, a.config, a.to, a.now, 'REQUEST', lang),
      },
    ],
  };
}
