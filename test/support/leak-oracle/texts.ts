import type { TextLang } from './world.ts';
import { forms, type PersonName, type Word } from './words.ts';

/** What an identifying text names: another participant and an institution (its distinctive word and acronym). */
export interface Named {
  person: PersonName;
  org: { word: Word; acronym: Word };
}

type Identifying = (a: string, b: string, n: Named) => string;

/**
 * Texts said under the Rule that name people and institutions the way people write: inflected,
 * transliterated, by a part of the name, by an acronym. Each opens and closes with its anchors, so
 * the oracle can find the text in any output and look at what surrounds it.
 */
const IDENTIFYING: Record<TextLang, Identifying[]> = {
  en: [
    (a, b, { person: p, org: o }) =>
      `${a}: ${forms.enPossessive(p)} proposal on shared river gauges was welcomed; ${o.word.lat} will draft the terms ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: colleagues at ${o.word.lat} backed the plan of ${p.first.lat} ${p.surname.lat} for joint flood forecasts ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: the ${o.acronym.lat} team agreed with ${p.surname.lat} on a common data exchange ${b}.`,
  ],
  ru: [
    (a, b, { person: p, org: o }) =>
      `${a}: участники согласились с ${forms.ruInstrumental(p)} о совместных водомерах; коллеги из «${forms.ruFrom(o.word)}» подготовят проект ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: вместе с коллегой ${forms.ruInstrumental(p)} специалисты ${o.acronym.cyr} предложили график паводковых прогнозов ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: предложение ${forms.ruGenitive(p)} поддержали в ${forms.ruIn(o.word)} ${b}.`,
  ],
  kk: [
    (a, b, { person: p, org: o }) =>
      `${a}: ${forms.kkGenitive(p)} ұсынысын ${forms.kkIn(o.word)} әріптестер қолдады ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: ${o.acronym.cyr} өкілдері ${p.first.cyr} ${p.surname.cyr} ұсынған кестені мақұлдады ${b}.`,
  ],
  uz: [
    (a, b, { person: p, org: o }) =>
      `${a}: ${forms.uzGenitive(p)} taklifi ${forms.uzIn(o.word)} qo'llab-quvvatlandi ${b}.`,
    (a, b, { person: p, org: o }) =>
      `${a}: ${o.word.lat} vakillari ${p.surname.lat} bilan suv hisobi bo'yicha kelishib oldi ${b}.`,
  ],
};

/** Texts that name nobody: these are the ones the generator clears, and outsiders must then read verbatim. */
const NEUTRAL: Record<TextLang, ((a: string, b: string) => string)[]> = {
  en: [
    (a, b) => `${a}: the round agreed that shared river gauges need one calibration method ${b}.`,
    (a, b) => `${a}: a common flood bulletin should appear every spring, in two languages ${b}.`,
  ],
  ru: [
    (a, b) => `${a}: участники договорились о единой методике калибровки водомеров ${b}.`,
    (a, b) => `${a}: общий паводковый бюллетень предложено выпускать каждую весну ${b}.`,
  ],
  kk: [(a, b) => `${a}: су өлшегіштерді бірыңғай әдіспен тексеру туралы келісілді ${b}.`],
  uz: [(a, b) => `${a}: suv o'lchagichlarni yagona usulda tekshirish kelishildi ${b}.`],
};

export function identifyingText(lang: TextLang, template: number, anchors: [string, string], named: Named): string {
  const list = IDENTIFYING[lang];
  return list[template % list.length]!(anchors[0], anchors[1], named);
}

export function neutralText(lang: TextLang, template: number, anchors: [string, string]): string {
  const list = NEUTRAL[lang];
  return list[template % list.length]!(anchors[0], anchors[1]);
}

/** Every word of the templates, reserved so that no made-up name is the beginning of one of them. */
export function templateWords(): string[] {
  const blank: Word = { lat: '', cyr: '' };
  const named: Named = {
    person: { first: blank, surname: blank, female: false },
    org: { word: blank, acronym: blank },
  };
  return [
    ...Object.values(IDENTIFYING).flatMap((l) => l.map((f) => f('', '', named))),
    ...Object.values(NEUTRAL).flatMap((l) => l.map((f) => f('', ''))),
  ];
}
