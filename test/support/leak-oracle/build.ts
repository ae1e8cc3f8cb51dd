import assert from 'node:assert/strict';
import { makePdf } from '../../materials/fixtures.ts';
import { uploadAs } from '../../materials/support.ts';
import { readdir, readFile } from 'node:fs/promises';
import { ml, type MultiText } from '../../../src/shared/multilingual.ts';
import type { Client, TestApp } from '../app.ts';
import { identifyingText, neutralText, templateWords } from './texts.ts';
import { TokenBuilder, type Token } from './tokens.ts';
import { ANCHOR_LETTERS, cap, cyr, forms, surnameOf, word, WordRegistry, type PersonName, type Word } from './words.ts';
import { LOCAL_LANG, type Country, type OrgSpec, type TextSpec, type WorldSpec } from './world.ts';

/** What the oracle knows of the data it made: ids, texts as written, and who is behind each record. */
export interface BuiltOrg {
  id: string;
  kind: OrgSpec['kind'];
  word: Word;
  acronym: Word;
  country: Country;
  names: { name: MultiText; acronym: MultiText | null; validFrom?: string | null; validTo?: string | null }[];
}

export interface BuiltPerson {
  id: string;
  name: PersonName;
  nameText: MultiText;
  positions: MultiText[];
  org: BuiltOrg;
  participantId: string;
  role: string;
}

export interface Attribution {
  orgIds: string[];
  personIds: string[];
  participantIds: string[];
  countries: string[];
}

export interface BuiltRecord {
  kind: 'statement' | 'outcome';
  id: string;
  version: number;
  dialogueId: string;
  agendaItemId: string;
  rule: boolean;
  text: MultiText;
  identifying: boolean;
  anchors: [string, string];
  attribution: Attribution;
  cleared: boolean;
  provisionIds: string[];
  areaIds: string[];
  /** Statements. */
  speaker?: { kind: 'participant'; participantId: string } | { kind: 'collective'; organizationIds: string[] };
  /** Outcomes. */
  outcomeKind?: string;
  ownerOrganizationId?: string | null;
  proposerIds?: string[];
  endorserIds?: string[];
  /** As insiders read them: outsiders must not get these instants of a record under the Rule. */
  times: { createdAt: string | null; updatedAt: string | null; deliveredAt: string | null };
}

export interface BuiltWorld {
  index: number;
  spec: WorldSpec;
  mode: 'whole' | 'items';
  dialogueId: string;
  startsAt: string;
  orgs: BuiltOrg[];
  convener: BuiltOrg;
  conveners: string[];
  people: BuiltPerson[];
  items: { id: string; rule: boolean }[];
  records: BuiltRecord[];
  publications: { id: string; slug: string; kind: string; language: string }[];
  /** Everything the Rule withholds from outsiders in this dialogue (the redactor's list, and ids). */
  tokens: Token[];
  /** Whole mode: the attribution of the dialogue itself; items mode: of its records under the Rule. */
  withheld: Attribution;
  /** Conveners that sent nobody, and their countries: these may be named. */
  publicOrgIds: string[];
  publicCountries: string[];
  /** An insider of the dialogue: a participant who may speak in the room. */
  insider: { personId: string; client?: Client };
  /** Materials: one released (its PDF author a participant, its institution theirs), one never released. */
  materials: string[];
}

export interface HiddenDialogue {
  label: 'restricted' | 'draft';
  dialogueId: string;
  participantId: string;
  agendaItemId: string;
  statementId: string;
  outcomeId: string;
  publicationId: string;
  slug: string;
  personId: string;
  orgId: string;
}

export interface Shared {
  registry: WordRegistry;
  documentId: string;
  provisionIds: string[];
  areaIds: string[];
  seriesId: string;
  outsider: { orgId: string; personId: string; client: Client };
  /** The outsider's own private calendar file (`<token>.ics`). */
  calendarFile: string;
  hidden: HiddenDialogue[];
  clearance: boolean;
}

