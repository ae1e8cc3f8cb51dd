import type { Wire } from './frames.ts';

/** One socket's subscription to one room: its connection id is its name in presence and media. */
export interface Subscription extends Wire {
  connectionId: string;
  dialogueId: string;
  lastSeq: number;
  userId: string;
  /** Whether the subscriber is still inside the dialogue (read again when its membership changes). */
  stillInside(): Promise<boolean>;
  /**
   * Was given a seat on the SFU at least once: its private id may hold subscriptions in sessions of
   * its own, which only the room's end ends (media-access.ts).
   */
  seated?: boolean;
}
