import { Link } from 'wouter';
import type { MultiText as MultiTextValue } from '../../shared/multilingual.ts';
import { MultiText } from './multi-text.tsx';

/** A dialogue's card heading: its title, linking to its page. */
export function DialogueHeading({ id, title }: { id: string; title: MultiTextValue }) {
  return (
    <h3>
      <Link href={`/dialogues/${id}`}>
        <MultiText value={title} />
      </Link>
    </h3>
  );
}
