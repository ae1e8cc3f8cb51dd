import { z } from 'zod';
import { Id, IdParams, IsoDateTime, Version } from '../common.ts';
import { clearanceEndpoints as at } from '../endpoints/clearance.ts';
import { contract } from './contract.ts';
import { LanguageTag, MultiLongText } from '../multilingual.ts';

/**
 * Clearance under the Chatham House Rule: the free text of a statement or an outcome said under the
 * Rule reaches outsiders only once the rapporteur or the secretariat has cleared it. A clearance binds
 * to the exact text in every language version; any later edit undoes it.
 */
export const ClearableKind = z.enum(['statement', 'outcome']).meta({ id: 'ClearableKind' });
export type ClearableKind = z.infer<typeof ClearableKind>;

export const IdentifyingKind = z.enum(['name', 'position', 'organization']).meta({ id: 'IdentifyingKind' });
export type IdentifyingKind = z.infer<typeof IdentifyingKind>;

/** A word or run of words in one language version that may identify a participant or an institution. */
export const ClearanceCandidate = z
  .object({
    lang: LanguageTag,
    /** UTF-16 offsets into that version's text, as JavaScript strings count them. */
    start: z.int().min(0),
    end: z.int().min(0),
    kind: IdentifyingKind,
  })
  .meta({ id: 'ClearanceCandidate' });
export type ClearanceCandidate = z.infer<typeof ClearanceCandidate>;

export const ClearanceState = z
  .object({
    /** What outsiders read: the text as said, or the clearer's edit of it. Insiders keep the words as said. */
    text: MultiLongText,
    /** The language versions released to outsiders. */
    languages: z.array(LanguageTag),
    clearedBy: Id.nullable(),
    clearedAt: IsoDateTime,
  })
  .meta({ id: 'ClearanceState' });

/** One record as the clearer sees it: the text, what may identify someone in it, and a suggested redaction. */
export const ClearanceView = z
  .object({
    kind: ClearableKind,
    id: Id,
    dialogueId: Id,
    agendaItemId: Id.nullable(),
    version: z.int(),
    text: MultiLongText,
    candidates: z.array(ClearanceCandidate),
    /** The text with every candidate struck out: accept it, edit it, or clear the text as it is. */
    suggestion: MultiLongText,
    /** The clearance that holds for the text as it is now; null while the text waits. */
    cleared: ClearanceState.nullable(),
  })
  .meta({ id: 'ClearanceView' });
export type ClearanceView = z.infer<typeof ClearanceView>;

/** Every record of a dialogue said under the Rule, with whether it waits for clearance. */
export const ClearanceQueue = z
  .object({
    items: z.array(ClearanceView),
    pending: z.int(),
  })
  .meta({ id: 'ClearanceQueue' });
export type ClearanceQueue = z.infer<typeof ClearanceQueue>;

export const ClearanceParams = z.strictObject({ id: Id, kind: ClearableKind, recordId: Id });

/**
 * Clears one record. With `text`, the clearer's edit (or the accepted suggestion) is what outsiders
 * read; without it, the text as said. Either way the words as said stay as they are for insiders.
 * `languages` are the versions released; each must exist in the cleared text.
 */
export const ClearanceCreate = z
  .strictObject({
    version: Version,
    languages: z.array(LanguageTag).min(1).max(20),
    text: MultiLongText.optional(),
  })
  .meta({ id: 'ClearanceCreate' });
export type ClearanceCreate = z.infer<typeof ClearanceCreate>;

export const clearanceContracts = {
  list: contract(at.list, { params: IdParams, response: ClearanceQueue }),
  get: contract(at.get, { params: ClearanceParams, response: ClearanceView }),
  clear: contract(at.clear, { params: ClearanceParams, body: ClearanceCreate, response: ClearanceView }),
};
