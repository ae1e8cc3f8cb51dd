import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Publication, PublicationCreate } from '../../shared/contracts/publishing.ts';
import { AppError } from '../../shared/errors.ts';
import { dialogues, publicationRevisions, publications } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { appendEvent } from '../events/append-event.ts';
import { write } from '../events/write.ts';
import type { Actor } from '../policy/actor.ts';
import { generateFromRecord } from './generate/generate.ts';
import { indexPublication } from './index-publication.ts';
import { presentPublication } from './publication-store.ts';
import { uniqueSlug } from './slug.ts';

/** Generates a dialogue's press release, minutes or summary in one language, as a draft. */
export async function createPublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  args: { actor: Actor; dialogueId: string; input: PublicationCreate; id?: string },
): Promise<Publication> {
  return write(deps.db, async (tx) => {
    const { kind, language } = args.input;
    const [dialogue] = await tx
      .select({ startsAt: dialogues.startsAt, hostZone: dialogues.hostZone })
      .from(dialogues)
      .where(eq(dialogues.id, args.dialogueId));
    if (!dialogue) throw new AppError('not_found');
    const generated = await generateFromRecord(tx, args.dialogueId, kind, language, deps.clock());
    const id = args.id ?? randomUUID();
    const slug = await uniqueSlug(tx, { title: generated.title, date: dialogue.startsAt, language });
    const inserted = await tx
      .insert(publications)
      .values({
        id,
        dialogueId: args.dialogueId,
        kind,
        language,
        writtenIn: generated.writtenIn,
        title: generated.title,
        body: generated.body,
        slug,
        zone: args.input.zone ?? dialogue.hostZone,
        revision: 1,
      })
      .onConflictDoNothing({ target: [publications.dialogueId, publications.kind, publications.language] })
      .returning();
    if (!inserted.length) {
      throw new AppError('conflict', `this dialogue already has a ${kind.replace('_', ' ')} in ${language}`, [
        { path: 'language', message: 'already exists for this kind', code: 'exists' },
      ]);
    }
    await tx.insert(publicationRevisions).values({
      publicationId: id,
      n: 1,
      origin: 'generated',
      title: generated.title,
      body: generated.body,
      authorId: args.actor.user?.id ?? null,
    });
    await indexPublication(tx, inserted[0]!);
    await appendEvent(tx, {
      stream: args.dialogueId,
      dialogueId: args.dialogueId,
      type: 'publication.created',
      actorId: args.actor.user?.id ?? null,
      payload: { id, kind, language, slug },
    });
    return presentPublication(tx, inserted[0]!);
  });
}
