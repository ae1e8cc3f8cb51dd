import { z } from 'zod';
import { DeleteQuery, Id, IdParams, IsoDateTime, RecordMeta, Version } from '../common.ts';
import { publishingEndpoints as at } from '../endpoints/publishing.ts';
import { contract } from './contract.ts';
import { SignOffChange } from './institutions.ts';
import { LIMITS } from '../limits.ts';
import { LanguageTag } from '../multilingual.ts';
import { PublicationKind, PublicationStatus } from './enums.ts';
import { TimeZone } from './dialogues.ts';

const Slug = z
  .string()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');
const Title = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.shortText, `at most ${LIMITS.shortText} characters`);
const Body = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.publicationBody, `at most ${LIMITS.publicationBody} characters`)
  .meta({
    description:
      'Plain text with a few marks: `## ` starts a heading, `- ` a list item, `> ` a quotation; a blank line ends a paragraph.',
  });

export const PublicationCreate = z
  .strictObject({
    kind: PublicationKind,
    language: LanguageTag,
    zone: TimeZone.optional().meta({
      description: "The publisher's zone, for the dates the news site shows; the dialogue's host zone when left out.",
    }),
  })
  .meta({ id: 'PublicationCreate' });
export type PublicationCreate = z.infer<typeof PublicationCreate>;

export const PublicationUpdate = z
  .strictObject({
    title: Title.optional(),
    body: Body.optional(),
    slug: Slug.optional(),
    zone: TimeZone.optional(),
    version: Version,
  })
  .meta({ id: 'PublicationUpdate' });
export type PublicationUpdate = z.infer<typeof PublicationUpdate>;

export const PublicationRegenerate = z
  .strictObject({
    version: Version,
    discardEdits: z.boolean().default(false).meta({
      description:
        'Regenerate even though the current text was edited by hand; the edits stay in the revision history.',
    }),
  })
  .meta({ id: 'PublicationRegenerate' });

export const PublicationTransition = z
  .strictObject({
    to: PublicationStatus,
    publishAt: IsoDateTime.optional().meta({
      description: 'With `to: published`: the embargo; nothing shows before it. Now when left out.',
    }),
    version: Version,
  })
  .refine((t) => !t.publishAt || t.to === 'published', { path: ['publishAt'], message: 'only with to: published' })
  .meta({ id: 'PublicationTransition' });
export type PublicationTransition = z.infer<typeof PublicationTransition>;

export const ReviewDecision = z.enum(['approve', 'comment']);
export const ReviewCreate = z
  .strictObject({
    decision: ReviewDecision,
    comment: z.string().trim().max(LIMITS.longText).optional(),
    organizationId: Id.optional().meta({
      description:
        'The institution reviewed for; a focal point of one institution may leave it out. The secretariat names it.',
    }),
  })
  .refine((r) => r.decision === 'approve' || (r.comment?.length ?? 0) > 0, {
    path: ['comment'],
    message: 'a comment needs its text',
  })
  .meta({ id: 'ReviewCreate' });
export type ReviewCreate = z.infer<typeof ReviewCreate>;

export const RevisionOrigin = z.enum(['generated', 'edited']);
export type RevisionOrigin = z.infer<typeof RevisionOrigin>;

export const RevisionSummary = z
  .object({
    n: z.int(),
    origin: RevisionOrigin,
    title: z.string(),
    authorId: Id.nullable(),
    at: IsoDateTime,
  })
  .meta({ id: 'RevisionSummary' });
export const Revision = RevisionSummary.extend({ body: z.string() }).meta({ id: 'Revision' });
export type Revision = z.infer<typeof Revision>;

