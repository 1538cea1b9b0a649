/** Browser factory for the analysis worker pool (Vite bundles the worker module). */
import type { AnalysisApi } from '../api/analysis-api';
import { WorkerPool } from './worker-pool';

/** A pool of module Web Workers running workers/analysis.worker.ts. */
export function createBrowserAnalysisPool(size = Math.min(2, navigator.hardwareConcurrency || 2)): WorkerPool<AnalysisApi> {
  return new WorkerPool<AnalysisApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('../analysis.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-analysis' });
      return { endpoint: worker, terminate: () => worker.terminate() };
    },
  });
}
