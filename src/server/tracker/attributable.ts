import { sql, type SQL } from 'drizzle-orm';

/**
 * Whether a statement or an outcome row may be tied to its organization for this reader: inside its
 * dialogue, or said outside the Chatham House Rule (not marked when written, and not in its scope
 * now). Expects `dialogues` and the agenda item as `ai` joined to the row's table.
 */
export const attributable = (inside: SQL, table: 'statements' | 'outcomes'): SQL =>
  sql`(${inside} or (not ${sql.raw(table)}.under_rule and dialogues.confidentiality <> 'chatham_house' and coalesce(ai.confidentiality, dialogues.confidentiality) <> 'chatham_house'))`;
