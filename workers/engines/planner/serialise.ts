/**
 * JSON-safe form of a plan (the `fanplan plan --out` file and what the plan
 * worker returns besides the per-meter typed arrays).
 */
import type { PlanOption } from './options';
import type { AreaPlan, PlanResult } from './plan';

export type PlanOptionJson = Omit<PlanOption, 'detail'>;
export type AreaPlanJson = Omit<AreaPlan, 'options' | 'meterIndices'> & { options: PlanOptionJson[] };
export type PlanJson = Omit<PlanResult, 'areas' | 'perMeter'> & { areas: AreaPlanJson[] };

const round = (v: number, d = 6) => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : v);

export function optionJson(o: PlanOption): PlanOptionJson {
  const { detail: _detail, ...rest } = o;
  void _detail;
  return { ...rest, readSuccessMean: round(rest.readSuccessMean), readSuccessP5: round(rest.readSuccessP5), capex: round(rest.capex, 0), opexPerYear: round(rest.opexPerYear, 0), tco: round(rest.tco, 0), tcoPerMeter: round(rest.tcoPerMeter, 1) };
}

/** The plan without typed arrays. */
export function planJson(p: PlanResult): PlanJson {
  const { perMeter: _perMeter, areas, ...rest } = p;
  void _perMeter;
  return { ...rest, areas: areas.map(({ meterIndices: _m, options, ...a }) => { void _m; return { ...a, options: options.map(optionJson) }; }) };
}