export const Review = z
  .object({
    id: Id,
    organizationId: Id,
    userId: Id.nullable(),
    decision: ReviewDecision,
    comment: z.string().nullable(),
    revision: z.int(),
    at: IsoDateTime,
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const Publication = z
  .object({
    ...RecordMeta,
    dialogueId: Id,
    kind: PublicationKind,
    language: LanguageTag,
    /** The language the text is actually written in, when the generator had to fall back. */
    writtenIn: LanguageTag,
    title: z.string(),
    body: z.string(),
    status: PublicationStatus,
    slug: z.string(),
    publishAt: IsoDateTime.nullable(),
    zone: z.string(),
    revision: z.int(),
    revisions: z.array(RevisionSummary),
    reviews: z.array(Review),
    /**
     * The institutions whose sign-off it needs, and whether each approved the current revision: those
     * taking part until the first review fixes the list (`signOffFixedAt`); then only the secretariat changes it.
     */
    approvals: z.array(z.object({ organizationId: Id, approved: z.boolean() })),
    signOffFixedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Publication' });
export type Publication = z.infer<typeof Publication>;

export const PublicationSummary = Publication.omit({ body: true, revisions: true, reviews: true }).meta({
  id: 'PublicationSummary',
});
export type PublicationSummary = z.infer<typeof PublicationSummary>;
export const PublicationList = z.object({ items: z.array(PublicationSummary) }).meta({ id: 'PublicationList' });

export const PublicationParams = z.strictObject({ id: Id, publicationId: Id });
export const RevisionParams = PublicationParams.extend({ n: z.coerce.number().int().min(1) });
export const DiffQuery = z.strictObject({
  from: z.coerce.number().int().min(1).optional().meta({ description: 'The revision before `to` when left out.' }),
  to: z.coerce.number().int().min(1).optional().meta({ description: 'The current revision when left out.' }),
});

export const RevisionDiff = z
  .object({
    from: z.int(),
    to: z.int(),
    parts: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
  })
  .meta({ id: 'RevisionDiff' });
export type RevisionDiff = z.infer<typeof RevisionDiff>;

/** A published article as anyone may read it. */
export const NewsArticle = z
  .object({
    slug: z.string(),
    kind: PublicationKind,
    language: LanguageTag,
    title: z.string(),
    body: z.string(),
    publishedAt: IsoDateTime,
    zone: z.string(),
    dialogueId: Id,
    /** The same article in other languages. */
    versions: z.array(z.object({ language: LanguageTag, slug: z.string() })),
  })
  .meta({ id: 'NewsArticle' });
export type NewsArticle = z.infer<typeof NewsArticle>;

export const NewsQuery = z.strictObject({
  lang: LanguageTag.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type NewsQuery = z.infer<typeof NewsQuery>;

export const NewsPage = z
  .object({ items: z.array(NewsArticle), page: z.int(), pages: z.int() })
  .meta({ id: 'NewsPage' });

export const publishingContracts = {
  list: contract(at.list, { params: IdParams, response: PublicationList }),
  create: contract(at.create, { params: IdParams, body: PublicationCreate, response: Publication }),
  get: contract(at.get, { params: PublicationParams, response: Publication }),
  update: contract(at.update, { params: PublicationParams, body: PublicationUpdate, response: Publication }),
  remove: contract(at.remove, { params: PublicationParams, query: DeleteQuery }),
  regenerate: contract(at.regenerate, {
    params: PublicationParams,
    body: PublicationRegenerate,
    response: Publication,
  }),
  move: contract(at.move, { params: PublicationParams, body: PublicationTransition, response: Publication }),
  signOffs: contract(at.signOffs, { params: PublicationParams, body: SignOffChange, response: Publication }),
  review: contract(at.review, { params: PublicationParams, body: ReviewCreate, response: Publication }),
  revision: contract(at.revision, { params: RevisionParams, response: Revision }),
  diff: contract(at.diff, { params: PublicationParams, query: DiffQuery, response: RevisionDiff }),
  news: contract(at.news, { query: NewsQuery, response: NewsPage }),
  article: contract(at.article, { params: z.strictObject({ slug: z.string().max(200) }), response: NewsArticle }),
};
