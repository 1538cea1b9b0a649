/**
 * One planning option of one area: a medium and profile (or a per-meter
 * fallback pair such as mesh first with cellular for the mesh orphans), its
 * read success and its cost. The cost inputs are kept so the sensitivity
 * study can re-price options without re-running the engines.
 */
import type { Medium } from '../../model';
import { addCosts, layoutCost, type CostAssumptionsResolved, type LayoutCost, type LayoutCostInput, type ProfilePrices } from '../cost';
import type { SiteValue } from './placement';
import { countMeeting, mean, missedShare, quantile } from './stats';

/** 'mesh+star' / 'plc+star': the first medium where it meets the target, cellular for the rest when better. */
export type OptionMedium = Medium | 'mesh+star' | 'plc+star';

/** One priced part of an option (a profile over some of the area's meters). */
export interface CostPart {
  profileId: string;
  medium: Medium;
  input: LayoutCostInput;
}

/** Everything the dashboard shows about an option (JSON-safe except `detail`). */
export interface PlanOption {
  medium: OptionMedium;
  /** Profile id, or "meshId+starId" for a fallback pair. */
  profile: string;
  vendor: string;
  available: boolean;
  note?: string;
  meters: number;
  /** Meters whose daily read success meets the area target. */
  metersServed: number;
  readSuccessMean: number;
  /** 5th percentile of per-meter daily read success (nearest rank). */
  readSuccessP5: number;
  collectors: number;
  capex: number;
  opexPerYear: number;
  tco: number;
  tcoPerMeter: number;
  meetsTarget: boolean;
  breakdown: LayoutCost['breakdown'];
  /** Placement: chosen site ids, method, engine runs, marginal value per site. */
  placement?: { siteIds: string[]; candidates: number; method: string; engineRuns: number; siteValues: SiteValue[] };
  /** Fallback pairs: meters moved to the second medium. */
  fallbackMeters?: number;
  /** Not serialised: per-meter success (area order), layout sites, cost parts. */
  detail: { success: Float32Array; sites: number[]; parts: CostPart[]; secondary?: Uint8Array };
}

/** Price an option's parts and fill its KPI fields. */
export function priceOption(base: Omit<PlanOption, 'capex' | 'opexPerYear' | 'tco' | 'tcoPerMeter' | 'breakdown' | 'metersServed' | 'readSuccessMean' | 'readSuccessP5' | 'meetsTarget' | 'collectors'>, target: number, pricesOf: (profileId: string, medium: Medium) => ProfilePrices, a: CostAssumptionsResolved): PlanOption {
  const s = base.detail.success;
  const cost = addCosts(base.detail.parts.map((p) => layoutCost(p.input, pricesOf(p.profileId, p.medium), a)), base.meters);
  const rs = mean(s);
  return {
    ...base, collectors: base.detail.parts.reduce((n, p) => n + p.input.siteCostFactors.length, 0),
    capex: cost.capex, opexPerYear: cost.opexPerYear, tco: cost.tco, tcoPerMeter: cost.tcoPerMeter, breakdown: cost.breakdown,
    metersServed: countMeeting(s, target), readSuccessMean: rs, readSuccessP5: quantile(s, 0.05), meetsTarget: base.available && rs >= target,
  };
}

/** Cost part of a single medium over all the area's meters. */
export function singlePart(profileId: string, medium: Medium, success: Float32Array, siteCostFactors: number[]): CostPart {
  return { profileId, medium, input: { meters: success.length, siteCostFactors, missedReadShare: missedShare(success) } };
}

/**
 * Per-meter fallback: meters where `first` meets the target stay on it; the
 * others move to `second` (a public network) when it reads them better.
 * The first medium's collectors stay (they were placed for the area).
 */
export function fallbackSuccess(first: Float32Array, second: Float32Array, target: number): { success: Float32Array; secondary: Uint8Array } {
  const n = first.length, success = new Float32Array(n), secondary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (first[i] < target && second[i] > first[i]) { secondary[i] = 1; success[i] = second[i]; } else success[i] = first[i];
  }
  return { success, secondary };
}

/** The two cost parts of a fallback pair. */
export function fallbackParts(firstId: string, firstMedium: Medium, secondId: string, success: Float32Array, secondary: Uint8Array, siteCostFactors: number[]): CostPart[] {
  let n2 = 0, miss1 = 0, miss2 = 0;
  for (let i = 0; i < success.length; i++) {
    const m = 1 - Math.min(1, Math.max(0, success[i]));
    if (secondary[i]) { n2++; miss2 += m; } else miss1 += m;
  }
  return [
    { profileId: firstId, medium: firstMedium, input: { meters: success.length - n2, siteCostFactors, missedReadShare: miss1 } },
    { profileId: secondId, medium: 'star', input: { meters: n2, siteCostFactors: [], missedReadShare: miss2 } },
  ];
}
