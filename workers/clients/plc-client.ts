/**
 * Main-thread facade over the PLC workers: PLC runs per meter with progress
 * and cancellation via AbortSignal; typed arrays arrive transferred. The
 * browser pool factory is `createBrowserPlcPool`; the CLI uses cli/plc-pool.ts.
 *
 * Map layers: result.segments (per LV cable piece: feederIndex + vertex into
 * project.grid.feeders, or lon/lat for synthesised routes; attenuationDb and
 * snrDb from the concentrator) and segments.feederMaxAttenuationDb /
 * feederMinSnrDb (per project feeder) colour the feeders; result.meters
 * colours the meters (dailyReadSuccess, hops, modulation, detail).
 */
import { proxy } from 'comlink';
import type { PlcApi, PlcRun, PlcRunOptions } from '../api/plc-api';
import type { Project } from '../model';
import type { Progress } from '../engines/run-control';
import { WorkerPool } from './worker-pool';

export type { PlcRun, PlcRunOptions } from '../api/plc-api';
export type { PlcResult, PlcMeterResults, PlcConcentratorResults, PlcSegmentResults, PlcSummary, PlcDetailCode } from '../engines/plc';
export { PLC_DETAIL, PLC_DETAIL_NAMES, PLC_DETAIL_REASON, MODULATIONS, LV_EDGE_KIND, LV_EDGE_KIND_NAMES } from '../engines/plc';

export interface PlcRunControl {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** Facade for PLC runs on a pool of PLC workers. */
export interface PlcClient {
  /** Per-meter concentrator, parent, hops, SNR, modulation, read success and reasons; per-concentrator load; per-segment attenuation/SNR. */
  run(project: Project, revisionKey: string, options?: PlcRunOptions, control?: PlcRunControl): Promise<PlcRun>;
}

export function createPlcClient(pool: WorkerPool<PlcApi>): PlcClient {
  return {
    run(project, revisionKey, options = {}, control = {}) {
      const progress = control.onProgress ? proxy(control.onProgress) : undefined;
      return pool.run((remote, flag) => remote.run(project, revisionKey, options, flag, progress), control.signal);
    },
  };
}

/** A pool of module Web Workers running workers/plc.worker.ts (browser only). */
export function createBrowserPlcPool(size = Math.min(2, navigator.hardwareConcurrency || 2)): WorkerPool<PlcApi> {
  return new WorkerPool<PlcApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('../plc.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-plc' });
      return { endpoint: worker, terminate: () => worker.terminate() };
    },
  });
}
