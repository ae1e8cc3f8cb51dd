import type { Page } from '../../shared/common.ts';
import type { AccountSetupInfo, CurrentUser } from '../../shared/contracts/accounts.ts';
import type { LocaleChange } from '../../shared/contracts/sessions.ts';
import type { SignIn } from '../../shared/contracts/accounts.ts';
import type { Area, Country, Organization, Person, Series } from '../../shared/contracts/directory.ts';
import type {
  OrganizationCreate,
  OrganizationUpdate,
  PersonCreate,
  PersonUpdate,
} from '../../shared/contracts/directory.ts';
import type {
  ProvisionCreate,
  ProvisionUpdate,
  ReferenceDocumentCreate,
  ReferenceDocumentUpdate,
} from '../../shared/contracts/references.ts';
import type {
  AgendaItem,
  Dialogue,
  Participant,
  AgendaItemCreate,
  AgendaItemUpdate,
  DialogueCreateInput,
  DialogueListQuery,
  DialogueUpdateInput,
  ParticipantCreate,
  ParticipantUpdate,
} from '../../shared/contracts/dialogues.ts';
import type {
  Outcome,
  OutcomeCreate,
  OutcomeUpdate,
  Statement,
  StatementCreate,
  StatementUpdate,
} from '../../shared/contracts/record.ts';
import type { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import type { Provision, ProvisionMentions, ReferenceDocument } from '../../shared/contracts/references.ts';
import type { Problem } from '../../shared/errors.ts';
import type { SearchResults, Facet } from '../../shared/contracts/search.ts';
import type { OutboxMessage } from '../../shared/contracts/mail.ts';
import { SearchKindValues } from '../../shared/contracts/enum-values.ts';
import type { AuditPage, AuditFilters } from '../../shared/contracts/audit.ts';
import type { Job, JobState } from '../../shared/contracts/jobs.ts';
import type {
  Membership,
  MembershipChange,
  MembershipCreate,
  SignOffChange,
} from '../../shared/contracts/institutions.ts';
import type { Binding, BindingDecision, BindingState } from '../../shared/contracts/accounts.ts';
import type { UserAccount, UserState, UserUpdate } from '../../shared/contracts/accounts.ts';
import type { InvitationSent, ScheduleCheck, InvitationCreate } from '../../shared/contracts/convening.ts';
import type { ActionStatusUpdate as ActionStatusUpdateSchema } from '../../shared/contracts/tracker.ts';
import type { ActionPage, TrackerCharts, TrackerMatrix, TrackerQuery } from '../../shared/contracts/tracker.ts';
import type {
  Publication,
  PublicationSummary,
  RevisionDiff,
  PublicationCreate,
  PublicationTransition,
  PublicationUpdate,
  ReviewCreate,
} from '../../shared/contracts/publishing.ts';
import type {
  ClearanceQueue,
  ClearanceView,
  ClearableKind,
  ClearanceCreate,
} from '../../shared/contracts/clearance.ts';
import type { ProjectorView } from '../../shared/live/projector.ts';
import type { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { bindingEndpoints, meEndpoints, sessionEndpoints, userEndpoints } from '../../shared/endpoints/accounts.ts';
import { auditEndpoints } from '../../shared/endpoints/audit.ts';
import { clearanceEndpoints } from '../../shared/endpoints/clearance.ts';
import { conveningEndpoints } from '../../shared/endpoints/convening.ts';
import { institutionEndpoints } from '../../shared/endpoints/institutions.ts';
import { jobEndpoints } from '../../shared/endpoints/jobs.ts';
import { mailEndpoints } from '../../shared/endpoints/mail.ts';
import { projectorEndpoints } from '../../shared/endpoints/projector.ts';
import { publishingEndpoints } from '../../shared/endpoints/publishing.ts';
import { searchEndpoints } from '../../shared/endpoints/search.ts';
import { trackerEndpoints } from '../../shared/endpoints/tracker.ts';
import {
  areaEndpoints,
  countryEndpoints,
  organizationEndpoints,
  personEndpoints,
  seriesEndpoints,
} from '../../shared/endpoints/directory.ts';
import { documentEndpoints, provisionEndpoints } from '../../shared/endpoints/references.ts';
import {
  agendaItemEndpoints,
  dialogueEndpoints,
  outcomeEndpoints,
  participantEndpoints,
  statementEndpoints,
} from '../../shared/endpoints/dialogues.ts';
import type { ContractsOfRoutes } from './contracts.ts';
import type { Endpoint } from '../../shared/contracts/contract.ts';
import type { ContractsByName } from '../../shared/contracts/route-table.ts';
let byName: ContractsOfRoutes | null = null;
let loading: Promise<ContractsOfRoutes> | null = null;
const loadContracts = (): Promise<ContractsOfRoutes> =>
  (loading ??= import('./contracts.ts').then((m) => (byName = m.byName)));
/** Checks waiting for the contracts, which load once the browser is idle after showing the first answers. */
const waiting: (() => void)[] = [];
function checkWhenIdle(check: () => void): void {
  waiting.push(check);
  if (waiting.length > 1) return;
  const run = () => void loadContracts().then(() => waiting.splice(0).forEach((f) => f()));
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

/** The answer as its endpoint's contract (src/shared/contracts) reads it; checked later if not loaded yet. */
function checkedBy(name: string, what: string, data: unknown): unknown {
  const response = (found: ContractsOfRoutes | null) => found?.get(name)?.response;
  if (byName) return response(byName)?.parse(data) ?? data;
  checkWhenIdle(() => {
    const result = response(byName)?.safeParse(data);
    if (result && !result.success)
      reportError(new TypeError(`${what}: the answer breaks the contract of ${name}: ${result.error.message}`));
  });
  return data;
}

/** A refused request, carrying the server's problem details (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }
}

let csrfToken: string | null = null;

/**
 * Sends one request (or takes its early read): JSON in, problems turned into ApiError; the answer's
 * JSON, undefined for 204. `call` then checks it against the same contract the server answers with.
 */
async function send(method: string, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const started = method === 'GET' ? early.get(path) : undefined;
  if (started) {
    early.delete(path);
    const answer = await started.catch(() => null);
    if (answer) {
      if (!answer.ok) throw new ApiError(answer.status, answer.body as Problem);
      return answer.status !== 204 ? answer.body : undefined;
    }
  }
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({ title: res.statusText, status: res.status }))) as Problem;
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return undefined;
  return res.json();
}

type Sent<S> = [S] extends [undefined] ? undefined : z.input<NonNullable<S>>;
type Slot<C, K extends 'params' | 'query' | 'body'> = C extends { [k in K]?: infer S } ? Sent<S> : undefined;
type Part<K extends string, V> = [V] extends [undefined]
  ? { [k in K]?: undefined }
  : object extends V
    ? { [k in K]?: V }
    : { [k in K]: V };
type CallInput<C> = Part<'params', Slot<C, 'params'>> & Part<'query', Slot<C, 'query'>> & Part<'body', Slot<C, 'body'>>;
type CallArgs<C> = object extends CallInput<C> ? [input?: CallInput<C>] : [input: CallInput<C>];
type CallAnswer<C> = C extends { response?: infer R }
  ? [R] extends [undefined]
    ? void
    : z.output<NonNullable<R>>
  : never;

/** An endpoint's path with its parameters filled in, and its query. */
export function pathOf(path: string, params: object = {}, q: object = {}): string {
  const values = new Map(Object.entries(params));
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values.get(name))));
  return filled + query(q);
}

