import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
import type { MultiText } from '../../shared/multilingual.ts';
import * as E from '../../shared/contracts/enums.ts';

/* Enumerations come from the shared contracts, so the database and the API cannot disagree. */
export const organizationKind = pgEnum('organization_kind', E.OrganizationKind.enum);
export const dialogueFormat = pgEnum('dialogue_format', E.DialogueFormat.enum);
export const dialogueStatus = pgEnum('dialogue_status', E.DialogueStatus.enum);
export const confidentiality = pgEnum('confidentiality', E.Confidentiality.enum);
export const participantRole = pgEnum('participant_role', E.ParticipantRole.enum);
export const invitationState = pgEnum('invitation_state', E.InvitationState.enum);
export const documentKind = pgEnum('document_kind', E.DocumentKind.enum);
export const statementKind = pgEnum('statement_kind', E.StatementKind.enum);
export const outcomeKind = pgEnum('outcome_kind', E.OutcomeKind.enum);
export const actionStatus = pgEnum('action_status', E.ActionStatus.enum);
export const publicationKind = pgEnum('publication_kind', E.PublicationKind.enum);
export const publicationStatus = pgEnum('publication_status', E.PublicationStatus.enum);
export const userRole = pgEnum('user_role', E.UserRole.enum);
export const searchKind = pgEnum('search_kind', E.SearchKind.enum);

