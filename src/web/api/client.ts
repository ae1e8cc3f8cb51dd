import type { Page } from '../../shared/common.ts';
import { AccountSetupInfo, CurrentUser, PasskeyOptions, SessionInfo } from '../../shared/contracts/accounts.ts';
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type { SignIn } from '../../shared/contracts/accounts.ts';
import { Area, Country, Organization, Person, Series } from '../../shared/contracts/directory.ts';
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
import {
  AgendaItem,
  Dialogue,
  Participant,
  type AgendaItemCreate,
  type AgendaItemUpdate,
  type DialogueCreateInput,
  type DialogueListQuery,
  type DialogueUpdateInput,
  type ParticipantCreate,
  type ParticipantUpdate,
} from '../../shared/contracts/dialogues.ts';
import {
  Outcome,
  Statement,
  type OutcomeCreate,
  type OutcomeUpdate,
  type StatementCreate,
  type StatementUpdate,
} from '../../shared/contracts/record.ts';
import { DialogueRecord } from '../../shared/contracts/dialogue-record.ts';
import { Provision, ProvisionMentions, ReferenceDocument } from '../../shared/contracts/references.ts';
import type { Problem } from '../../shared/errors.ts';
import { SearchResults, type Facet } from '../../shared/contracts/search.ts';
import { page } from '../../shared/common.ts';
import { CalendarFeed, CalendarFeedState, PasskeyList, SessionList } from '../../shared/contracts/accounts.ts';
import { OutboxMessage } from '../../shared/contracts/mail.ts';
import { AuditPage, type AuditFilters } from '../../shared/contracts/audit.ts';
import { Job, JobList, type JobState } from '../../shared/contracts/jobs.ts';
import {
  Membership,
  MembershipList,
  type MembershipChange,
  type MembershipCreate,
  type SignOffChange,
} from '../../shared/contracts/institutions.ts';
import { Binding, BindingList, type BindingDecision, type BindingState } from '../../shared/contracts/accounts.ts';
import { UserAccount, UserAccountList, type UserState, type UserUpdate } from '../../shared/contracts/accounts.ts';
import { InvitationSent, ScheduleCheck, type InvitationCreate } from '../../shared/contracts/convening.ts';
import type { ActionStatusUpdate as ActionStatusUpdateSchema } from '../../shared/contracts/tracker.ts';
import { ActionPage, TrackerCharts, TrackerMatrix, type TrackerQuery } from '../../shared/contracts/tracker.ts';
import {
  Publication,
  PublicationSummary,
  RevisionDiff,
  type PublicationCreate,
  type PublicationTransition,
  type PublicationUpdate,
  type ReviewCreate,
} from '../../shared/contracts/publishing.ts';
import {
  ClearanceQueue,
  ClearanceView,
  type ClearableKind,
  type ClearanceCreate,
} from '../../shared/contracts/clearance.ts';
import { ProjectorView } from '../../shared/live/projector.ts';
import { z as zod, type z } from 'zod';

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
 * Every call goes through here: JSON in, the response checked against the same contract the
 * server answers with, problems turned into ApiError.
 */
function request(method: string, path: string, schema: null, body?: unknown): Promise<void>;
function request<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.infer<S>>;
async function request(method: string, path: string, schema: z.ZodType | null, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
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
  if (res.status === 204 || !schema) return undefined;
  return schema.parse(await res.json());
}

/** For calls made outside `request`: an upload with progress (XMLHttpRequest) sends the same token. */
export const csrf = (): string | null => csrfToken;
export { request as apiRequest };

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export type DialogueFilters = Partial<Omit<z.input<typeof DialogueListQuery>, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** Create and update for one kind of record, typed by its contract. */
function writes<Create, Update, S extends z.ZodType>(base: string, schema: S) {
  return {
    create: (body: Create): Promise<z.infer<S>> => request('POST', base, schema, body),
    update: (id: string, body: Update): Promise<z.infer<S>> => request('PATCH', `${base}/${id}`, schema, body),
    get: (id: string): Promise<z.infer<S>> => request('GET', `${base}/${id}`, schema),
  };
}

