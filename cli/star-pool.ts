/**
 * Node factory for the star worker pool: worker_threads running the same API
 * as the browser star workers, with the tsx loader (cli/threads/ts-bootstrap.mjs).
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StarApi } from '../workers/api/star-api';
import { WorkerPool } from '../workers/clients/worker-pool';

/** A pool of worker_threads running cli/threads/star.thread.ts. */
export function createNodeStarPool(size = Math.min(2, availableParallelism())): WorkerPool<StarApi> {
  return new WorkerPool<StarApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('./threads/ts-bootstrap.mjs', import.meta.url), {
        workerData: { entry: new URL('./threads/star.thread.ts', import.meta.url).href },
      });
      worker.unref();
      return { endpoint: nodeEndpoint(worker), terminate: () => void worker.terminate() };
    },
  });
}