const ml = (name: string) => jsonb(name).$type<MultiText>();
const ids = (name: string) =>
  uuid(name)
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`);
/** A required link to another table's row, removed with it when the config says cascade. */
export const linkTo = (name: string, to: () => AnyPgColumn, config?: { onDelete: 'cascade' }) =>
  uuid(name).notNull().references(to, config);
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Every editable record: optimistic-concurrency version and timestamps. */
/**
 * Statements and outcomes under the Chatham House Rule. `under_rule` is set when the record is made
 * under the Rule and never unset, so lowering a rule later does not reach back to what was said under
 * it. The clearance: the text outsiders read (as said, or as the clearer edited it), the hash of the
 * exact text as said that it was cleared against, the versions released, who and when.
 */
const ruleColumns = () => ({
  underRule: boolean('under_rule').notNull().default(false),
  clearedText: ml('cleared_text'),
  clearedHash: text('cleared_hash'),
  clearedLanguages: text('cleared_languages').array(),
  clearedBy: uuid('cleared_by'),
  clearedAt: at('cleared_at'),
});

export const recordColumns = () => ({
  id: uuid('id').primaryKey(),
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  name: ml('name').notNull(),
  zones: text('zones').array().notNull(),
  languages: text('languages').array().notNull(),
});

export const organizations = pgTable(
  'organizations',
  {
    ...recordColumns(),
    kind: organizationKind('kind').notNull(),
    countryCode: text('country_code').references(() => countries.code),
    parentAuthority: ml('parent_authority'),
    website: text('website'),
  },
  (t) => [index('organizations_country_idx').on(t.countryCode)],
);

export const organizationNames = pgTable(
  'organization_names',
  {
    id: uuid('id').primaryKey(),
    organizationId: linkTo('organization_id', () => organizations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: ml('name').notNull(),
    acronym: ml('acronym'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [index('organization_names_org_idx').on(t.organizationId)],
);

export const people = pgTable('people', {
  ...recordColumns(),
  name: ml('name').notNull(),
  email: text('email'),
  phone: text('phone'),
});

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey(),
    personId: linkTo('person_id', () => people.id, { onDelete: 'cascade' }),
    organizationId: linkTo('organization_id', () => organizations.id),
    position: integer('position').notNull(),
    title: ml('title').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [index('positions_person_idx').on(t.personId), index('positions_org_idx').on(t.organizationId)],
);

export const series = pgTable('series', {
  ...recordColumns(),
  title: ml('title').notNull(),
  description: ml('description'),
});

export const areas = pgTable('areas', {
  ...recordColumns(),
  slug: text('slug').notNull().unique(),
  name: ml('name').notNull(),
});

export const referenceDocuments = pgTable('reference_documents', {
  ...recordColumns(),
  kind: documentKind('kind').notNull(),
  symbol: text('symbol'),
  title: ml('title').notNull(),
  adoptedOn: date('adopted_on'),
  adoptedBy: ml('adopted_by'),
  url: text('url'),
});

export const provisions = pgTable(
  'provisions',
  {
    ...recordColumns(),
    documentId: linkTo('document_id', () => referenceDocuments.id),
    number: text('number').notNull(),
    position: integer('position').notNull(),
    text: ml('text').notNull(),
    placeholder: boolean('placeholder').notNull().default(false),
  },
  (t) => [unique('provisions_document_number_key').on(t.documentId, t.number)],
);

export const dialogues = pgTable(
  'dialogues',
  {
    ...recordColumns(),
    seriesId: uuid('series_id').references(() => series.id),
    title: ml('title').notNull(),
    summary: ml('summary'),
    format: dialogueFormat('format').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    hostZone: text('host_zone').notNull(),
    status: dialogueStatus('status').notNull(),
    confidentiality: confidentiality('confidentiality').notNull(),
    languages: text('languages').array().notNull(),
    media: jsonb('media').$type<{ kind: 'built_in' } | { kind: 'external'; url: string }>().notNull(),
    convenerIds: ids('convener_ids'),
    referenceDocumentIds: ids('reference_document_ids'),
    // Where it is held, as datelines name it: a city and, optionally, the place in it.
    venueCity: ml('venue_city'),
    venuePlace: ml('venue_place'),
    theme: ml('theme'),
  },
  (t) => [
    index('dialogues_starts_idx').on(t.startsAt),
    index('dialogues_series_idx').on(t.seriesId),
    check('dialogues_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export type AttendanceRow = { from: string; to: string | null };

export const participants = pgTable(
  'participants',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    personId: linkTo('person_id', () => people.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    role: participantRole('role').notNull(),
    invitation: invitationState('invitation').notNull(),
    attendance: jsonb('attendance').$type<AttendanceRow[]>().notNull().default([]),
  },
  (t) => [
    unique('participants_dialogue_person_key').on(t.dialogueId, t.personId),
    index('participants_person_idx').on(t.personId),
    index('participants_org_idx').on(t.organizationId),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: ml('title').notNull(),
    description: ml('description'),
    confidentiality: confidentiality('confidentiality'),
    provisionIds: ids('provision_ids'),
    areaIds: ids('area_ids'),
  },
  (t) => [index('agenda_items_dialogue_idx').on(t.dialogueId)],
);

export const statements = pgTable(
  'statements',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    participantId: uuid('participant_id').references(() => participants.id),
    collectiveOrganizationIds: ids('collective_organization_ids'),
    kind: statementKind('kind').notNull(),
    text: ml('text').notNull(),
    deliveredAt: at('delivered_at'),
    position: integer('position').notNull(),
    areaIds: ids('area_ids'),
    provisionIds: ids('provision_ids'),
    ...ruleColumns(),
  },
  (t) => [
    index('statements_dialogue_idx').on(t.dialogueId, t.position),
    index('statements_participant_idx').on(t.participantId),
    index('statements_areas_idx').using('gin', t.areaIds),
    index('statements_provisions_idx').using('gin', t.provisionIds),
    check(
      'statements_one_speaker',
      sql`(${t.participantId} is not null) <> (cardinality(${t.collectiveOrganizationIds}) > 0)`,
    ),
  ],
);

export const outcomes = pgTable(
  'outcomes',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    kind: outcomeKind('kind').notNull(),
    text: ml('text').notNull(),
    proposerIds: ids('proposer_ids'),
    endorserIds: ids('endorser_ids'),
    areaIds: ids('area_ids'),
    provisionIds: ids('provision_ids'),
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
    dueOn: date('due_on'),
    status: actionStatus('status'),
    position: integer('position').notNull(),
    ...ruleColumns(),
  },
  (t) => [
    index('outcomes_dialogue_idx').on(t.dialogueId, t.position),
    index('outcomes_owner_idx').on(t.ownerOrganizationId),
    index('outcomes_areas_idx').using('gin', t.areaIds),
    index('outcomes_provisions_idx').using('gin', t.provisionIds),
  ],
);

/** Append-only: each change of an action's status, with who, when, why and the evidence. */
export const outcomeStatusChanges = pgTable(
  'outcome_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    outcomeId: linkTo('outcome_id', () => outcomes.id, { onDelete: 'cascade' }),
    status: actionStatus('status').notNull(),
    note: ml('note'),
    evidence: text('evidence')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    changedBy: uuid('changed_by'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('outcome_status_changes_outcome_idx').on(t.outcomeId, t.id)],
);

export const publications = pgTable(
  'publications',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id),
    kind: publicationKind('kind').notNull(),
    language: text('language').notNull(),
    /** The language the text is written in: the generator falls back, visibly, where it has no templates. */
    writtenIn: text('written_in').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: publicationStatus('status').notNull().default('draft'),
    slug: text('slug').notNull().unique(),
    /** The embargo: published content is visible from this instant on, and not before. */
    publishAt: at('publish_at'),
    publishedAt: at('published_at'),
    /** The publisher's zone: the public site shows times in it. */
    zone: text('zone').notNull(),
    /** The revision the title and body are. */
    revision: integer('revision').notNull().default(1),
    /** When the list of institutions that sign off was fixed (`publication_sign_offs`): at the first review. */
    signOffFixedAt: at('sign_off_fixed_at'),
  },
  (t) => [
    index('publications_dialogue_idx').on(t.dialogueId),
    unique('publications_dialogue_kind_language_key').on(t.dialogueId, t.kind, t.language),
    index('publications_news_idx').on(t.status, t.publishAt),
  ],
);

/** Every text a publication has had, generated or edited: nothing is overwritten. */
export const publicationRevisions = pgTable(
  'publication_revisions',
  {
    publicationId: linkTo('publication_id', () => publications.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    origin: text('origin', { enum: ['generated', 'edited'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.n] })],
);

/** An institution's approval of, or comment on, one revision. */
export const publicationReviews = pgTable(
  'publication_reviews',
  {
    id: uuid('id').primaryKey(),
    publicationId: linkTo('publication_id', () => publications.id, { onDelete: 'cascade' }),
    organizationId: linkTo('organization_id', () => organizations.id),
    userId: uuid('user_id'),
    decision: text('decision', { enum: ['approve', 'comment'] }).notNull(),
    comment: text('comment'),
    revision: integer('revision').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('publication_reviews_publication_idx').on(t.publicationId)],
);

export const users = pgTable('users', {
  ...recordColumns(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: userRole('role').notNull(),
  personId: uuid('person_id')
    .unique()
    .references(() => people.id),
  locale: text('locale'),
  /** A disabled account signs in no more, and its sessions ended when it was disabled. */
  disabledAt: at('disabled_at'),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table does not hand out sessions. */
    id: text('id').primaryKey(),
    userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One row per stream (a dialogue's id, or a shared stream such as `directory`): its last `seq`. */
export const eventStreams = pgTable('event_streams', {
  stream: text('stream').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
});

/** Append-only: every write, in the same transaction as the write. Audit log, live feed and resume point. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stream: text('stream').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    dialogueId: uuid('dialogue_id'),
    type: text('type').notNull(),
    actorId: uuid('actor_id'),
    payload: jsonb('payload').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    unique('events_stream_seq_key').on(t.stream, t.seq),
    index('events_dialogue_idx').on(t.dialogueId, t.seq),
    // The audit log filters by who and by period, newest first.
    index('events_actor_idx').on(t.actorId),
    index('events_at_idx').on(t.at),
  ],
);

/**
 * One row per searchable text in one language: the original (for snippets in its own script) and its
 * skeleton (the key across scripts), with what facets and the audience filter need. Rebuilt by the
 * write that changes the record, in the same transaction; visibility is decided at query time.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: searchKind('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    dialogueId: uuid('dialogue_id'),
    agendaItemId: uuid('agenda_item_id'),
    lang: text('lang').notNull(),
    text: text('text').notNull(),
    skeleton: text('skeleton').notNull(),
    /**
     * The original stemmed by its language's dictionary (Russian, English; `simple` for the rest), and
     * every word of the skeleton as it is: one GIN index answers both the stemmed and the cross-script match.
     */
    tsv: tsvector('tsv').notNull(),
    year: integer('year'),
    organizationIds: ids('organization_ids'),
    areaIds: ids('area_ids'),
    /** A publication is found by everyone from this instant (its embargo), and only inside its dialogue before. */
    publicFrom: at('public_from'),
    /**
     * Who may find it: `all`, or, for a record said under the Chatham House Rule, `inside` (the text
     * as said, attributed) and `outside` (the cleared text alone, with no organization).
     */
    audience: text('audience').$type<'all' | 'inside' | 'outside'>().notNull().default('all'),
  },
  (t) => [
    unique('search_entries_ref_lang_key').on(t.kind, t.refId, t.lang, t.audience),
    index('search_entries_tsv_idx').using('gin', t.tsv),
    index('search_entries_dialogue_idx').on(t.dialogueId),
  ],
);

/**
 * Every lexeme of the index (skeleton words and stems) with the number of entries holding it: the
 * query asks the index only for terms it has, and finds the words a mistyped or half-typed word may
 * mean by trigram similarity here, in a small table, where that stays cheap at any archive size.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
    /** How many entries hold it: a typo is expanded toward words about as rare as its best match. */
    entries: integer('entries').notNull().default(0),
  },
  (t) => [index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);

/**
 * Durable jobs: a job is a row, enqueued in the transaction that wants it, so a crash loses none.
 * `key` makes an enqueue idempotent (one weekly digest per week, whoever asks).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull().unique(),
    runAt: at('run_at').notNull(),
    payload: jsonb('payload').notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: at('locked_until'),
    doneAt: at('done_at'),
    lastError: text('last_error'),
    /** Set when its last allowed attempt failed: it runs no more until the secretariat retries it. */
    deadAt: at('dead_at'),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.doneAt} is null and ${t.deadAt} is null`),
  ],
);

