/**
 * Main-thread facade over the mesh workers: full runs and collector-move
 * updates, with progress and AbortSignal cancellation.
 */
import { proxy } from 'comlink';
import type { MeshApi, MeshRunOptions, MeshRunResult } from '../api/mesh-api';
import type { Project } from '../model';
import type { RunOptions } from './analysis-client';
import { WorkerPool } from './worker-pool';

export type { MeshRunOptions, MeshRunResult } from '../api/mesh-api';
export { explainMeshReason } from '../engines/mesh/mesh-results';
export { REASON_NAMES } from '../engines/routing/result';

export interface MeshClient {
  run(project: Project, revisionKey: string, options?: MeshRunOptions, control?: RunOptions): Promise<MeshRunResult>;
  moveCollector(project: Project, revisionKey: string, previousKey: string, collectorId: string, options?: MeshRunOptions, control?: RunOptions): Promise<MeshRunResult>;
}

/**
 * A client over one pool. Incremental updates need the worker that holds the
 * previous state, so use a pool of size 1 for interactive editing.
 */
export function createMeshClient(pool: WorkerPool<MeshApi>): MeshClient {
  return {
    run(project, revisionKey, options = {}, control = {}) {
      const progress = control.onProgress ? proxy(control.onProgress) : undefined;
      return pool.run((remote, flag) => remote.run(project, revisionKey, options, flag, progress), control.signal);
    },
    moveCollector(project, revisionKey, previousKey, collectorId, options = {}, control = {}) {
      return pool.run((remote, flag) => remote.moveCollector(project, revisionKey, previousKey, collectorId, options, flag), control.signal);
    },
  };
}

/** Browser pool: one module Web Worker running workers/mesh.worker.ts (one, so incremental state stays in place). */
export function createBrowserMeshPool(): WorkerPool<MeshApi> {
  return new WorkerPool<MeshApi>({
    size: 1,
    create: () => {
      const worker = new Worker(new URL('../mesh.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-mesh' });
      return { endpoint: worker, terminate: () => worker.terminate() };
    },
  });
}
