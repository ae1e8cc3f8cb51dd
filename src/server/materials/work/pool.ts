import { Worker } from 'node:worker_threads';
import type { MaterialType } from '../../../shared/contracts/materials.ts';
import type { Result, Task } from './thread.ts';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Pending = { resolve: (r: Result) => void };

/**
 * One worker thread for the materials' heavy work (text, previews, stripping metadata), started on
 * first use and queued: on two cores, one at a time leaves the other for the server.
 */
class MaterialWorker {
  private worker: Worker | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    // The thread is TypeScript like the rest: it registers tsx first, as the server itself was started.
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
      .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./thread.ts', import.meta.url).href)}); })`;
    const worker = new Worker(boot, { eval: true });
    worker.on('message', (r: Result) => {
      this.pending.get(r.id)?.resolve(r);
      this.pending.delete(r.id);
      if (this.pending.size === 0) worker.unref();
    });
    worker.on('error', (err) => this.fail(err.message));
    worker.on('exit', () => {
      this.worker = null;
      this.fail('the worker stopped');
    });
    return (this.worker = worker);
  }

  private fail(message: string) {
    for (const [id, p] of this.pending) p.resolve({ id, ok: false, error: message });
    this.pending.clear();
  }

  run(task: DistributiveOmit<Task, 'id'>): Promise<Result> {
    const worker = this.start();
    worker.ref();
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      worker.postMessage({ ...task, id });
    });
  }

  async stop() {
    await this.worker?.terminate();
  }
}

export const materialWorker = new MaterialWorker();

/** The file's type (from its bytes), size and SHA-256, read in the worker. */
export async function inspectInWorker(path: string, maxInflated: number) {
  const r = await materialWorker.run({ op: 'inspect', path, maxInflated });
  if (!r.ok) throw new Error(r.error);
  return { detected: r.detected!, size: r.size!, sha256: r.sha256! };
}

export async function extractInWorker(type: MaterialType, path: string) {
  const r = await materialWorker.run({ op: 'extract', type, path });
  if (!r.ok) throw new Error(r.error);
  return { pages: r.pages ?? [], preview: r.preview ? Buffer.from(r.preview) : null };
}

/** Writes the copy without its metadata to `out`; its size and SHA-256. */
export async function stripInWorker(type: MaterialType, path: string, out: string) {
  const r = await materialWorker.run({ op: 'strip', type, path, out });
  if (!r.ok) throw new Error(r.error);
  return { size: r.size!, sha256: r.sha256! };
}
