/**
 * The compiled Scenario a worker keeps for the last project revision it saw,
 * so consecutive runs on the same revision skip the compile step. One per
 * worker (each worker is its own module instance).
 */
import type { Project } from '../model';
import { compileProject } from '../engines/compile/compile-project';
import type { Scenario } from '../engines/compile/scenario';
import type { RunControl } from '../engines/run-control';

let cached: { key: string; scenario: Scenario } | undefined;

/** The Scenario of `project`, compiled unless `revisionKey` matches the cached one; `ms` is the compile time (0 on a hit). */
export function scenarioFor(project: Project, revisionKey: string, control?: RunControl): { scenario: Scenario; ms: number } {
  if (cached && cached.key === revisionKey) return { scenario: cached.scenario, ms: 0 };
  const t0 = performance.now();
  const scenario = compileProject(project, control);
  cached = { key: revisionKey, scenario };
  return { scenario, ms: performance.now() - t0 };
}

/** The cached Scenario when it belongs to `revisionKey`. */
export function cachedScenario(revisionKey: string): Scenario | undefined {
  return cached && cached.key === revisionKey ? cached.scenario : undefined;
}

/** Cache a Scenario derived without compiling (e.g. a patched collector move). */
export function storeScenario(revisionKey: string, scenario: Scenario): void {
  cached = { key: revisionKey, scenario };
}

/** Forget the cached Scenario. */
export function resetScenarioCache(): void {
  cached = undefined;
}
