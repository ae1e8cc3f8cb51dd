import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { MaterialKind } from '../../shared/contracts/materials.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import {
  agendaItems,
  at,
  dialogues,
  linkTo,
  organizations,
  outcomes,
  recordColumns,
  statements,
  users,
} from './schema-core.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
});

export const materialKind = pgEnum('material_kind', MaterialKind.enum);

/**
 * A paper, slides or a note attached to a dialogue or to one record of it. Insiders only until an
 * insider marks it public; `public_version` is the version that clearance released.
 */
export const materials = pgTable(
  'materials',
  {
    ...recordColumns(),
    dialogueId: linkTo('dialogue_id', () => dialogues.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    statementId: uuid('statement_id').references(() => statements.id, { onDelete: 'set null' }),
    outcomeId: uuid('outcome_id').references(() => outcomes.id, { onDelete: 'set null' }),
    title: jsonb('title').$type<MultiText>().notNull(),
    language: text('language').notNull(),
    kind: materialKind('kind').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    currentVersion: integer('current_version').notNull().default(1),
    publicVersion: integer('public_version'),
    publicAt: at('public_at'),
    publicBy: uuid('public_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('materials_dialogue_idx').on(t.dialogueId)],
);

/** Every upload of a material; none is rewritten. `public_*` describe the copy outsiders get. */
export const materialVersions = pgTable(
  'material_versions',
  {
    id: uuid('id').primaryKey(),
    materialId: linkTo('material_id', () => materials.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    fileName: text('file_name').notNull(),
    type: text('type').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    publicSize: bigint('public_size', { mode: 'number' }),
    publicSha256: text('public_sha256'),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: at('uploaded_at').notNull().defaultNow(),
    extraction: text('extraction').$type<'pending' | 'running' | 'done' | 'failed'>().notNull().default('pending'),
    pages: integer('pages'),
    preview: boolean('preview').notNull().default(false),
  },
  (t) => [unique('material_versions_number_key').on(t.materialId, t.number)],
);

/**
 * The bytes, in chunks: the original upload, the public copy (metadata stripped) and the preview
 * image. In the database, so every instance reads them and the backup carries them. No foreign key:
 * an upload writes its chunks before the short transaction that makes its version row, and deleting
 * a material deletes its chunks itself.
 */
export const materialChunks = pgTable(
  'material_chunks',
  {
    versionId: uuid('version_id').notNull(),
    copy: text('copy').$type<'original' | 'public' | 'preview'>().notNull(),
    n: integer('n').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.copy, t.n] })],
);

/** The text of each page or slide of a version, as extracted: the search index points here. */
export const materialPages = pgTable(
  'material_pages',
  {
    id: uuid('id').primaryKey(),
    versionId: linkTo('version_id', () => materialVersions.id, { onDelete: 'cascade' }),
    materialId: linkTo('material_id', () => materials.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('material_pages_material_idx').on(t.materialId)],
);