export const CLEARANCE_POST = '/api/v1/dialogues/:id/clearances/:kind/:recordId';
export const CLEARANCE_LIST = '/api/v1/dialogues/:id/clearances';

export function adminCaller(t: TestApp) {
  return async (method: string, url: string, body?: unknown, status?: number) => {
    const res = await t.call(method, url, { as: 'admin', body });
    if (status !== undefined) assert.equal(res.statusCode, status, `${method} ${url} → ${res.body.slice(0, 400)}`);
    else assert.ok(res.statusCode < 300, `${method} ${url} → ${res.statusCode} ${res.body.slice(0, 400)}`);
    return res.statusCode === 204 ? null : res.json();
  };
}

const KIND_NAMES: Record<OrgSpec['kind'], { en: string; ru: string; ruGen: string; full: [string, string] }> = {
  institute: {
    en: 'Institute',
    ru: 'Институт',
    ruGen: 'Института',
    full: ['Institute for Strategic Studies', 'Институт стратегических исследований'],
  },
  centre: {
    en: 'Centre',
    ru: 'Центр',
    ruGen: 'Центра',
    full: ['Centre for Policy Analysis', 'Центр политического анализа'],
  },
  academy: {
    en: 'Academy',
    ru: 'Академия',
    ruGen: 'Академии',
    full: ['Academy of Diplomacy', 'Дипломатическая академия'],
  },
};
const LOCAL_NAMES: Record<string, (w: Word) => string> = {
  kk: (w) => `«${w.cyr}» стратегиялық зерттеулер институты`,
  ky: (w) => `«${w.cyr}» стратегиялык изилдөөлөр институту`,
  tg: (w) => `Пажӯҳишгоҳи стратегии «${w.cyr}»`,
  tk: (w) => `${w.lat} strategik barlaglar instituty`,
  uz: (w) => `${w.lat} strategik tadqiqotlar instituti`,
};
const TITLES: [string, string][] = [
  ['Director', 'Директор'],
  ['Deputy Director', 'Заместитель директора'],
  ['Senior Fellow', 'Ведущий научный сотрудник'],
  ['Head of the Water Department', 'Руководитель отдела водных ресурсов'],
];
const LATIN_LOCAL = new Set(['uz', 'tk']);

async function createOrg(t: TestApp, registry: WordRegistry, spec: OrgSpec): Promise<BuiltOrg> {
  const w = word(registry.claim(cap(spec.word)));
  const k = KIND_NAMES[spec.kind];
  const acronymLat = registry.claimAcronym(`${w.lat.slice(0, 2).toUpperCase()}${k.en[0]}S`);
  const acronym = { lat: acronymLat, cyr: cyr(acronymLat) };
  const local = LOCAL_LANG[spec.country];
  const current = ml({
    en: `${w.lat} ${k.full[0]}`,
    ru: `${k.full[1]} «${w.cyr}»`,
    ...(spec.localName ? { [local]: LOCAL_NAMES[local]!(w) } : {}),
  });
  const names: BuiltOrg['names'] = [
    { name: current, acronym: ml({ en: acronym.lat, ru: acronym.cyr }), validFrom: '2020-01-01', validTo: null },
  ];
  if (spec.oldName) {
    const old = registry.claimAcronym(`${w.lat.slice(0, 2).toUpperCase()}RC`);
    names.unshift({
      name: ml({ en: `${w.lat} Centre for Regional Research`, ru: `Центр региональных исследований «${w.cyr}»` }),
      acronym: ml({ en: old, ru: cyr(old) }),
      validFrom: null,
      validTo: '2019-12-31',
    });
  }
  const org = await adminCaller(t)('POST', '/api/v1/organizations', {
    names,
    kind: 'research_institute',
    countryCode: spec.country,
  });
  return { id: org.id, kind: spec.kind, word: w, acronym, country: spec.country, names };
}

