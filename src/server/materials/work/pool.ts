import { Worker } from 'node:worker_threads';
import type { MaterialType } from '../../../shared/contracts/materials.ts';
import type { Result, Task } from './thread.ts';

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

  run(task: Omit<Task, 'id'>): Promise<Result> {
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

export async function extractInWorker(type: MaterialType, bytes: Buffer) {
  const r = await materialWorker.run({ op: 'extract', type, bytes });
  if (!r.ok) throw new Error(r.error);
  return { pages: r.pages ?? [], preview: r.preview ? Buffer.from(r.preview) : null };
}

export async function stripInWorker(type: MaterialType, bytes: Buffer): Promise<Buffer> {
  const r = await materialWorker.run({ op: 'strip', type, bytes });
  if (!r.ok) throw new Error(r.error);
  return Buffer.from(r.bytes!);
}