/** An endpoint's address for a link or an image (a file, a CSV, an export), with its query. */
export const hrefOf = (at: Endpoint, params: object = {}, q: object = {}): string =>
  `/api/v1${pathOf(at.path, params, q)}`;

/** An answer that came outside `call` (an upload's), checked like call's against its endpoint's contract. */
export const checkedAnswerOf = <N extends keyof ContractsByName>(
  at: Endpoint<N>,
  what: string,
  data: unknown,
): CallAnswer<ContractsByName[N]> => checkedBy(at.name, what, data) as CallAnswer<ContractsByName[N]>;

/**
 * Calls an endpoint of the route table (src/shared/endpoints): the path from its contract, the input
 * typed by its schemas, the answer checked against its response schema. The contracts and zod load
 * apart from the first chunk: an answer that comes before they have loaded is handed on at once and
 * checked as soon as they have, a breach reported as an error of the page.
 */
export async function call<N extends keyof ContractsByName>(
  at: Endpoint<N>,
  ...[input]: CallArgs<ContractsByName[N]>
): Promise<CallAnswer<ContractsByName[N]>> {
  const path = pathOf(at.path, input?.params ?? {}, input?.query ?? {});
  const answer = await send(at.method, path, input?.body);
  // Typed by the contract, and checked against it now or as soon as the contracts have loaded.
  return (answer === undefined ? undefined : checkedBy(at.name, `${at.method} ${path}`, answer)) as CallAnswer<
    ContractsByName[N]
  >;
}

