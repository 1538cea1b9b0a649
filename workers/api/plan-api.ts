/**
 * The plan worker's API: a full plan (placement, per-area comparison,
 * recommendation, totals), vendor-proposal comparisons and the TCO tornado.
 * Runs unchanged in a browser Worker and a Node worker_thread; per-meter
 * arrays are transferred.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import { flagCancelled, type Progress } from '../engines/run-control';
import { planInputFromProject, planJson, runPlan, type PlanJson, type PlanOptions } from '../engines/planner';
import { compareProposals, type ComparisonResult, type Proposal } from '../engines/planner/proposals';
import { tornado, type TornadoResult, type TornadoOptions } from '../engines/planner/sensitivity';
import { scenarioFor } from './scenario-cache';
import { throttleProgress } from './throttle';

export type { PlanJson, PlanOptions } from '../engines/planner';
export type { ComparisonResult, Proposal } from '../engines/planner/proposals';
export type { TornadoResult, TornadoOptions } from '../engines/planner/sensitivity';

/** A plan plus per-meter arrays (recommended medium index into MEDIA, 255 none; its daily read success). */
export interface PlanRunResult {
  plan: PlanJson;
  perMeter: { mediumCode: Uint8Array; dailyReadSuccess: Float32Array };
  compileMs: number;
  planMs: number;
}

const controlOf = (cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void) => ({ progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) });

export const planApi = {
  async run(project: Project, revisionKey: string, options: PlanOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<PlanRunResult> {
    const control = controlOf(cancelFlag, onProgress);
    const { scenario, ms } = scenarioFor(project, revisionKey, control);
    const t0 = performance.now();
    const plan = runPlan(planInputFromProject(project, scenario, control), options, control);
    const out: PlanRunResult = { plan: planJson(plan), perMeter: plan.perMeter, compileMs: ms, planMs: performance.now() - t0 };
    return transfer(out, [plan.perMeter.mediumCode.buffer as ArrayBuffer, plan.perMeter.dailyReadSuccess.buffer as ArrayBuffer]);
  },
  async compare(project: Project, revisionKey: string, proposals: Proposal[], options: PlanOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<ComparisonResult> {
    const control = controlOf(cancelFlag, onProgress);
    const { scenario } = scenarioFor(project, revisionKey, control);
    return compareProposals(planInputFromProject(project, scenario, control), proposals, options, control);
  },
  async tornado(project: Project, revisionKey: string, options: TornadoOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<TornadoResult> {
    const control = controlOf(cancelFlag, onProgress);
    const { scenario } = scenarioFor(project, revisionKey, control);
    return tornado(planInputFromProject(project, scenario, control), options, control);
  },
};

export type PlanApi = typeof planApi;
