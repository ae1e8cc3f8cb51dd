import { eq } from 'drizzle-orm';
import { bodyText, parseBody } from '../../shared/publishing/body.ts';
import { skeleton } from '../../shared/transliteration/skeleton.ts';
import type { Queryable } from '../db/database.ts';
import { dialogues } from '../db/schema.ts';
import { replaceEntries } from '../search/entries.ts';
import type { PublicationRow } from './publication-store.ts';

/**
 * Keeps a publication's search entry in step with it: its title and text in the language it is
 * written in, public from its embargo once published, and otherwise found only inside its dialogue.
 */
export async function indexPublication(db: Queryable, row: PublicationRow): Promise<void> {
  const [d] = await db.select({ startsAt: dialogues.startsAt }).from(dialogues).where(eq(dialogues.id, row.dialogueId));
  const text = `${row.title} — ${bodyText(parseBody(row.body))}`;
  await replaceEntries(db, 'publication', row.id, [
    {
      lang: row.writtenIn,
      text,
      skeleton: skeleton(text),
      dialogueId: row.dialogueId,
      year: d ? d.startsAt.getUTCFullYear() : null,
      publicFrom: row.status === 'published' ? row.publishAt : null,
    },
  ]);
}