/** Every item of a list, read page by page at the largest page the server allows (never cut off at one). */
export async function whole<T>(
  read: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total?: number }>,
): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await read({ limit: LIMITS.pageSizeMax, offset: items.length });
    items.push(...page.items);
    if (page.items.length < LIMITS.pageSizeMax || (page.total !== undefined && items.length >= page.total))
      return items;
  }
}

/** A whole list in the shape of one page, for pages that read `items`. */
const wholePage = async <T>(read: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<Page<T>> => {
  const items = await whole(read);
  return { items, total: items.length, limit: items.length, offset: 0 };
};

interface EarlyAnswer {
  ok: boolean;
  status: number;
  body: unknown;
}
const early = new Map<string, Promise<EarlyAnswer>>();
const answered = new Map<string, EarlyAnswer>();

/**
 * Starts reads a page is known to make (src/web/early-reads.ts) while the catalog loads, before the
 * first render; the page's own call then takes the answer already on its way. Settles when all have.
 */
export function readEarly(paths: readonly string[]): Promise<unknown> {
  return Promise.allSettled(
    paths.map((path) => {
      const answer = fetch(`/api/v1${path}`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      }).then(async (res): Promise<EarlyAnswer> => ({
        ok: res.ok,
        status: res.status,
        body:
          res.status === 204
            ? undefined
            : await res.json().catch(() => ({ title: res.statusText, status: res.status })),
      }));
      early.set(path, answer);
      answer.then(
        (a) => answered.set(path, a),
        () => early.delete(path),
      );
      return answer;
    }),
  );
}

/**
 * An endpoint's early read if it is in already, so a page can show it in its first render; taken once.
 * Checked by the endpoint's contract, now or as soon as the contracts have loaded.
 */
function takeEarlyOf<N extends keyof ContractsByName>(
  at: Endpoint<N>,
  params: object = {},
): CallAnswer<ContractsByName[N]> | undefined {
  const path = pathOf(at.path, params);
  const answer = answered.get(path);
  if (!answer?.ok || !early.has(path)) return undefined;
  early.delete(path);
  answered.delete(path);
  return checkedBy(at.name, `GET ${path}`, answer.body) as CallAnswer<ContractsByName[N]>;
}

/** For calls made outside `call`: an upload with progress (XMLHttpRequest) sends the same token. */
export const csrf = (): string | null => csrfToken;