/** Every message the platform sends, kept whether or not an SMTP server took it: admins read it in demo mode. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey(),
    /** One message per purpose and recipient (a week's digest to one person): a retried job does not send it twice. */
    key: text('key').notNull().unique(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
    /** The last error the SMTP server or the connection gave; the message is retried unless failed. */
    error: text('error'),
    /** Set when the server refused it for good (5xx) or after the last allowed attempt: sent no more. */
    failedAt: at('failed_at'),
    /** Tries that ended in an error; each one waits longer before the next (next_attempt_at). */
    attempts: integer('attempts').notNull().default(0),
    /** Not before then; null: as soon as a drain runs. */
    nextAttemptAt: at('next_attempt_at'),
    /** A drain holds it until then (FOR UPDATE SKIP LOCKED on the claim); a crashed drain's lease runs out. */
    claimedUntil: at('claimed_until'),
    /** Files sent with the message, such as an iCalendar invitation. */
    attachments: jsonb('attachments')
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .notNull()
      .default([]),
  },
  (t) => [
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
  ],
);

/**
 * An invitation to one participant: a one-time link (only its hash is stored) that expires, and the
 * answer given with it. The participant row carries the state the organizer sees.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    participantId: linkTo('participant_id', () => participants.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The invitee's own zone, for the times the messages show beside the host's. */
    zone: text('zone').notNull(),
    expiresAt: at('expires_at').notNull(),
    /** The language the e-mail went in; its page and the account it offers open in it. */
    language: text('language'),
    usedAt: at('used_at'),
    response: invitationState('response'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('invitations_dialogue_idx').on(t.dialogueId), index('invitations_participant_idx').on(t.participantId)],
);

