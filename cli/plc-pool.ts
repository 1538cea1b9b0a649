/**
 * Node factory for the PLC worker pool: worker_threads running the same API
 * as the browser PLC workers, with the tsx loader (cli/threads/ts-bootstrap.mjs).
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlcApi } from '../workers/api/plc-api';
import { WorkerPool } from '../workers/clients/worker-pool';

/** A pool of worker_threads running cli/threads/plc.thread.ts. */
export function createNodePlcPool(size = Math.min(2, availableParallelism())): WorkerPool<PlcApi> {
  return new WorkerPool<PlcApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('./threads/ts-bootstrap.mjs', import.meta.url), {
        workerData: { entry: new URL('./threads/plc.thread.ts', import.meta.url).href },
      });
      worker.unref();
      return { endpoint: nodeEndpoint(worker), terminate: () => void worker.terminate() };
    },
  });
}
