/**
 * Run the engines a report needs and assemble its input: compile, RF mesh
 * with N-1 resilience, the planner, PLC concentrator loads, vendor
 * proposals, the TCO tornado and the ARIB regulatory check. Pure (no IO), so
 * the CLI runs it in-process and the app in the report worker; progress is
 * reported as one overall bar over named stages.
 */
import type { Project } from '../../model';
import { compileProject } from '../compile/compile-project';
import { runMesh } from '../mesh/run-mesh';
import { checkRegulatory, compareProposals, planInputFromProject, planJson, runPlan, tornado, type PlanOptions, type Proposal } from '../planner';
import { runPlc } from '../plc';
import { checkpoint, type Progress, type RunControl } from '../run-control';
import type { ReportInput } from './model';

/** Options of a report run. */
export interface ReportRunOptions {
  /** Keep at most this many meters, evenly thinned (quick runs and tests). */
  metersLimit?: number;
  /** Skip the mesh N-1 analysis. */
  noResilience?: boolean;
  /** Skip the TCO sensitivity (tornado) analysis; the report says it was skipped. */
  noSensitivity?: boolean;
  plan?: PlanOptions;
  /** Vendor proposals to compare on the same meters (fanplan compare). */
  proposals?: readonly Proposal[];
  /** Report date (default now). */
  generatedUtc?: string;
}

/** Stages of a report run, in order (the overall progress bar counts them). */
export const REPORT_STAGES = ['compile', 'mesh', 'plan', 'plc', 'proposals', 'sensitivity'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** Keep every k-th meter so that at most `limit` remain. */
export function thinProject(project: Project, limit: number): Project {
  const n = project.meters.length;
  if (!(limit > 0) || n <= limit) return project;
  const step = n / limit;
  return { ...project, meters: Array.from({ length: limit }, (_, i) => project.meters[Math.floor(i * step)]) };
}

/** Relative duration of each stage of a run (0 = skipped), so the overall bar and its ETA move evenly. */
export type StageWeights = Record<ReportStage, number>;

/** Stage weights for a run's options: the tornado re-plans four times, N-1 doubles the mesh work. */
export function reportStageWeights(o: ReportRunOptions, hasMesh: boolean): StageWeights {
  return { compile: 1, mesh: hasMesh ? (o.noResilience ? 2 : 4) : 0, plan: 3, plc: 0.5, proposals: 3 * (o.proposals?.length ?? 0), sensitivity: o.noSensitivity ? 0 : 12 };
}

/**
 * A control for one stage: engine progress inside the stage becomes overall
 * progress `{ stage, done, total }` over the weighted stages (`total` =
 * 1000 × sum of weights), so a progress bar and its ETA move monotonically
 * within and across stages.
 */
export function stageControl(control: RunControl | undefined, stage: ReportStage, weights: StageWeights): RunControl {
  const sum = REPORT_STAGES.reduce((a, k) => a + weights[k], 0) || 1;
  const before = REPORT_STAGES.slice(0, REPORT_STAGES.indexOf(stage)).reduce((a, k) => a + weights[k], 0);
  let best = 0; // engines may restart their own counters inside a stage (sub-runs): never move backwards
  const report = (frac: number) => {
    best = Math.max(best, Math.min(1, Math.max(0, frac)));
    control?.progress?.({ stage, done: Math.round(1000 * (before + best * weights[stage])), total: Math.round(1000 * sum) });
  };
  return {
    isCancelled: () => control?.isCancelled?.() ?? false,
    progress: (p: Progress) => report(p.total > 0 ? p.done / p.total : 0),
  };
}

/** Run mesh, the planner, PLC, proposals and the tornado, and assemble the report input. */
export function runReportEngines(source: Project, o: ReportRunOptions = {}, control?: RunControl): ReportInput {
  const project = o.metersLimit ? thinProject(source, o.metersLimit) : source;
  const meshProfile = project.profiles.find((p) => p.medium === 'mesh');
  const weights = reportStageWeights(o, !!meshProfile);
  const stage = (s: ReportStage) => {
    const c = stageControl(control, s, weights);
    checkpoint(c, s, 0, 1);
    return c;
  };
  const notes: string[] = [];
  const s = compileProject(project, stage('compile'));
  const meshControl = stage('mesh');
  const mesh = meshProfile ? runMesh(s, { resilience: !o.noResilience }, meshControl).run : null;
  const planInput = planInputFromProject(project, s);
  const plan = runPlan(planInput, o.plan ?? {}, stage('plan'));
  const plcProfile = project.profiles.find((p) => p.medium === 'plc');
  let plcConcentrators: ReportInput['plcConcentrators'] = null;
  const plcControl = stage('plc');
  if (plcProfile && plcProfile.medium === 'plc' && planInput.plcInput) {
    try {
      plcConcentrators = runPlc(planInput.plcInput, { profile: plcProfile, settings: project.settings, nMinusOne: false, dominators: false }, plcControl).concentrators;
    } catch (e) {
      if ((e as Error).name === 'CancelledError') throw e;
      notes.push(`PLC run skipped: ${(e as Error).message}`);
    }
  }
  const proposalsControl = stage('proposals');
  const comparison = o.proposals?.length ? compareProposals(planInput, o.proposals, o.plan ?? {}, proposalsControl) : undefined;
  const sensitivity = o.noSensitivity ? null : tornado(planInput, o.plan ?? {}, stage('sensitivity'));
  checkpoint(stageControl(control, 'sensitivity', weights), 'sensitivity', 1, 1);
  return {
    project, plan: planJson(plan), planPerMeter: plan.perMeter, meterAreaIndex: s.meters.areaIndex, areaIds: s.areas.ids,
    mesh, meshHopLimit: meshProfile && meshProfile.medium === 'mesh' ? meshProfile.hopLimit : 0, plcConcentrators,
    ...(comparison ? { comparison } : {}),
    sensitivity,
    ...(project !== source ? { metersLimited: { kept: project.meters.length, total: source.meters.length } } : {}),
    findings: project.profiles.flatMap((p) => checkRegulatory(p)), generatedUtc: o.generatedUtc ?? new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', notes,
  };
}
