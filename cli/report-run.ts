/**
 * Run the engines a report needs, in-process (the report is a batch tool):
 * compile, RF mesh with N-1 resilience, PLC concentrator loads, the planner
 * and the ARIB regulatory check; returns the report's input.
 */
import type { Project } from '../workers/model';
import { compileProject } from '../workers/engines/compile/compile-project';
import { runMesh } from '../workers/engines/mesh/run-mesh';
import { checkRegulatory, compareProposals, planInputFromProject, planJson, runPlan, type PlanOptions, type Proposal } from '../workers/engines/planner';
import { runPlc } from '../workers/engines/plc';
import type { ReportInput } from '../workers/engines/report';

/** Options of a report run. */
export interface ReportRunOptions {
  /** Keep at most this many meters, evenly thinned (quick runs and tests). */
  metersLimit?: number;
  /** Skip the mesh N-1 analysis. */
  noResilience?: boolean;
  plan?: PlanOptions;
  /** Vendor proposals to compare on the same meters (fanplan compare). */
  proposals?: readonly Proposal[];
  /** Report date (default now). */
  generatedUtc?: string;
}

/** Keep every k-th meter so that at most `limit` remain. */
export function thinProject(project: Project, limit: number): Project {
  const n = project.meters.length;
  if (!(limit > 0) || n <= limit) return project;
  const step = n / limit;
  return { ...project, meters: Array.from({ length: limit }, (_, i) => project.meters[Math.floor(i * step)]) };
}

/** Run mesh, PLC and the planner and assemble the report input. */
export function runReportEngines(source: Project, o: ReportRunOptions = {}): ReportInput {
  const project = o.metersLimit ? thinProject(source, o.metersLimit) : source;
  const notes = project !== source ? [`meters limited to ${project.meters.length} of ${source.meters.length} (quick run)`] : [];
  const s = compileProject(project);
  const hasMesh = project.profiles.some((p) => p.medium === 'mesh');
  const meshProfile = project.profiles.find((p) => p.medium === 'mesh');
  const mesh = hasMesh ? runMesh(s, { resilience: !o.noResilience }).run : null;
  const planInput = planInputFromProject(project, s);
  const plan = runPlan(planInput, o.plan ?? {});
  const plcProfile = project.profiles.find((p) => p.medium === 'plc');
  let plcConcentrators: ReportInput['plcConcentrators'] = null;
  if (plcProfile && plcProfile.medium === 'plc' && planInput.plcInput) {
    try {
      plcConcentrators = runPlc(planInput.plcInput, { profile: plcProfile, settings: project.settings, nMinusOne: false, dominators: false }).concentrators;
    } catch (e) {
      notes.push(`PLC run skipped: ${(e as Error).message}`);
    }
  }
  return {
    project, plan: planJson(plan), planPerMeter: plan.perMeter, meterAreaIndex: s.meters.areaIndex, areaIds: s.areas.ids,
    mesh, meshHopLimit: meshProfile && meshProfile.medium === 'mesh' ? meshProfile.hopLimit : 0, plcConcentrators,
    ...(o.proposals?.length ? { comparison: compareProposals(planInput, o.proposals, o.plan ?? {}) } : {}),
    findings: project.profiles.flatMap((p) => checkRegulatory(p)), generatedUtc: o.generatedUtc ?? new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', notes,
  };
}
