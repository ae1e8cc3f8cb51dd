import type { Subscription } from './subscription.ts';

/**
 * Who took a seat on the SFU in each room since the room was last made, with how to ask whether they
 * are still inside. A seat's private id can hold subscriptions in Janus sessions of its holder's own
 * that outlive the seat and the connection; when one of these people is no longer inside (taken out
 * of the dialogue while not connected), only rebuilding the room ends what they hold.
 */
export class SeatLedger {
  private readonly rooms = new Map<string, Map<string, () => Promise<boolean>>>();

  seated(sub: Subscription): void {
    let room = this.rooms.get(sub.dialogueId);
    if (!room) this.rooms.set(sub.dialogueId, (room = new Map()));
    room.set(sub.userId, sub.stillInside);
  }

  has(dialogueId: string): boolean {
    return this.rooms.has(dialogueId);
  }

  roomIds(): IterableIterator<string> {
    return this.rooms.keys();
  }

  /** Whether this person took a seat in the room since it was last made. */
  holds(dialogueId: string, userId: string): boolean {
    return this.rooms.get(dialogueId)?.has(userId) === true;
  }

  /** The room was made again: no one holds anything in it yet. */
  rebuilt(dialogueId: string): void {
    this.rooms.delete(dialogueId);
  }

  /** Whether someone seated since the room was made is no longer inside (a check that fails counts as out). */
  async anyoneOut(dialogueId: string): Promise<boolean> {
    const asks = [...(this.rooms.get(dialogueId)?.values() ?? [])].map((inside) => inside().catch(() => false));
    return (await Promise.all(asks)).some((inside) => !inside);
  }
}
