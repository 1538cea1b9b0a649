/**
 * Chart data of the dashboard: totals per plan (hybrid and each single
 * medium), the cost breakdown of each area's recommended option as NPV parts,
 * and the tornado bars relative to the base TCO. Pure functions over the
 * plan JSON so the charts only draw.
 */
import type { PlanJson, TornadoResult } from '../../workers/api/plan-api';
import { t, type MessageKey } from '../i18n/messages';
import { HYBRID_COLOUR, MEDIUM_COLOURS } from './format';

type AreaJson = PlanJson['areas'][number];
type Breakdown = AreaJson['options'][number]['breakdown'];

/** The CAPEX and OPEX parts of a breakdown, in stacking order (never shown by key: see partLabel). */
export const COST_PARTS = ['capexModules', 'capexCollectors', 'capexRepeaters', 'opexFees', 'opexBackhaul', 'opexMaintenance', 'opexReplacement', 'opexManualReads'] as const;
/** One part of a cost breakdown. */
export type CostPart = (typeof COST_PARTS)[number];

/** Colours of the parts: blues for CAPEX, warm tones for OPEX. */
export const PART_COLOURS: Record<CostPart, string> = {
  capexModules: '#08519c', capexCollectors: '#3182bd', capexRepeaters: '#9ecae1',
  opexFees: '#a63603', opexBackhaul: '#e6550d', opexMaintenance: '#fd8d3c', opexReplacement: '#fdbe85', opexManualReads: '#756bb1',
};

/** The translated legend label of a part. */
export function partLabel(p: CostPart): string {
  return t(`plan.part.${p}` as MessageKey);
}

/**
 * Present value of 1 per year paid at the end of years 1…H (the NPV
 * convention of workers/engines/cost/npv.ts), to turn yearly OPEX parts into
 * their share of the TCO.
 */
export function annuity(rate: number, horizonYears: number): number {
  return Math.abs(rate) < 1e-12 ? horizonYears : (1 - Math.pow(1 + rate, -horizonYears)) / rate;
}

/** NPV of each part: CAPEX parts as they are, OPEX parts × annuity. Their sum is the option's TCO. */
export function breakdownNpv(b: Breakdown, rate: number, horizonYears: number): Record<CostPart, number> {
  const a = annuity(rate, horizonYears);
  return Object.fromEntries(COST_PARTS.map((p) => [p, p.startsWith('capex') ? b[p] : b[p] * a])) as Record<CostPart, number>;
}

/** One bar of the totals chart. */
export interface TotalBar {
  id: 'hybrid' | 'mesh' | 'plc' | 'star';
  label: string;
  colour: string;
  total: PlanJson['totals']['hybrid'] | null;
}

/** Hybrid first, then each single-medium plan (null when a medium cannot serve every area). */
export function totalBars(plan: PlanJson): TotalBar[] {
  const singles = (['mesh', 'plc', 'star'] as const).map((m): TotalBar => ({
    id: m, label: t('plan.totals.single', { medium: t(`medium.${m}`) }), colour: MEDIUM_COLOURS[m], total: plan.totals.singleMedium[m] ?? null,
  }));
  return [{ id: 'hybrid', label: t('plan.totals.hybrid'), colour: HYBRID_COLOUR, total: plan.totals.hybrid }, ...singles];
}

/** The cheapest single-medium plan (for the "x % cheaper" headline). */
export function bestSingle(plan: PlanJson): { medium: 'mesh' | 'plc' | 'star'; tco: number } | null {
  let best: { medium: 'mesh' | 'plc' | 'star'; tco: number } | null = null;
  for (const m of ['mesh', 'plc', 'star'] as const) {
    const x = plan.totals.singleMedium[m];
    if (x && (!best || x.tco < best.tco)) best = { medium: m, tco: x.tco };
  }
  return best;
}

/** A tornado bar as offsets from the base TCO (negative: cheaper). */
export interface TornadoSpan { driver: string; lowDelta: number; highDelta: number; low: number; high: number; unit: string; source: string }

/** The tornado bars as offsets from the base TCO, in the engine's order (widest swing first). */
export function tornadoSpans(r: TornadoResult): TornadoSpan[] {
  return r.bars.map((b) => ({ driver: b.driver, lowDelta: b.lowTco - r.baseTco, highDelta: b.highTco - r.baseTco, low: b.low, high: b.high, unit: b.unit, source: b.source }));
}