async function createPerson(
  t: TestApp,
  registry: WordRegistry,
  p: { first: string; stem: string; female: boolean; title: number },
  org: BuiltOrg,
): Promise<Omit<BuiltPerson, 'participantId' | 'role' | 'org'> & { org: BuiltOrg }> {
  const first = word(registry.claim(cap(p.first)));
  const surname = surnameOf(registry.claim(cap(p.stem)), p.female);
  const local = LOCAL_LANG[org.country];
  const latin = `${first.lat} ${surname.lat}`;
  const cyrillic = `${first.cyr} ${surname.cyr}`;
  const nameText = ml({ en: latin, ru: cyrillic, [local]: LATIN_LOCAL.has(local) ? latin : cyrillic });
  const [en, ru] = TITLES[p.title % TITLES.length]!;
  const kind = KIND_NAMES[org.kind];
  const position = ml({ en: `${en}, ${org.word.lat} ${kind.en}`, ru: `${ru} ${kind.ruGen} «${org.word.cyr}»` });
  const person = await adminCaller(t)('POST', '/api/v1/people', {
    name: nameText,
    positions: [{ organizationId: org.id, title: position, validFrom: '2015-01-01' }],
  });
  return { id: person.id, name: { first, surname, female: p.female }, nameText, positions: [position], org };
}

/** The words the app already shows: a made-up name must not be the beginning of one of them. */
async function reserveShownWords(t: TestApp, registry: WordRegistry) {
  for (const w of templateWords()) registry.reserve(w);
  for (const url of [
    '/api/v1/openapi.json',
    '/api/v1/organizations?limit=100',
    '/api/v1/people?limit=100',
    '/api/v1/countries',
    '/api/v1/dialogues?limit=100',
    '/api/v1/news',
    '/news',
  ]) {
    const res = await t.call('GET', url, { as: 'admin' });
    registry.reserve(res.body);
  }
  for (const d of (await t.call('GET', '/api/v1/dialogues?limit=100', { as: 'admin' })).json().items)
    registry.reserve((await t.call('GET', `/api/v1/dialogues/${d.id}`, { as: 'admin' })).body);
  // And every word the server's own texts could put around them: generators' phrases, the interface, the marker.
  const root = new URL('../../../', import.meta.url);
  for (const dir of ['src/server/publishing/generate', 'src/shared/i18n', 'src/shared/chatham', 'src/public'])
    for (const name of await readdir(new URL(dir, root)).catch(() => [] as string[]))
      if (name.endsWith('.ts')) registry.reserve(await readFile(new URL(`${dir}/${name}`, root), 'utf8'));
}

