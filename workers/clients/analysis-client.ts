/**
 * Main-thread facade over the analysis workers: callers pass a project and
 * get typed-array results, with progress and cancellation via AbortSignal.
 */
import { proxy } from 'comlink';
import type { AnalysisApi, NeighbourStatsRun } from '../api/analysis-api';
import type { Project } from '../model';
import type { Progress } from '../engines/run-control';
import type { WorkerPool } from './worker-pool';

export type { NeighbourStatsRun } from '../api/analysis-api';
export type { Progress } from '../engines/run-control';
export type { NeighbourSummary } from '../engines/stats/neighbour-stats';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** Facade for analysis runs on a pool of analysis workers. */
export interface AnalysisClient {
  /**
   * Compile the project and compute neighbour statistics within `radiusM`.
   * `revisionKey` identifies the project revision so workers can reuse their compiled Scenario.
   */
  neighbourStats(project: Project, revisionKey: string, radiusM: number, options?: RunOptions): Promise<NeighbourStatsRun>;
}

export function createAnalysisClient(pool: WorkerPool<AnalysisApi>): AnalysisClient {
  return {
    neighbourStats(project, revisionKey, radiusM, options = {}) {
      const progress = options.onProgress ? proxy(options.onProgress) : undefined;
      return pool.run((remote, flag) => remote.neighbourStats(project, revisionKey, radiusM, flag, progress), options.signal);
    },
  };
}