/** A dialogue's publications: generate, edit, review, move along the workflow. */
function publicationsOf(dialogueId: string) {
  const base = `/dialogues/${dialogueId}/publications`;
  return {
    list: async (): Promise<PublicationSummary[]> =>
      (await request('GET', base, zod.object({ items: zod.array(PublicationSummary) }))).items,
    get: (id: string): Promise<Publication> => request('GET', `${base}/${id}`, Publication),
    create: (body: PublicationCreate): Promise<Publication> => request('POST', base, Publication, body),
    update: (id: string, body: PublicationUpdate): Promise<Publication> =>
      request('PATCH', `${base}/${id}`, Publication, body),
    regenerate: (id: string, body: { version: number; discardEdits: boolean }): Promise<Publication> =>
      request('POST', `${base}/${id}/regenerate`, Publication, body),
    move: (id: string, body: PublicationTransition): Promise<Publication> =>
      request('POST', `${base}/${id}/status`, Publication, body),
    review: (id: string, body: ReviewCreate): Promise<Publication> =>
      request('POST', `${base}/${id}/reviews`, Publication, body),
    changeSignOffs: (id: string, body: SignOffChange): Promise<Publication> =>
      request('PATCH', `${base}/${id}/sign-offs`, Publication, body),
    diff: (id: string, from: number, to: number): Promise<RevisionDiff> =>
      request('GET', `${base}/${id}/diff${query({ from, to })}`, RevisionDiff),
  };
}