/** The reference document, areas, series, the outsider and the hidden dialogues: made once per app. */
export async function buildShared(t: TestApp, clearance: boolean): Promise<Shared> {
  const admin = adminCaller(t);
  const registry = new WordRegistry();
  await reserveShownWords(t, registry);
  const areaIds: string[] = [];
  for (const [slug, en, ru] of [
    ['leak-oracle-water', 'Water accounting', 'Учёт воды'],
    ['leak-oracle-floods', 'Flood forecasting', 'Прогноз паводков'],
  ] as const)
    areaIds.push((await admin('POST', '/api/v1/areas', { slug, name: ml({ en, ru }) })).id);
  const seriesId = (await admin('POST', '/api/v1/series', { title: ml({ en: 'Water rounds', ru: 'Водные раунды' }) }))
    .id;
  const doc = await admin('POST', '/api/v1/reference-documents', {
    kind: 'roadmap',
    symbol: 'WR/2023/1',
    title: ml({ en: 'Regional water roadmap', ru: 'Региональная дорожная карта по воде' }),
    adoptedOn: '2023-05-01',
  });
  const provisionIds: string[] = [];
  for (let i = 0; i < 4; i++)
    provisionIds.push(
      (
        await admin('POST', `/api/v1/reference-documents/${doc.id}/provisions`, {
          number: `OP${i + 1}`,
          position: i,
          text: ml({ en: `Paragraph ${i + 1} on shared water data.`, ru: `Пункт ${i + 1} об общих данных о воде.` }),
          placeholder: false,
        })
      ).id,
    );

  // The outsider: a member whose institution takes part in nothing.
  const outsiderOrg = await createOrg(t, registry, {
    word: 'fenrolav',
    country: 'KZ',
    kind: 'centre',
    oldName: false,
    localName: false,
  });
  const outsiderPerson = await createPerson(
    t,
    registry,
    { first: 'gavelor', stem: 'merolan', female: true, title: 0 },
    outsiderOrg,
  );
  const outsiderClient = await t.personClient(outsiderPerson.id);
  const feed = await t.call('POST', '/api/v1/me/calendar-feed', { as: outsiderClient });
  assert.ok(feed.statusCode < 300, feed.body);
  const calendarFile = String(feed.json().url).split('/calendar/')[1]!;

  // Hidden dialogues: one restricted, one a draft; outsiders must not tell them from nothing.
  const hiddenOrg = await createOrg(t, registry, {
    word: 'nolgevar',
    country: 'UZ',
    kind: 'institute',
    oldName: false,
    localName: false,
  });
  const hiddenPerson = await createPerson(
    t,
    registry,
    { first: 'velgano', stem: 'rogamel', female: false, title: 1 },
    hiddenOrg,
  );
  const hidden: HiddenDialogue[] = [];
  for (const [label, confidentiality, status] of [
    ['restricted', 'restricted', 'scheduled'],
    ['draft', 'public', 'draft'],
  ] as const) {
    const d = await admin('POST', '/api/v1/dialogues', {
      title: ml({ en: `Closed water round (${label})` }),
      format: 'videoconference',
      startsAt: '2025-02-03T05:00:00Z',
      endsAt: '2025-02-03T07:00:00Z',
      hostZone: 'Asia/Tashkent',
      status,
      confidentiality,
      languages: ['en'],
      media: { kind: 'built_in' },
      convenerIds: [hiddenOrg.id],
      referenceDocumentIds: [doc.id],
    });
    const p = await admin('POST', `/api/v1/dialogues/${d.id}/participants`, {
      personId: hiddenPerson.id,
      organizationId: hiddenOrg.id,
      role: 'speaker',
      invitation: 'accepted',
    });
    const item = await admin('POST', `/api/v1/dialogues/${d.id}/agenda-items`, {
      position: 0,
      title: ml({ en: 'Closed item' }),
      provisionIds: [],
      areaIds: [],
    });
    const s = await admin('POST', `/api/v1/dialogues/${d.id}/statements`, {
      agendaItemId: item.id,
      speaker: { kind: 'participant', participantId: p.id },
      kind: 'remarks',
      text: ml({ en: 'Words said behind closed doors.' }),
      areaIds: [],
      provisionIds: [],
    });
    const o = await admin('POST', `/api/v1/dialogues/${d.id}/outcomes`, {
      agendaItemId: item.id,
      kind: 'commitment',
      text: ml({ en: 'A commitment made behind closed doors.' }),
      proposerIds: [],
      endorserIds: [],
      areaIds: [],
      provisionIds: [],
      ownerOrganizationId: hiddenOrg.id,
      dueOn: '2025-12-31',
      status: 'planned',
    });
    const pub = await admin('POST', `/api/v1/dialogues/${d.id}/publications`, {
      kind: 'press_release',
      language: 'en',
    });
    hidden.push({
      label,
      dialogueId: d.id,
      participantId: p.id,
      agendaItemId: item.id,
      statementId: s.id,
      outcomeId: o.id,
      publicationId: pub.id,
      slug: pub.slug,
      personId: hiddenPerson.id,
      orgId: hiddenOrg.id,
    });
  }
  return {
    registry,
    documentId: doc.id,
    provisionIds,
    areaIds,
    seriesId,
    outsider: { orgId: outsiderOrg.id, personId: outsiderPerson.id, client: outsiderClient },
    calendarFile,
    hidden,
    clearance,
  };
}

