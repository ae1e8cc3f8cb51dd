/**
 * Work per key, one run at a time: a call while a run is under way brings one more run after it (so
 * what changed meanwhile is always seen) and shares its answer. Resolves, with each run's result,
 * once no run is owed. A run that fails ends the work; the next call starts again.
 */
export function coalescing<T>(): (key: string, work: () => Promise<T>) => Promise<T[]> {
  const running = new Map<string, { again: boolean; done: Promise<T[]> }>();
  return (key, work) => {
    const now = running.get(key);
    if (now) {
      now.again = true;
      return now.done;
    }
    const state = { again: true, done: Promise.resolve<T[]>([]) };
    state.done = (async () => {
      const results: T[] = [];
      try {
        while (state.again) {
          state.again = false;
          results.push(await work());
        }
      } finally {
        running.delete(key);
      }
      return results;
    })();
    running.set(key, state);
    return state.done;
  };
}
