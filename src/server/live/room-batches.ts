/** The most items one transaction takes: keeps a statement's parameters well under PostgreSQL's 65,535. */
const MOST = 500;

interface Waiting<T> {
  item: T;
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * Group commit per room. A write that arrives while the room's previous batch is being written
 * waits and goes with the others in the next one, so a hall of people reconnecting at once costs a
 * few transactions under the room's lock, not one each. A lone write goes at once: no added delay.
 * A failed batch is retried one by one, so one bad item never fails the others.
 */
export class RoomBatches<T> {
  private readonly rooms = new Map<string, Waiting<T>[]>();

  constructor(private readonly flush: (dialogueId: string, items: readonly T[]) => Promise<void>) {}

  add(dialogueId: string, item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      const queue = this.rooms.get(dialogueId);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.rooms.set(dialogueId, [{ item, resolve, reject }]);
      void this.drain(dialogueId);
    });
  }

  private async drain(dialogueId: string): Promise<void> {
    const queue = this.rooms.get(dialogueId)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, MOST);
      try {
        await this.flush(
          dialogueId,
          batch.map((w) => w.item),
        );
        for (const w of batch) w.resolve();
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        else
          for (const w of batch)
            await this.flush(dialogueId, [w.item]).then(
              () => w.resolve(),
              (e: unknown) => w.reject(e),
            );
      }
    }
    this.rooms.delete(dialogueId);
  }
}