const pick = <T>(list: T[], indices: number[]) => [...new Set(indices.map((i) => list[i % list.length]!))];
const unionAttribution = (list: Attribution[]): Attribution => ({
  orgIds: [...new Set(list.flatMap((a) => a.orgIds))],
  personIds: [...new Set(list.flatMap((a) => a.personIds))],
  participantIds: [...new Set(list.flatMap((a) => a.participantIds))],
  countries: [...new Set(list.flatMap((a) => a.countries))],
});

/** Creates one generated dialogue through the API, as the secretariat, and says what it withholds. */
export async function buildWorld(
  t: TestApp,
  shared: Shared,
  spec: WorldSpec,
  index: number,
  failures: { clearance: (what: string) => void },
): Promise<BuiltWorld> {
  const admin = adminCaller(t);
  const { registry } = shared;
  const orgs: BuiltOrg[] = [];
  for (const o of spec.orgs) orgs.push(await createOrg(t, registry, o));
  const convener = await createOrg(t, registry, spec.convener);
  const people: (Omit<BuiltPerson, 'participantId' | 'role'> & { role: string })[] = [];
  for (const p of spec.people) {
    const org = orgs[p.org % orgs.length]!;
    people.push({ ...(await createPerson(t, registry, p, org)), role: p.role });
  }
  const start = new Date(Date.UTC(2024, 0, 1, 5) + spec.day * 86_400_000);
  const conveners = [convener.id, ...(spec.participantConvenes ? [orgs[0]!.id] : [])];
  const dialogue = await admin('POST', '/api/v1/dialogues', {
    seriesId: shared.seriesId,
    title: ml({
      en: `Expert round on shared water accounting, session ${index + 1}`,
      ru: `Экспертный раунд по учёту воды, сессия ${index + 1}`,
    }),
    format: 'videoconference',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    hostZone: 'Asia/Tashkent',
    status: spec.status,
    confidentiality: spec.mode === 'whole' ? 'chatham_house' : 'public',
    languages: ['en', 'ru'],
    media: { kind: 'built_in' },
    convenerIds: conveners,
    referenceDocumentIds: [shared.documentId],
  });
  const D = dialogue.id as string;
  const built: BuiltPerson[] = [];
  for (const p of people) {
    const row = await admin('POST', `/api/v1/dialogues/${D}/participants`, {
      personId: p.id,
      organizationId: p.org.id,
      role: p.role,
      invitation: 'accepted',
    });
    built.push({ ...p, participantId: row.id });
  }
  const items: BuiltWorld['items'] = [];
  for (const [i, it] of spec.items.entries()) {
    const row = await admin('POST', `/api/v1/dialogues/${D}/agenda-items`, {
      position: i,
      // Under a whole-dialogue rule an item's title may name an institution too: outsiders must not read it.
      title:
        spec.mode === 'whole' && i === 1
          ? ml({
              en: `Item ${i + 1}: the ${orgs[1]!.word.lat} proposal on gauges`,
              ru: `Пункт ${i + 1}: предложение «${forms.ruFrom(orgs[1]!.word)}» о водомерах`,
            })
          : ml({ en: `Item ${i + 1}: gauges and bulletins`, ru: `Пункт ${i + 1}: водомеры и бюллетени` }),
      confidentiality: spec.mode === 'items' && it.rule ? 'chatham_house' : null,
      provisionIds: pick(shared.provisionIds, it.provisions),
      areaIds: pick(shared.areaIds, it.areas),
    });
    items.push({ id: row.id, rule: spec.mode === 'whole' || it.rule });
  }

  const textOf = (s: TextSpec, speaker: BuiltPerson | null): { text: MultiText; anchors: [string, string] } => {
    const anchors = s.anchors.map((a) => registry.claim(cap(a), ANCHOR_LETTERS)) as [string, string];
    const others = built.filter((p) => p !== speaker);
    const person = others[s.person % others.length]!;
    const org = orgs[s.org % orgs.length]!;
    const one = (lang: (typeof s)['lang']) =>
      s.identifying
        ? identifyingText(lang, s.template, anchors, { person: person.name, org })
        : neutralText(lang, s.template, anchors);
    const langs = [s.lang, ...(s.second && s.second !== s.lang ? [s.second] : [])];
    return { text: ml(Object.fromEntries(langs.map((l) => [l, one(l)]))), anchors };
  };
  const orgAttribution = (ids: string[]): Attribution => ({
    orgIds: ids,
    personIds: [],
    participantIds: [],
    countries: [...new Set(ids.map((id) => orgs.find((o) => o.id === id)!.country))],
  });

  // Publications (create, review, approve, publish), so the news site, feeds and search carry them.
  const publications: BuiltWorld['publications'] = [];
  const publish = async (kind: string, language: string) => {
    let p = await admin('POST', `/api/v1/dialogues/${D}/publications`, { kind, language });
    for (const to of ['in_review', 'approved', 'published']) {
      const res = await t.call('POST', `/api/v1/dialogues/${D}/publications/${p.id}/status`, {
        as: 'admin',
        body: { to, version: p.version },
      });
      // A server may hold publication back while texts under the Rule wait for clearance.
      if (res.statusCode === 409 && /awaiting_clearance|clearance/.test(res.body)) return;
      assert.ok(res.statusCode < 300, `publishing → ${res.statusCode} ${res.body.slice(0, 300)}`);
      p = res.json();
    }
    publications.push({ id: p.id, slug: p.slug, kind, language });
  };
  const records: BuiltRecord[] = [];
  const addStatement = async (s: (typeof spec.statements)[number]) => {
    const item = items[s.item % items.length]!;
    const speakerPerson = s.collective ? null : built[s.speaker % built.length]!;
    const { text, anchors } = textOf(s.text, speakerPerson);
    const speaker = speakerPerson
      ? { kind: 'participant' as const, participantId: speakerPerson.participantId }
      : { kind: 'collective' as const, organizationIds: pick(orgs, s.orgs).map((o) => o.id) };
    const deliveredAt = new Date(start.getTime() + s.minute * 60_000).toISOString();
    const body = {
      agendaItemId: item.id,
      speaker,
      kind: s.kind,
      text,
      deliveredAt,
      areaIds: pick(shared.areaIds, s.areas),
      provisionIds: pick(shared.provisionIds, s.provisions),
    };
    const row = await admin('POST', `/api/v1/dialogues/${D}/statements`, body);
    records.push({
      kind: 'statement',
      id: row.id,
      version: row.version,
      dialogueId: D,
      agendaItemId: item.id,
      rule: item.rule,
      text,
      identifying: s.text.identifying,
      anchors,
      attribution: speakerPerson
        ? {
            orgIds: [speakerPerson.org.id],
            personIds: [speakerPerson.id],
            participantIds: [speakerPerson.participantId],
            countries: [speakerPerson.org.country],
          }
        : orgAttribution(speaker.kind === 'collective' ? speaker.organizationIds : []),
      cleared: false,
      provisionIds: body.provisionIds,
      areaIds: body.areaIds,
      speaker,
      times: { createdAt: null, updatedAt: null, deliveredAt },
    });
  };
  const addOutcome = async (o: (typeof spec.outcomes)[number]) => {
    const item = items[o.item % items.length]!;
    const { text, anchors } = textOf(o.text, null);
    const action = o.kind !== 'recommendation';
    const owner = orgs[o.owner % orgs.length]!.id;
    const body = {
      agendaItemId: item.id,
      kind: o.kind,
      text,
      proposerIds: pick(orgs, o.proposers).map((x) => x.id),
      endorserIds: pick(orgs, o.endorsers).map((x) => x.id),
      areaIds: pick(shared.areaIds, o.areas),
      provisionIds: pick(shared.provisionIds, o.provisions),
      ownerOrganizationId: owner,
      dueOn: action ? new Date(start.getTime() + o.dueDays * 86_400_000).toISOString().slice(0, 10) : null,
      status: action ? o.status : null,
    };
    const row = await admin('POST', `/api/v1/dialogues/${D}/outcomes`, body);
    records.push({
      kind: 'outcome',
      id: row.id,
      version: row.version,
      dialogueId: D,
      agendaItemId: item.id,
      rule: item.rule,
      text,
      identifying: o.text.identifying,
      anchors,
      attribution: orgAttribution([...new Set([owner, ...body.proposerIds, ...body.endorserIds])]),
      cleared: false,
      provisionIds: body.provisionIds,
      areaIds: body.areaIds,
      outcomeKind: o.kind,
      ownerOrganizationId: owner,
      proposerIds: body.proposerIds,
      endorserIds: body.endorserIds,
      times: { createdAt: null, updatedAt: null, deliveredAt: null },
    });
  };
  // Texts under the Rule that name people come last: a server that publishes only cleared records
  // would refuse the publications below while they wait.
  const naming = (x: { item: number; text: TextSpec }) => items[x.item % items.length]!.rule && x.text.identifying;
  const underRule = (x: { item: number }) => items[x.item % items.length]!.rule;
  // First what is said in public, and a press release of it (it names the participants of a public dialogue).
  for (const s of spec.statements) if (!underRule(s)) await addStatement(s);
  for (const o of spec.outcomes) if (!underRule(o)) await addOutcome(o);
  const other = spec.pressRelease === 'en' ? 'ru' : 'en';
  await publish('press_release', spec.pressRelease);
  // Then the texts under the Rule that name nobody.
  for (const s of spec.statements) if (underRule(s) && !naming(s)) await addStatement(s);
  for (const o of spec.outcomes) if (underRule(o) && !naming(o)) await addOutcome(o);

  // Clear the texts that name nobody, as the secretariat would; the others wait.
  if (shared.clearance) {
    for (const r of records.filter((x) => x.rule && !x.identifying)) {
      const res = await t.call('POST', `/api/v1/dialogues/${D}/clearances/${r.kind}/${r.id}`, {
        as: 'admin',
        body: { version: r.version, languages: Object.keys(r.text.texts) },
      });
      if (res.statusCode >= 300)
        failures.clearance(`clearing a ${r.kind} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      else r.cleared = true;
    }
  }

  await publish('minutes', other);

  // Then what names people under the Rule, and a summary written from the record as it now is.
  for (const s of spec.statements) if (naming(s)) await addStatement(s);
  for (const o of spec.outcomes) if (naming(o)) await addOutcome(o);
  await publish('summary', 'en');
  await publish('press_release', other);
  if (shared.clearance) {
    const list = await t.call('GET', `/api/v1/dialogues/${D}/clearances`, { as: 'admin' });
    if (list.statusCode !== 200)
      failures.clearance(`GET /dialogues/:id/clearances as admin → ${list.statusCode} ${list.body.slice(0, 200)}`);
    else {
      const queue = list.json() as { items: { id: string; cleared: unknown }[]; pending: number };
      const rule = records.filter((r) => r.rule);
      for (const r of rule) {
        const item = queue.items.find((i) => i.id === r.id);
        if (!item) failures.clearance(`the clearance queue lacks a ${r.kind} under the Rule`);
        else if (Boolean(item.cleared) !== r.cleared)
          failures.clearance(`the clearance queue shows a ${r.kind} as ${item.cleared ? 'cleared' : 'waiting'}`);
      }
      const waiting = rule.filter((r) => !r.cleared).length;
      if (queue.pending !== waiting)
        failures.clearance(`the clearance queue counts ${queue.pending} pending, expected ${waiting}`);
    }
  }

  // The instants insiders see, which outsiders must not get for records under the Rule.
  const inside = (await admin('GET', `/api/v1/dialogues/${D}`)) as {
    statements: { id: string; createdAt: string; updatedAt: string; deliveredAt: string | null }[];
    outcomes: { id: string; createdAt: string; updatedAt: string }[];
  };
  for (const r of records) {
    const seen = [...inside.statements, ...inside.outcomes].find((x) => x.id === r.id);
    if (seen) r.times = { ...r.times, createdAt: seen.createdAt, updatedAt: seen.updatedAt };
  }

  // What the Rule withholds: the redactor's list for every participant, and their ids.
  const tokens = new TokenBuilder(D);
  const participantOrgs = [...new Set(built.map((p) => p.org))];
  for (const p of built) {
    tokens.personName(p.nameText);
    for (const pos of p.positions) tokens.phrase('position', pos);
    tokens.id('person id', p.id);
    tokens.id('participant id', p.participantId);
  }
  for (const o of participantOrgs) {
    for (const n of o.names) {
      tokens.phrase('organization name', n.name);
      tokens.acronym(n.acronym);
    }
    tokens.word(o.word.lat);
    tokens.word(o.word.cyr);
    tokens.id('organization id', o.id);
  }
  const publicOrgIds = conveners.filter((id) => !participantOrgs.some((o) => o.id === id));
  const publicCountries = [convener.country];
  const withheld =
    spec.mode === 'whole'
      ? {
          orgIds: participantOrgs.map((o) => o.id),
          personIds: built.map((p) => p.id),
          participantIds: built.map((p) => p.participantId),
          countries: [...new Set(participantOrgs.map((o) => o.country))],
        }
      : unionAttribution(records.filter((r) => r.rule).map((r) => r.attribution));
  const insider = built.find((p) => p.role !== 'observer')!;
  const materials = await attachMaterials(t, D, built[0]!);
  return {
    index,
    spec,
    mode: spec.mode,
    dialogueId: D,
    startsAt: start.toISOString(),
    orgs,
    convener,
    conveners,
    people: built,
    items,
    records,
    publications,
    tokens: tokens.tokens,
    withheld,
    publicOrgIds,
    publicCountries,
    insider: { personId: insider.id },
    materials,
  };
}

/**
 * A released material whose PDF names a participant as its author and whose submitting institution
 * is theirs (under the Rule neither may reach outsiders), and one never released whose very text names them.
 */
async function attachMaterials(t: TestApp, dialogueId: string, person: BuiltPerson): Promise<string[]> {
  const name = person.nameText.texts.en!.text;
  const url = `/api/v1/dialogues/${dialogueId}/materials`;
  const released = await uploadAs(
    t,
    url,
    await makePdf(['Annex on transit corridors'], { author: name }),
    { fileName: 'annex.pdf', title: 'Annex', language: 'en', organizationId: person.org.id },
    'admin',
  );
  const hidden = await uploadAs(
    t,
    url,
    Buffer.from(`Notes by ${name}\n`),
    { fileName: 'notes.txt', title: 'Notes', language: 'en' },
    'admin',
  );
  if (released.statusCode !== 201 || hidden.statusCode !== 201)
    throw new Error(`materials: ${released.body} ${hidden.body}`);
  const id = released.json().id as string;
  const version = released.json().version as number;
  const res = await t.call('PATCH', `/api/v1/materials/${id}`, { as: 'admin', body: { version, public: true } });
  if (res.statusCode !== 200) throw new Error(`release: ${res.body}`);
  return [id, hidden.json().id as string];
}