function query(params: object): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params) as [string, unknown][]) {
    if (Array.isArray(v)) for (const each of v as unknown[]) q.append(k, String(each));
    else if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export type DialogueFilters = Partial<Omit<z.input<typeof DialogueListQuery>, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** A dialogue's publications: generate, edit, review, move along the workflow. */
function publicationsOf(dialogueId: string) {
  const at = publishingEndpoints;
  const one = (publicationId: string) => ({ id: dialogueId, publicationId });
  return {
    list: async (): Promise<PublicationSummary[]> => (await call(at.list, { params: { id: dialogueId } })).items,
    get: (id: string): Promise<Publication> => call(at.get, { params: one(id) }),
    create: (body: PublicationCreate): Promise<Publication> => call(at.create, { params: { id: dialogueId }, body }),
    update: (id: string, body: PublicationUpdate): Promise<Publication> => call(at.update, { params: one(id), body }),
    regenerate: (id: string, body: { version: number; discardEdits: boolean }): Promise<Publication> =>
      call(at.regenerate, { params: one(id), body }),
    move: (id: string, body: PublicationTransition): Promise<Publication> => call(at.move, { params: one(id), body }),
    review: (id: string, body: ReviewCreate): Promise<Publication> => call(at.review, { params: one(id), body }),
    changeSignOffs: (id: string, body: SignOffChange): Promise<Publication> =>
      call(at.signOffs, { params: one(id), body }),
    diff: (id: string, from: number, to: number): Promise<RevisionDiff> =>
      call(at.diff, { params: one(id), query: { from, to } }),
  };
}

export const api = {
  session: {
    /** Who is signed in, if the early read has answered already (undefined if not). */
    early(): CurrentUser | null | undefined {
      const s = takeEarlyOf(sessionEndpoints.read);
      if (s) csrfToken = s.csrfToken;
      return s?.user;
    },
    async current() {
      const s = await call(sessionEndpoints.read);
      csrfToken = s.csrfToken;
      return s.user;
    },
    async signIn(input: SignIn) {
      const s = await call(sessionEndpoints.signIn, { body: input });
      csrfToken = s.csrfToken;
      return s.user;
    },
    async passkeySignIn() {
      const { challengeId, options } = await call(sessionEndpoints.passkeyOptions);
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const response = await startAuthentication({ optionsJSON: options });
      // Spread: the browser's answer as the plain record the contract takes.
      const s = await call(sessionEndpoints.passkey, { body: { challengeId, response: { ...response } } });
      csrfToken = s.csrfToken;
      return s.user;
    },
    setupInfo: (token: string): Promise<AccountSetupInfo> => call(sessionEndpoints.setupInfo, { params: { token } }),
    async setupAccount(token: string, password?: string) {
      const s = await call(sessionEndpoints.setup, {
        params: { token },
        body: password ? { method: 'password', password } : { method: 'passkey' },
      });
      csrfToken = s.csrfToken;
      return s.user;
    },
    async addPasskey() {
      const { challengeId, options } = await call(meEndpoints.passkeyOptions);
      const { startRegistration } = await import('@simplewebauthn/browser');
      const response = await startRegistration({ optionsJSON: options });
      await call(meEndpoints.addPasskey, { body: { challengeId, response: { ...response } } });
    },
    requestReset: async (email: string): Promise<void> => {
      await call(sessionEndpoints.requestReset, { body: { email } });
    },
    resetPassword: (token: string, password: string): Promise<void> =>
      call(sessionEndpoints.reset, { params: { token }, body: { password } }),
    async signOut() {
      await call(sessionEndpoints.signOut);
      csrfToken = null;
    },
  },
  dialogues: {
    list: (filters: DialogueFilters = {}): Promise<Page<Dialogue>> => call(dialogueEndpoints.list, { query: filters }),
    record: (id: string): Promise<DialogueRecord> => call(dialogueEndpoints.get, { params: { id } }),
    earlyRecord: (id: string): DialogueRecord | undefined => takeEarlyOf(dialogueEndpoints.get, { id }),
    create: (body: DialogueCreateInput): Promise<Dialogue> => call(dialogueEndpoints.create, { body }),
    update: (id: string, body: DialogueUpdateInput): Promise<Dialogue> =>
      call(dialogueEndpoints.update, { params: { id }, body }),
  },
  outbox: (): Promise<OutboxMessage[]> => whole((page) => call(mailEndpoints.outbox, { query: page })),
  /** The signed-in user's own: sessions, passkeys, the private calendar address. */
  account: {
    sessions: async () => (await call(meEndpoints.sessions)).items,
    endSession: (sessionId: string): Promise<void> => call(meEndpoints.endSession, { params: { sessionId } }),
    passkeys: async () => (await call(meEndpoints.passkeys)).items,
    removePasskey: (passkeyId: string): Promise<void> => call(meEndpoints.removePasskey, { params: { passkeyId } }),
    calendarFeed: () => call(meEndpoints.calendarFeed),
    rotateCalendarFeed: () => call(meEndpoints.rotateCalendarFeed),
    memberships: async () => (await call(institutionEndpoints.mine)).items,
    setLocale: (locale: z.input<typeof LocaleChange>['locale']): Promise<void> =>
      call(meEndpoints.setLocale, { body: { locale } }),
  },
  bindings: {
    list: async (state: BindingState = 'pending'): Promise<Binding[]> =>
      (await call(bindingEndpoints.list, { query: { state } })).items,
    decide: (id: string, body: BindingDecision): Promise<Binding> =>
      call(bindingEndpoints.decide, { params: { id }, body }),
  },
  /** The secretariat's background jobs: those in one state (dead first of all), and running a dead one again. */
  jobs: {
    list: (state: JobState = 'dead'): Promise<Job[]> =>
      whole((page) => call(jobEndpoints.list, { query: { state, ...page } })),
    retry: (id: number): Promise<Job> => call(jobEndpoints.retry, { params: { id: String(id) } }),
  },
  /** The secretariat's audit log: one page of a filter (newest first, `before` the previous `next`), and its CSV's address. */
  audit: {
    list: (filters: AuditFilters, before?: number): Promise<AuditPage> =>
      call(auditEndpoints.list, { query: { ...filters, before, limit: 50 } }),
    csvUrl: (filters: AuditFilters): string => hrefOf(auditEndpoints.csv, {}, filters),
  },
  /** The secretariat's accounts: the list, a role, disabling and enabling, ending sessions. */
  users: {
    list: async (filters: { q?: string; state?: UserState } = {}): Promise<UserAccount[]> =>
      (await call(userEndpoints.list, { query: filters })).items,
    update: (id: string, body: UserUpdate): Promise<UserAccount> =>
      call(userEndpoints.update, { params: { id }, body }),
    endSessions: (id: string): Promise<void> => call(userEndpoints.endSessions, { params: { id } }),
  },
  search: (q: string, { kind, ...filters }: Partial<Record<Facet, string>> = {}): Promise<SearchResults> =>
    // A kind the page took from its address is sent only if it is one.
    call(searchEndpoints.query, {
      query: { q, ...filters, kind: SearchKindValues.find((k) => k === kind), limit: 20 },
    }),
  /** The plan and the record of one dialogue. */
  of: (dialogueId: string) => ({
    agendaItems: {
      create: (body: AgendaItemCreate): Promise<AgendaItem> =>
        call(agendaItemEndpoints.create, { params: { id: dialogueId }, body }),
      update: (childId: string, body: AgendaItemUpdate): Promise<AgendaItem> =>
        call(agendaItemEndpoints.update, { params: { id: dialogueId, childId }, body }),
      get: (childId: string): Promise<AgendaItem> =>
        call(agendaItemEndpoints.get, { params: { id: dialogueId, childId } }),
    },
    participants: {
      create: (body: ParticipantCreate): Promise<Participant> =>
        call(participantEndpoints.create, { params: { id: dialogueId }, body }),
      update: (childId: string, body: ParticipantUpdate): Promise<Participant> =>
        call(participantEndpoints.update, { params: { id: dialogueId, childId }, body }),
      get: (childId: string): Promise<Participant> =>
        call(participantEndpoints.get, { params: { id: dialogueId, childId } }),
    },
    statements: {
      create: (body: StatementCreate): Promise<Statement> =>
        call(statementEndpoints.create, { params: { id: dialogueId }, body }),
      update: (childId: string, body: StatementUpdate): Promise<Statement> =>
        call(statementEndpoints.update, { params: { id: dialogueId, childId }, body }),
      get: (childId: string): Promise<Statement> =>
        call(statementEndpoints.get, { params: { id: dialogueId, childId } }),
    },
    outcomes: {
      create: (body: OutcomeCreate): Promise<Outcome> =>
        call(outcomeEndpoints.create, { params: { id: dialogueId }, body }),
      update: (childId: string, body: OutcomeUpdate): Promise<Outcome> =>
        call(outcomeEndpoints.update, { params: { id: dialogueId, childId }, body }),
      get: (childId: string): Promise<Outcome> => call(outcomeEndpoints.get, { params: { id: dialogueId, childId } }),
    },
    publications: publicationsOf(dialogueId),
    /** Texts said under the Chatham House Rule, and their clearance for outsiders. */
    clearances: {
      list: (): Promise<ClearanceQueue> => call(clearanceEndpoints.list, { params: { id: dialogueId } }),
      get: (kind: ClearableKind, recordId: string): Promise<ClearanceView> =>
        call(clearanceEndpoints.get, { params: { id: dialogueId, kind, recordId } }),
      clear: (kind: ClearableKind, recordId: string, body: ClearanceCreate): Promise<ClearanceView> =>
        call(clearanceEndpoints.clear, { params: { id: dialogueId, kind, recordId }, body }),
    },
    invite: (body: InvitationCreate): Promise<InvitationSent> =>
      call(conveningEndpoints.invite, { params: { id: dialogueId }, body }),
    schedule: (at: string): Promise<ScheduleCheck> =>
      call(conveningEndpoints.schedule, { params: { id: dialogueId }, query: { at } }),
  }),
  directory: {
    countries: (): Promise<Country[]> => call(countryEndpoints.list),
    earlyCountries: (): Country[] | undefined => takeEarlyOf(countryEndpoints.list),
    series: (): Promise<Page<Series>> => wholePage((page) => call(seriesEndpoints.list, { query: page })),
    areas: (): Promise<Page<Area>> => wholePage((page) => call(areaEndpoints.list, { query: page })),
    organizations: (): Promise<Page<Organization>> =>
      wholePage((page) => call(organizationEndpoints.list, { query: page })),
    people: (): Promise<Page<Person>> => wholePage((page) => call(personEndpoints.list, { query: page })),
    organization: (id: string): Promise<Organization> => call(organizationEndpoints.get, { params: { id } }),
    memberships: async (organizationId: string): Promise<Membership[]> =>
      (await call(institutionEndpoints.list, { params: { id: organizationId } })).items,
    addMembership: (organizationId: string, body: MembershipCreate): Promise<Membership> =>
      call(institutionEndpoints.add, { params: { id: organizationId }, body }),
    changeMembership: (organizationId: string, id: string, body: MembershipChange): Promise<Membership> =>
      call(institutionEndpoints.change, { params: { id: organizationId, membershipId: id }, body }),
    person: (id: string): Promise<Person> => call(personEndpoints.get, { params: { id } }),
    organizationWrites: {
      create: (body: OrganizationCreate): Promise<Organization> => call(organizationEndpoints.create, { body }),
      update: (id: string, body: OrganizationUpdate): Promise<Organization> =>
        call(organizationEndpoints.update, { params: { id }, body }),
    },
    personWrites: {
      create: (body: PersonCreate): Promise<Person> => call(personEndpoints.create, { body }),
      update: (id: string, body: PersonUpdate): Promise<Person> =>
        call(personEndpoints.update, { params: { id }, body }),
    },
  },
  tracker: {
    matrix: (documentId: string, filters: TrackerQuery = {}): Promise<TrackerMatrix> =>
      call(trackerEndpoints.matrix, { params: { id: documentId }, query: filters }),
    charts: (documentId: string, filters: TrackerQuery = {}): Promise<TrackerCharts> =>
      call(trackerEndpoints.charts, { params: { id: documentId }, query: filters }),
    action: (id: string): Promise<ActionPage> => call(trackerEndpoints.action, { params: { id } }),
    setStatus: (id: string, body: z.input<typeof ActionStatusUpdateSchema>): Promise<ActionPage> =>
      call(trackerEndpoints.setStatus, { params: { id }, body }),
  },
  references: {
    list: (): Promise<Page<ReferenceDocument>> => wholePage((page) => call(documentEndpoints.list, { query: page })),
    provisions: (documentId: string): Promise<Page<Provision>> =>
      wholePage((page) => call(provisionEndpoints.list, { params: { id: documentId }, query: page })),
    mentions: (documentId: string, provisionId: string): Promise<ProvisionMentions> =>
      call(provisionEndpoints.mentions, { params: { id: documentId, childId: provisionId } }),
    documentWrites: {
      create: (body: ReferenceDocumentCreate): Promise<ReferenceDocument> => call(documentEndpoints.create, { body }),
      update: (id: string, body: ReferenceDocumentUpdate): Promise<ReferenceDocument> =>
        call(documentEndpoints.update, { params: { id }, body }),
      get: (id: string): Promise<ReferenceDocument> => call(documentEndpoints.get, { params: { id } }),
    },
    provisionWrites: (documentId: string) => ({
      create: (body: ProvisionCreate): Promise<Provision> =>
        call(provisionEndpoints.create, { params: { id: documentId }, body }),
      update: (childId: string, body: ProvisionUpdate): Promise<Provision> =>
        call(provisionEndpoints.update, { params: { id: documentId, childId }, body }),
    }),
  },
  live: {
    /** The hall's screen: the floor, the next three and the agenda item (insiders only). */
    projector: (dialogueId: string): Promise<ProjectorView> =>
      call(projectorEndpoints.view, { params: { id: dialogueId } }),
  },
};
