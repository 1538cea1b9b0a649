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
import { compareCsv } from '../engines/planner/compare-csv';
import { compareProposals, parseProposal, type ComparisonResult, type Proposal } from '../engines/planner/proposals';
import { checkRegulatory, type RegulatoryFinding } from '../engines/planner/regulatory';
import { tornado, type TornadoResult, type TornadoOptions } from '../engines/planner/sensitivity';
import { yearlyTco, type YearlyTco } from '../engines/planner/yearly';
import { scenarioFor } from './scenario-cache';
import { throttleProgress } from './throttle';

export type { PlanJson, PlanOptions } from '../engines/planner';
export type { ComparisonResult, Proposal } from '../engines/planner/proposals';
export type { RegulatoryFinding } from '../engines/planner/regulatory';

/** One proposal file checked in the worker: the parsed proposal with its ARIB findings, or errors "FILE: path: message". */
export type ParsedProposalFile = { file: string; ok: true; proposal: Proposal; findings: RegulatoryFinding[] } | { file: string; ok: false; errors: string[] };
export type { TornadoResult, TornadoOptions } from '../engines/planner/sensitivity';
export type { YearlyTco } from '../engines/planner/yearly';

/** A plan plus per-meter arrays (recommended medium index into MEDIA, 255 none; its daily read success). */
export interface PlanRunResult {
  plan: PlanJson;
  perMeter: { mediumCode: Uint8Array; dailyReadSuccess: Float32Array };
  /** Cumulative discounted cost per year 0…horizon of the hybrid and single-medium plans (the dashboard's TCO chart). */
  yearly: YearlyTco;
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
    const out: PlanRunResult = { plan: planJson(plan), perMeter: plan.perMeter, yearly: yearlyTco(plan), compileMs: ms, planMs: performance.now() - t0 };
    return transfer(out, [plan.perMeter.mediumCode.buffer as ArrayBuffer, plan.perMeter.dailyReadSuccess.buffer as ArrayBuffer]);
  },
  async compare(project: Project, revisionKey: string, proposals: Proposal[], options: PlanOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<ComparisonResult> {
    const control = controlOf(cancelFlag, onProgress);
    const { scenario } = scenarioFor(project, revisionKey, control);
    return compareProposals(planInputFromProject(project, scenario, control), proposals, options, control);
  },
  /** A comparison as compare.csv text, the same bytes as `fanplan compare --out` (the renderer may not import engines). */
  async compareCsv(result: ComparisonResult): Promise<string> {
    return compareCsv(result);
  },
  /** Validate proposal files with the engine's rules (the renderer may not import engines). */
  async parseProposals(files: { name: string; text: string }[]): Promise<ParsedProposalFile[]> {
    return files.map(({ name, text }) => {
      const r = parseProposal(name, text);
      return r.ok ? { file: name, ok: true, proposal: r.proposal, findings: r.proposal.profiles.flatMap((p) => checkRegulatory(p)) } : { file: name, ok: false, errors: r.errors };
    });
  },
  async tornado(project: Project, revisionKey: string, options: TornadoOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<TornadoResult> {
    const control = controlOf(cancelFlag, onProgress);
    const { scenario } = scenarioFor(project, revisionKey, control);
    return tornado(planInputFromProject(project, scenario, control), options, control);
  },
};

export type PlanApi = typeof planApi;
