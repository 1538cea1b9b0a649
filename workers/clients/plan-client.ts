/**
 * Main-thread facade over the plan workers: plans, vendor comparisons and
 * the TCO tornado, with progress and AbortSignal cancellation.
 */
import { proxy } from 'comlink';
import type { ComparisonResult, ParsedProposalFile, PlanApi, PlanOptions, PlanRunResult, Proposal, TornadoOptions, TornadoResult } from '../api/plan-api';
import type { Project } from '../model';
import type { RunOptions } from './analysis-client';
import { WorkerPool } from './worker-pool';

export type { ComparisonResult, ParsedProposalFile, PlanJson, PlanOptions, PlanRunResult, Proposal, RegulatoryFinding, TornadoOptions, TornadoResult } from '../api/plan-api';

export interface PlanClient {
  run(project: Project, revisionKey: string, options?: PlanOptions, control?: RunOptions): Promise<PlanRunResult>;
  compare(project: Project, revisionKey: string, proposals: Proposal[], options?: PlanOptions, control?: RunOptions): Promise<ComparisonResult>;
  tornado(project: Project, revisionKey: string, options?: TornadoOptions, control?: RunOptions): Promise<TornadoResult>;
  /** Validate vendor proposal files (name and text) in the worker; one outcome per file, in order. */
  parseProposals(files: { name: string; text: string }[], control?: RunOptions): Promise<ParsedProposalFile[]>;
  /** compare.csv text of a comparison (same bytes as the CLI). */
  compareCsv(result: ComparisonResult, control?: RunOptions): Promise<string>;
}

export function createPlanClient(pool: WorkerPool<PlanApi>): PlanClient {
  const progressOf = (c: RunOptions) => (c.onProgress ? proxy(c.onProgress) : undefined);
  return {
    run: (project, key, options = {}, control = {}) => pool.run((r, flag) => r.run(project, key, options, flag, progressOf(control)), control.signal),
    compare: (project, key, proposals, options = {}, control = {}) => pool.run((r, flag) => r.compare(project, key, proposals, options, flag, progressOf(control)), control.signal),
    tornado: (project, key, options = {}, control = {}) => pool.run((r, flag) => r.tornado(project, key, options, flag, progressOf(control)), control.signal),
    parseProposals: (files, control = {}) => pool.run((r) => r.parseProposals(files), control.signal),
    compareCsv: (result, control = {}) => pool.run((r) => r.compareCsv(result), control.signal),
  };
}

/** Browser pool: one module Web Worker running workers/plan.worker.ts. */
export function createBrowserPlanPool(): WorkerPool<PlanApi> {
  return new WorkerPool<PlanApi>({
    size: 1,
    create: () => {
      const worker = new Worker(new URL('../plan.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-plan' });
      return { endpoint: worker, terminate: () => void worker.terminate() };
    },
  });
}
