/**
 * TCO over the years: the cumulative discounted cost at the end of each year
 * 0…H for the hybrid plan and for every single-medium plan, following the NPV
 * convention of cost/npv.ts (CAPEX at year 0, each year's OPEX at the end of
 * years 1…H discounted by (1 + r)^−t). The last point of a series is the
 * plan's TCO, so the dashboard's "TCO over the years" chart ends where the
 * totals table does.
 */
import type { Medium } from '../../model';
import { discountFactor } from '../cost/npv';
import type { PlanOption } from './options';
import type { PlanResult } from './plan';
import { PURE_MEDIA, singleMediumChoice } from './recommend';

/** Cumulative discounted cost per year (index = year 0…horizonYears), in the plan's currency. */
export interface YearlyTco {
  currency: string;
  horizonYears: number;
  discountRate: number;
  /** 0, 1, …, horizonYears. */
  years: number[];
  hybrid: number[];
  /** Null when the medium has no available option in some area (as in `totals.singleMedium`). */
  singleMedium: Record<Medium, number[] | null>;
}

/** Cumulative discounted cost of a constant OPEX after a CAPEX: entry t = CAPEX + Σ_{k=1…t} OPEX·(1+r)^−k. */
export function cumulativeDiscounted(capex: number, opexPerYear: number, rate: number, horizonYears: number): number[] {
  if (!(rate > -1)) throw new RangeError(`cumulativeDiscounted: discount rate ${rate} must exceed −1`);
  if (!Number.isInteger(horizonYears) || horizonYears < 0) throw new RangeError(`cumulativeDiscounted: horizonYears ${horizonYears} must be a whole number ≥ 0`);
  const out = [capex];
  for (let t = 1; t <= horizonYears; t++) out.push(out[t - 1] + opexPerYear * discountFactor(rate, t));
  return out;
}

/** Sum of the chosen options' series; null when an area has no chosen option. */
function sumSeries(chosen: readonly (Pick<PlanOption, 'capex' | 'opexPerYear'> | null)[], rate: number, horizonYears: number): number[] | null {
  if (chosen.some((c) => c === null)) return null;
  const out = new Array<number>(horizonYears + 1).fill(0);
  for (const c of chosen as Pick<PlanOption, 'capex' | 'opexPerYear'>[]) {
    cumulativeDiscounted(c.capex, c.opexPerYear, rate, horizonYears).forEach((v, t) => { out[t] += v; });
  }
  return out;
}

/**
 * The yearly series of a plan. The hybrid plan uses each area's recommended
 * option (all zeros when an area has none, like `totals.hybrid`); the
 * single-medium plan of m uses the option `singleMediumChoice` picks.
 */
export function yearlyTco(plan: Pick<PlanResult, 'areas' | 'assumptions' | 'currency'>): YearlyTco {
  const { discountRate: rate, horizonYears: h } = plan.assumptions;
  const years = Array.from({ length: h + 1 }, (_, t) => t);
  const hybrid = sumSeries(plan.areas.map((a) => (a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null)), rate, h) ?? new Array<number>(h + 1).fill(0);
  const singleMedium = Object.fromEntries(PURE_MEDIA.map((m) => [m, sumSeries(plan.areas.map((a) => {
    const c = singleMediumChoice(a.options, m);
    return c ? a.options[c.index] : null;
  }), rate, h)])) as Record<Medium, number[] | null>;
  return { currency: plan.currency, horizonYears: h, discountRate: rate, years, hybrid, singleMedium };
}
