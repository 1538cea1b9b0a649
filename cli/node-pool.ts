/**
 * Node factories for worker pools: worker_threads running the same worker
 * APIs as the browser, with the tsx loader (threads/ts-bootstrap.mjs) so
 * TypeScript sources run directly.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisApi } from '../workers/api/analysis-api';
import { WorkerPool, type PooledWorker } from '../workers/clients/worker-pool';

/**
 * Start one worker_thread running the TypeScript module `entry` (a file URL).
 * Its death (an uncaught error, `process.exit`, a failed import) is reported
 * to the pool through `onDeath`, so the job it was running fails and the
 * worker is replaced.
 */
export function startThread(entry: string): PooledWorker {
  const worker = new Worker(new URL('./threads/ts-bootstrap.mjs', import.meta.url), { workerData: { entry } });
  worker.unref();
  let terminated = false;
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    onDeath(listener) {
      worker.on('error', (e: unknown) => listener(e instanceof Error ? e : new Error(String(e))));
      worker.on('exit', (code: number) => listener(new Error(terminated ? 'the worker was terminated' : `the worker exited with code ${code}`)));
    },
  };
}

/** A pool of worker_threads each running the TypeScript module at `entry` (a file URL). */
export function createThreadPool<T>(entry: string, size = Math.min(2, availableParallelism()), cancelGraceMs?: number): WorkerPool<T> {
  return new WorkerPool<T>({ size, cancelGraceMs, create: () => startThread(entry) });
}

/** A pool of worker_threads each running cli/threads/<thread>.thread.ts. */
export function createNodePool<T>(thread: string, size = Math.min(2, availableParallelism())): WorkerPool<T> {
  return createThreadPool<T>(new URL(`./threads/${thread}.thread.ts`, import.meta.url).href, size);
}

/** The analysis (compile + statistics) pool. */
export function createNodeAnalysisPool(size?: number): WorkerPool<AnalysisApi> {
  return createThreadPool<AnalysisApi>(new URL('./threads/analysis.thread.ts', import.meta.url).href, size);
}
