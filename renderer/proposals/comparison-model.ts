/**
 * The side-by-side view's data: per area, each vendor's recommended option
 * and the best vendor; per vendor, the hybrid totals; the best vendor
 * overall. "Best" = meets the read-success target at the lowest TCO; an
 * option using a profile that violates ARIB STD-T108 ranks after every
 * compliant one (a warning, e.g. "needs registration", does not).
 */
import type { PlanJson } from '../../workers/clients/plan-client';
import type { ComparisonResult, RegulatoryFinding } from './types';

export type AreaPlanJson = PlanJson['areas'][number];
export type OptionJson = AreaPlanJson['options'][number];

/** One vendor's recommendation in one area. */
export interface AreaCell {
  option: OptionJson | null;
  /** Findings on the option's profiles. */
  findings: RegulatoryFinding[];
}

export interface AreaRow {
  id: string;
  name: string;
  class: string;
  meters: number;
  target: number;
  /** One per vendor column (null: the vendor's plan has no such area). */
  cells: (AreaCell | null)[];
  /** Column of the best vendor, −1 when no vendor has an option. */
  best: number;
}

export interface VendorTotal {
  tco: number;
  tcoPerMeter: number;
  capex: number;
  opexPerYear: number;
  readSuccessMean: number;
  areasMeeting: number;
  areas: number;
  /** Findings on profiles the vendor's hybrid plan uses. */
  findings: RegulatoryFinding[];
}

export interface ComparisonModel {
  currency: string;
  vendors: { file: string; vendor: string; name?: string; findings: RegulatoryFinding[] }[];
  rows: AreaRow[];
  totals: VendorTotal[];
  bestOverall: number;
}

const onProfiles = (findings: readonly RegulatoryFinding[], profile: string) => findings.filter((f) => profile.split('+').includes(f.profileId));
const violates = (f: readonly RegulatoryFinding[]) => (f.some((x) => x.severity === 'violation') ? 1 : 0);

/** Lexicographic order of two numeric keys. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < Math.min(a.length, b.length); j++) if (a[j] !== b[j]) return a[j] - b[j];
  return a.length - b.length;
}

/** Index of the smallest key (the first on ties), −1 when every key is null. */
export function argMin(keys: readonly (readonly number[] | null)[]): number {
  let best = -1;
  keys.forEach((k, i) => { if (k && (best < 0 || compareKeys(k, keys[best]!) < 0)) best = i; });
  return best;
}

/** Build the view model from a comparison result. */
export function comparisonModel(c: ComparisonResult): ComparisonModel {
  const ps = c.proposals;
  const areaList = ps[0]?.plan.areas ?? [];
  const rows: AreaRow[] = areaList.map((a0) => {
    const cells = ps.map((p): AreaCell | null => {
      const a = p.plan.areas.find((x) => x.id === a0.id);
      if (!a) return null;
      const option = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
      return { option, findings: option ? onProfiles(p.findings, option.profile) : [] };
    });
    const best = argMin(cells.map((x) => (x?.option ? [violates(x.findings), x.option.meetsTarget ? 0 : 1, x.option.meetsTarget ? 0 : -x.option.readSuccessMean, x.option.tco] : null)));
    return { id: a0.id, name: a0.name, class: a0.class, meters: a0.meters, target: a0.target, cells, best };
  });
  const totals: VendorTotal[] = ps.map((p, i) => {
    const h = p.plan.totals.hybrid;
    const used = new Set(rows.flatMap((r) => (r.cells[i]?.option ? r.cells[i]!.option!.profile.split('+') : [])));
    return { tco: h.tco, tcoPerMeter: h.tco / Math.max(1, h.meters), capex: h.capex, opexPerYear: h.opexPerYear, readSuccessMean: h.readSuccessMean, areasMeeting: h.areasMeetingTarget, areas: p.plan.areas.length, findings: p.findings.filter((f) => used.has(f.profileId)) };
  });
  const bestOverall = argMin(totals.map((x) => (Number.isFinite(x.tco) ? [violates(x.findings), x.areas - x.areasMeeting, x.tco] : null)));
  return { currency: c.currency, vendors: ps.map((p) => ({ file: p.file, vendor: p.vendor, ...(p.name ? { name: p.name } : {}), findings: p.findings })), rows, totals, bestOverall };
}
