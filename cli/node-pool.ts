/**
 * Node factories for worker pools: worker_threads running the same worker
 * APIs as the browser, with the tsx loader (threads/ts-bootstrap.mjs) so
 * TypeScript sources run directly.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisApi } from '../workers/api/analysis-api';
import { WorkerPool } from '../workers/clients/worker-pool';

/** A pool of worker_threads each running cli/threads/<thread>.thread.ts. */
export function createNodePool<T>(thread: string, size = Math.min(2, availableParallelism())): WorkerPool<T> {
  const entry = new URL(`./threads/${thread}.thread.ts`, import.meta.url).href;
  return new WorkerPool<T>({
    size,
    create: () => {
      const worker = new Worker(new URL('./threads/ts-bootstrap.mjs', import.meta.url), { workerData: { entry } });
      worker.unref();
      return { endpoint: nodeEndpoint(worker), terminate: () => void worker.terminate() };
    },
  });
}

/** The analysis (compile + statistics) pool. */
export function createNodeAnalysisPool(size?: number): WorkerPool<AnalysisApi> {
  return createNodePool<AnalysisApi>('analysis', size);
}