/** Failed sign-ins by e-mail address: enough of them in a window locks the address for a while, on every instance. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('sign_in_failures_email_idx').on(t.email, t.at)],
);

/** A user's private calendar address: the token is the secret, and only its hash is kept. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** A password-reset link: one use, one hour, only the hash kept. */
export const passwordResets = pgTable('password_resets', {
  id: uuid('id').primaryKey(),
  userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

/** A user's passkeys (WebAuthn credentials): the public key and the signature counter. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull(),
    transports: text('transports')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);

/** A WebAuthn challenge, used once, shortly. */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  id: uuid('id').primaryKey(),
  challenge: text('challenge').notNull(),
  userId: uuid('user_id'),
  expiresAt: at('expires_at').notNull(),
});

/** After accepting an invitation, a one-time link to open an account for the invited person. */
export const accountSetups = pgTable('account_setups', {
  id: uuid('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  personId: linkTo('person_id', () => people.id),
  email: text('email').notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
  /** The invitation that offered it. */
  invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
  /**
   * Whether the person's identity is proven: the invitation went to the e-mail the directory holds
   * for them. Otherwise the account opens unbound, with a binding the secretariat decides.
   */
  bindsPerson: boolean('binds_person').notNull().default(false),
});

export const bindingDecision = pgEnum('binding_decision', ['confirmed', 'refused']);

/**
 * A request to tie an account to a directory person whose identity the invitation did not prove (it
 * went to an address other than the directory's). Pending until the secretariat confirms or refuses.
 */
export const accountBindings = pgTable(
  'account_bindings',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    userId: linkTo('user_id', () => users.id, { onDelete: 'cascade' }),
    personId: linkTo('person_id', () => people.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
    requestedAt: at('requested_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: at('decided_at'),
    decision: bindingDecision('decision'),
  },
  (t) => [
    index('account_bindings_pending_idx')
      .on(t.requestedAt)
      .where(sql`${t.decision} is null`),
  ],
);
