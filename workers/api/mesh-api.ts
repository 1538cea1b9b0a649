/**
 * The mesh worker's API: full runs, and incremental updates after a
 * collector moved (the worker keeps the engine state of its last run).
 * Runs unchanged in a browser Worker and a Node worker_thread; per-meter
 * arrays are transferred.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import type { MeshRunOptions } from '../engines/mesh/mesh-setup';
import { runMesh, updateMeshForCollector, type MeshRun, type MeshState } from '../engines/mesh/run-mesh';
import { flagCancelled, type Progress } from '../engines/run-control';
import { withCollectorMoved } from '../engines/compile/patch-scenario';
import { cachedScenario, scenarioFor, storeScenario } from './scenario-cache';
import { throttleProgress } from './throttle';

export type { MeshRun } from '../engines/mesh/run-mesh';
export type { MeshRunOptions } from '../engines/mesh/mesh-setup';

/** A mesh run plus the compile time it needed. */
export interface MeshRunResult extends MeshRun {
  compileMs: number;
}

let last: { key: string; state: MeshState } | undefined;

function buffers(r: MeshRun): ArrayBuffer[] {
  const m = r.perMeter;
  const list = [m.collector, m.parent, m.hops, m.pathEtx, m.marginDb, m.dailyReadSuccess, m.latencyMs, m.reason].map((a) => a.buffer as ArrayBuffer);
  if (r.resilience) list.push(r.resilience.criticalRelay.buffer as ArrayBuffer);
  if (r.edges) list.push(r.edges.offsets.buffer as ArrayBuffer, r.edges.targets.buffer as ArrayBuffer, r.edges.etx.buffer as ArrayBuffer);
  return list;
}

export const meshApi = {
  /** Full mesh run on `project` (compiled once per `revisionKey`). */
  async run(project: Project, revisionKey: string, options: MeshRunOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<MeshRunResult> {
    const control = { progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) };
    const { scenario, ms } = scenarioFor(project, revisionKey, control);
    const { run, state } = runMesh(scenario, options, control);
    last = { key: revisionKey, state };
    return transfer({ ...run, compileMs: ms }, buffers(run));
  },
  /**
   * Update after collector `collectorId` moved since the run with `previousKey`:
   * the cached Scenario is patched (no recompile) and the engine updates
   * incrementally when the worker still holds that run's state; else a full run.
   */
  async moveCollector(project: Project, revisionKey: string, previousKey: string, collectorId: string, options: MeshRunOptions, cancelFlag: Int32Array | null): Promise<MeshRunResult> {
    const control = { isCancelled: flagCancelled(cancelFlag) };
    const t0 = performance.now();
    const before = cachedScenario(previousKey);
    const index = before ? before.collectors.ids.indexOf(collectorId) : -1;
    const moved = before && index >= 0 && project.collectors.length === before.collectors.count ? withCollectorMoved(before, index, project.collectors[index]) : null;
    if (moved) storeScenario(revisionKey, moved);
    const { scenario, ms } = moved ? { scenario: moved, ms: performance.now() - t0 } : scenarioFor(project, revisionKey, control);
    const out = last && last.key === previousKey && index >= 0 ? updateMeshForCollector(scenario, last.state, index, options, control) : runMesh(scenario, options, control);
    last = { key: revisionKey, state: out.state };
    return transfer({ ...out.run, compileMs: ms }, buffers(out.run));
  },
};

export type MeshApi = typeof meshApi;