export const api = {
  session: {
    async current() {
      const s = await request(
        'GET',
        '/session',
        zod.object({ user: CurrentUser.nullable(), csrfToken: zod.string().nullable() }),
      );
      csrfToken = s.csrfToken;
      return s.user;
    },
    async signIn(input: SignIn) {
      const s = await request('POST', '/session', SessionInfo, input);
      csrfToken = s.csrfToken;
      return s.user;
    },
    async passkeySignIn() {
      const { challengeId, options } = await request('POST', '/session/passkey-options', PasskeyOptions, {});
      const response = await startAuthentication({ optionsJSON: options as never });
      const s = await request('POST', '/session/passkey', SessionInfo, { challengeId, response });
      csrfToken = s.csrfToken;
      return s.user;
    },
    setupInfo: (token: string): Promise<z.infer<typeof AccountSetupInfo>> =>
      request('GET', `/account-setup/${encodeURIComponent(token)}`, AccountSetupInfo),
    async setupAccount(token: string, password?: string) {
      const s = await request(
        'POST',
        `/account-setup/${encodeURIComponent(token)}`,
        SessionInfo,
        password ? { method: 'password', password } : { method: 'passkey' },
      );
      csrfToken = s.csrfToken;
      return s.user;
    },
    async addPasskey() {
      const { challengeId, options } = await request('POST', '/passkeys/options', PasskeyOptions, {});
      const response = await startRegistration({ optionsJSON: options as never });
      await request('POST', '/passkeys', null, { challengeId, response });
    },
    requestReset: (email: string): Promise<void> => request('POST', '/password-reset', null, { email }),
    resetPassword: (token: string, password: string): Promise<void> =>
      request('POST', `/password-reset/${encodeURIComponent(token)}`, null, { password }),
    async signOut() {
      await request('DELETE', '/session', null);
      csrfToken = null;
    },
  },
  dialogues: {
    list: (filters: DialogueFilters = {}): Promise<Page<Dialogue>> =>
      request('GET', `/dialogues${query(filters)}`, page(Dialogue)),
    record: (id: string): Promise<DialogueRecord> => request('GET', `/dialogues/${id}`, DialogueRecord),
    create: (body: DialogueCreateInput): Promise<Dialogue> => request('POST', '/dialogues', Dialogue, body),
    update: (id: string, body: DialogueUpdateInput): Promise<Dialogue> =>
      request('PATCH', `/dialogues/${id}`, Dialogue, body),
  },
  outbox: async (): Promise<z.infer<typeof OutboxMessage>[]> =>
    (await request('GET', '/outbox?limit=100', zod.object({ items: zod.array(OutboxMessage) }))).items,
  /** The signed-in user's own: sessions, passkeys, the private calendar address. */
  account: {
    sessions: async () => (await request('GET', '/me/sessions', SessionList)).items,
    endSession: (id: string): Promise<void> => request('DELETE', `/me/sessions/${encodeURIComponent(id)}`, null),
    passkeys: async () => (await request('GET', '/me/passkeys', PasskeyList)).items,
    removePasskey: (id: string): Promise<void> => request('DELETE', `/me/passkeys/${encodeURIComponent(id)}`, null),
    calendarFeed: () => request('GET', '/me/calendar-feed', CalendarFeedState),
    rotateCalendarFeed: () => request('POST', '/me/calendar-feed', CalendarFeed),
    memberships: async () => (await request('GET', '/me/memberships', MembershipList)).items,
    setLocale: (locale: string): Promise<void> => request('PATCH', '/me/locale', null, { locale }),
  },
  bindings: {
    list: async (state: BindingState = 'pending'): Promise<Binding[]> =>
      (await request('GET', `/bindings${query({ state })}`, BindingList)).items,
    decide: (id: string, body: BindingDecision): Promise<Binding> =>
      request('POST', `/bindings/${id}/decision`, Binding, body),
  },
  /** The secretariat's background jobs: those in one state (dead first of all), and running a dead one again. */
  jobs: {
    list: async (state: JobState = 'dead'): Promise<Job[]> =>
      (await request('GET', `/jobs${query({ state, limit: 100 })}`, JobList)).items,
    retry: (id: number): Promise<Job> => request('POST', `/jobs/${id}/retry`, Job),
  },
  /** The secretariat's audit log: one page of a filter (newest first, `before` the previous `next`), and its CSV's address. */
  audit: {
    list: (filters: AuditFilters, before?: number): Promise<AuditPage> =>
      request('GET', `/audit${query({ ...filters, before, limit: 50 })}`, AuditPage),
    csvUrl: (filters: AuditFilters): string => `/api/v1/audit.csv${query({ ...filters })}`,
  },
  /** The secretariat's accounts: the list, a role, disabling and enabling, ending sessions. */
  users: {
    list: async (filters: { q?: string; state?: UserState } = {}): Promise<UserAccount[]> =>
      (await request('GET', `/users${query(filters)}`, UserAccountList)).items,
    update: (id: string, body: UserUpdate): Promise<UserAccount> => request('PATCH', `/users/${id}`, UserAccount, body),
    endSessions: (id: string): Promise<void> => request('DELETE', `/users/${id}/sessions`, null),
  },
  search: (q: string, filters: Partial<Record<Facet, string>> = {}): Promise<SearchResults> =>
    request('GET', `/search${query({ q, ...filters, limit: 20 })}`, SearchResults),
  /** The plan and the record of one dialogue. */
  of: (dialogueId: string) => ({
    agendaItems: writes<AgendaItemCreate, AgendaItemUpdate, typeof AgendaItem>(
      `/dialogues/${dialogueId}/agenda-items`,
      AgendaItem,
    ),
    participants: writes<ParticipantCreate, ParticipantUpdate, typeof Participant>(
      `/dialogues/${dialogueId}/participants`,
      Participant,
    ),
    statements: writes<StatementCreate, StatementUpdate, typeof Statement>(
      `/dialogues/${dialogueId}/statements`,
      Statement,
    ),
    outcomes: writes<OutcomeCreate, OutcomeUpdate, typeof Outcome>(`/dialogues/${dialogueId}/outcomes`, Outcome),
    publications: publicationsOf(dialogueId),
    /** Texts said under the Chatham House Rule, and their clearance for outsiders. */
    clearances: {
      list: (): Promise<ClearanceQueue> => request('GET', `/dialogues/${dialogueId}/clearances`, ClearanceQueue),
      get: (kind: ClearableKind, recordId: string): Promise<ClearanceView> =>
        request('GET', `/dialogues/${dialogueId}/clearances/${kind}/${recordId}`, ClearanceView),
      clear: (kind: ClearableKind, recordId: string, body: ClearanceCreate): Promise<ClearanceView> =>
        request('POST', `/dialogues/${dialogueId}/clearances/${kind}/${recordId}`, ClearanceView, body),
    },
    invite: (body: InvitationCreate): Promise<z.infer<typeof InvitationSent>> =>
      request('POST', `/dialogues/${dialogueId}/invitations`, InvitationSent, body),
    schedule: (at: string): Promise<ScheduleCheck> =>
      request('GET', `/dialogues/${dialogueId}/schedule${query({ at })}`, ScheduleCheck),
  }),
  directory: {
    countries: (): Promise<Country[]> => request('GET', '/countries', zod.array(Country)),
    series: (): Promise<Page<Series>> => request('GET', '/series?limit=100', page(Series)),
    areas: (): Promise<Page<Area>> => request('GET', '/areas?limit=100', page(Area)),
    organizations: (): Promise<Page<Organization>> => request('GET', '/organizations?limit=100', page(Organization)),
    people: (): Promise<Page<Person>> => request('GET', '/people?limit=100', page(Person)),
    organization: (id: string): Promise<Organization> => request('GET', `/organizations/${id}`, Organization),
    memberships: async (organizationId: string): Promise<Membership[]> =>
      (await request('GET', `/organizations/${organizationId}/memberships`, MembershipList)).items,
    addMembership: (organizationId: string, body: MembershipCreate): Promise<Membership> =>
      request('POST', `/organizations/${organizationId}/memberships`, Membership, body),
    changeMembership: (organizationId: string, id: string, body: MembershipChange): Promise<Membership> =>
      request('PATCH', `/organizations/${organizationId}/memberships/${id}`, Membership, body),
    person: (id: string): Promise<Person> => request('GET', `/people/${id}`, Person),
    organizationWrites: writes<OrganizationCreate, OrganizationUpdate, typeof Organization>(
      '/organizations',
      Organization,
    ),
    personWrites: writes<PersonCreate, PersonUpdate, typeof Person>('/people', Person),
  },
  tracker: {
    matrix: (documentId: string, filters: TrackerQuery = {}): Promise<TrackerMatrix> =>
      request('GET', `/tracker/documents/${documentId}${query(filters)}`, TrackerMatrix),
    charts: (documentId: string, filters: TrackerQuery = {}): Promise<TrackerCharts> =>
      request('GET', `/tracker/documents/${documentId}/charts${query(filters)}`, TrackerCharts),
    action: (id: string): Promise<ActionPage> => request('GET', `/actions/${id}`, ActionPage),
    setStatus: (id: string, body: z.input<typeof ActionStatusUpdateSchema>): Promise<ActionPage> =>
      request('POST', `/actions/${id}/status`, ActionPage, body),
  },
  references: {
    list: (): Promise<Page<ReferenceDocument>> =>
      request('GET', '/reference-documents?limit=100', page(ReferenceDocument)),
    provisions: (documentId: string): Promise<Page<Provision>> =>
      request('GET', `/reference-documents/${documentId}/provisions?limit=100`, page(Provision)),
    mentions: (documentId: string, provisionId: string): Promise<ProvisionMentions> =>
      request('GET', `/reference-documents/${documentId}/provisions/${provisionId}/mentions`, ProvisionMentions),
    documentWrites: writes<ReferenceDocumentCreate, ReferenceDocumentUpdate, typeof ReferenceDocument>(
      '/reference-documents',
      ReferenceDocument,
    ),
    provisionWrites: (documentId: string) =>
      writes<ProvisionCreate, ProvisionUpdate, typeof Provision>(
        `/reference-documents/${documentId}/provisions`,
        Provision,
      ),
  },
  live: {
    /** The hall's screen: the floor, the next three and the agenda item (insiders only). */
    projector: (dialogueId: string): Promise<ProjectorView> =>
      request('GET', `/dialogues/${dialogueId}/live/projector`, ProjectorView),
  },
};
