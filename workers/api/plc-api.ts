/**
 * The PLC worker's API: PLC runs over a project whose PLC input (compiled
 * Scenario + LV grid, roads and buildings in local metres) is built once per
 * revision key. Runs unchanged in a browser Worker and a Node worker_thread;
 * the result's typed arrays are transferred.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import { plcInputFromProject, runPlc, type ConcentratorMode, type PlcInput, type PlcPresetOverrides, type PlcResult } from '../engines/plc';
import type { RoutingOptions } from '../engines/routing';
import { flagCancelled, type Progress } from '../engines/run-control';
import { throttleProgress } from './throttle';

/** PLC options that cross the worker boundary (plain data). */
export interface PlcRunOptions {
  /** PLC profile id (default: the project's first PLC profile). */
  profileId?: string;
  /** 'auto' (project PLC collectors, else one per transformer), 'collectors' or 'transformers'. */
  concentrators?: ConcentratorMode;
  /** Overrides of datasets/plc/plc-defaults.json (cable table, noise, thresholds, …). */
  presetOverrides?: PlcPresetOverrides;
  routing?: Partial<Pick<RoutingOptions, 'maxLinkEtx' | 'hopLimit' | 'maxBackupParents' | 'capacityMode'>>;
  nMinusOne?: boolean;
  dominators?: boolean;
}

/** What a PLC run returns. */
export interface PlcRun {
  result: PlcResult;
  timingsMs: { compile: number; plc: number };
}

let cached: { key: string; input: PlcInput } | undefined;

function inputFor(project: Project, key: string): { input: PlcInput; ms: number } {
  if (cached && cached.key === key) return { input: cached.input, ms: 0 };
  const t0 = performance.now();
  const input = plcInputFromProject(project);
  cached = { key, input };
  return { input, ms: performance.now() - t0 };
}

/** Every distinct ArrayBuffer behind the result's typed arrays. */
export function plcResultBuffers(r: PlcResult): ArrayBuffer[] {
  const set = new Set<ArrayBuffer>();
  for (const part of [r.meters, r.concentrators, r.segments] as unknown as Record<string, unknown>[]) {
    for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) set.add(v.buffer as ArrayBuffer);
  }
  return [...set];
}

export const plcApi = {
  /** Run the PLC engine over every meter of `project` (input built once per `revisionKey`). */
  async run(project: Project, revisionKey: string, options: PlcRunOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<PlcRun> {
    const control = { progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) };
    const profile = project.profiles.find((p) => p.medium === 'plc' && (options.profileId === undefined || p.id === options.profileId));
    if (!profile || profile.medium !== 'plc') throw new RangeError(options.profileId === undefined ? 'the project has no PLC profile' : `no PLC profile with id ${options.profileId}`);
    const { input, ms } = inputFor(project, revisionKey);
    const t0 = performance.now();
    const result = runPlc(input, {
      profile, settings: project.settings, concentrators: options.concentrators, presetOverrides: options.presetOverrides, routing: options.routing,
      nMinusOne: options.nMinusOne, dominators: options.dominators,
    }, control);
    return transfer({ result, timingsMs: { compile: ms, plc: performance.now() - t0 } }, plcResultBuffers(result));
  },
  /** Drop the cached input. */
  async reset(): Promise<void> {
    cached = undefined;
  },
};

export type PlcApi = typeof plcApi;
