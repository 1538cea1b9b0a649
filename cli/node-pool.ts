/**
 * Node factory for the analysis worker pool: worker_threads running the same
 * API as the browser workers, with the tsx loader so TypeScript sources run
 * directly.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisApi } from '../workers/api/analysis-api';
import { WorkerPool } from '../workers/clients/worker-pool';

/** A pool of worker_threads running cli/threads/analysis.thread.ts. */
export function createNodeAnalysisPool(size = Math.min(2, availableParallelism())): WorkerPool<AnalysisApi> {
  return new WorkerPool<AnalysisApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('./threads/ts-bootstrap.mjs', import.meta.url), {
        workerData: { entry: new URL('./threads/analysis.thread.ts', import.meta.url).href },
      });
      worker.unref();
      return { endpoint: nodeEndpoint(worker), terminate: () => void worker.terminate() };
    },
  });
}
