/** Extraction worker thread: receives batches of records, returns their extracted articles. */
import { parentPort } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

parentPort!.on('message', (request: WorkerRequest) => {
  const results: WorkerResponse['results'] = request.records.map((r) => {
    try {
      return { article: extract(r.text, { id: r.id, date: r.date, source: r.source }) };
    } catch (error) {
      return { error: `extraction failed: ${(error as Error).message}` };
    }
  });
  parentPort!.postMessage({ id: request.id, results } satisfies WorkerResponse);
});
