/**
 * A pool of extraction worker threads. Works from compiled JavaScript (dist/) and from
 * TypeScript run through tsx (tests, `npm run bench`): a .ts worker is started with tsx loaded.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article } from '../model.js';
import { extract } from '../pipeline.js';

export interface WorkRecord {
  readonly text: string;
  readonly id?: string;
  readonly date?: string;
  readonly source?: string;
}

export interface WorkerRequest {
  readonly id: number;
  readonly records: readonly WorkRecord[];
}

export type WorkResult = { readonly article: Article } | { readonly error: string };

export interface WorkerResponse {
  readonly id: number;
  readonly results: readonly WorkResult[];
}

export interface ExtractPool {
  readonly size: number;
  run(records: readonly WorkRecord[]): Promise<readonly WorkResult[]>;
  close(): Promise<void>;
}

/**
 * Start one extraction worker. From dist/ the worker is plain JavaScript. Under tsx (tests,
 * benches) Node 20 does not apply `--import tsx` to a worker's entry module, so a tiny
 * bootstrap registers tsx's loader inside the worker first and then imports worker.ts.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', self));
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', self).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Extraction on the calling thread: for `workers: 0` and for tiny inputs. */
function inlinePool(): ExtractPool {
  return {
    size: 0,
    async run(records) {
      return records.map((r) => {
        try {
          return { article: extract(r.text, { id: r.id, date: r.date, source: r.source }) };
        } catch (error) {
          return { error: `extraction failed: ${(error as Error).message}` };
        }
      });
    },
    async close() {},
  };
}

export function createPool(size = availableParallelism()): ExtractPool {
  if (size <= 0) return inlinePool();
  let next = 0;
  const pending = new Map<number, { resolve: (r: readonly WorkResult[]) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  const workers: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      job.resolve(response.results);
    });
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        if (job.worker === worker) {
          pending.delete(id);
          job.reject(error);
        }
      }
    });
    load.set(worker, 0);
    workers.push(worker);
  }
  return {
    size,
    run(records) {
      // The least busy worker takes the batch.
      let worker = workers[0];
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(worker) ?? 0)) worker = w;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, records } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
