/** A real plan of the small-town fixture (planner engine in-process), for the dashboard tests; each call returns a fresh copy. */
import type { PlanRunResult } from '../../../workers/api/plan-api';
import { planInputFromProject, planJson, runPlan } from '../../../workers/engines/planner';
import { yearlyTco } from '../../../workers/engines/planner/yearly';
import type { Project } from '../../../workers/model';
import { smallTown } from '../fixture';

let cached: string | null = null;

/** The plan of `smallTown()` as the plan worker returns it (typed arrays left empty: the dashboard does not read them). */
export function smallTownPlanResult(): PlanRunResult {
  if (!cached) {
    const p = runPlan(planInputFromProject(smallTown()));
    cached = JSON.stringify({ plan: planJson(p), yearly: yearlyTco(p), compileMs: 0, planMs: 0 });
  }
  return { ...JSON.parse(cached), perMeter: { mediumCode: new Uint8Array(0), dailyReadSuccess: new Float32Array(0) } } as PlanRunResult;
}

/** A plan entry for `doc` (the document the plan "ran on"). */
export function entryFor(doc: Project) {
  return { result: smallTownPlanResult(), doc, elapsedMs: 700, finishedAt: Date.UTC(2026, 0, 1) };
}
