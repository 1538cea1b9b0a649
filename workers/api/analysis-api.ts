/**
 * The analysis worker's API: compile a project (cached per revision key) and
 * compute neighbour statistics. Runs unchanged in a browser Worker and in a
 * Node worker_thread; typed-array results are transferred, not copied.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import type { Scenario } from '../engines/compile/scenario';
import { flagCancelled, type Progress } from '../engines/run-control';
import { neighbourStats, type NeighbourStatsResult } from '../engines/stats/neighbour-stats';
import { resetScenarioCache, scenarioFor } from './scenario-cache';
import { throttleProgress } from './throttle';

/** What a neighbour-statistics run returns. */
export interface NeighbourStatsRun {
  origin: Scenario['origin'];
  counts: { meters: number; collectors: number; areas: number; metersOutsideAreas: number };
  stats: NeighbourStatsResult;
  timingsMs: { compile: number; stats: number };
}


export const analysisApi = {
  /** Compile `project` (reusing the cached Scenario when `revisionKey` matches) and compute neighbour statistics. */
  async neighbourStats(project: Project, revisionKey: string, radiusM: number, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<NeighbourStatsRun> {
    const control = { progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) };
    const { scenario, ms: compileMs } = scenarioFor(project, revisionKey, control);
    const t0 = performance.now();
    const m = scenario.meters;
    const stats = neighbourStats({ xM: m.xM, yM: m.yM, areaIndex: m.areaIndex, areaCount: scenario.areas.count }, { radiusM }, control);
    let outside = 0;
    for (let i = 0; i < m.count; i++) if (m.areaIndex[i] < 0) outside++;
    const run: NeighbourStatsRun = {
      origin: scenario.origin,
      counts: { meters: m.count, collectors: scenario.collectors.count, areas: scenario.areas.count, metersOutsideAreas: outside },
      stats,
      timingsMs: { compile: compileMs, stats: performance.now() - t0 },
    };
    return transfer(run, [stats.neighbourCount.buffer, stats.nearestM.buffer, stats.histogram.buffer]);
  },
  /** Drop the cached Scenario (e.g. when a project is closed). */
  async reset(): Promise<void> {
    resetScenarioCache();
  },
};

export type AnalysisApi = typeof analysisApi;
