/**
 * Recommendation and plan totals.
 * Per area: among the available options allowed by the area's forced medium
 * (a forced medium admits its pure options and its fallback pairs), the
 * cheapest TCO that meets the target; when none meets it, the highest mean
 * read success (ties: cheaper). Hybrid plan = the recommended option per
 * area. Single-medium plan for medium m = per area the pure-m option chosen
 * by the same rule, ignoring forced media; null when an area has no
 * available m option.
 */
import type { Medium } from '../../model';
import type { OptionMedium, PlanOption } from './options';

export interface AreaChoice {
  index: number;
  /** The next-cheapest allowed option that also meets the target (−1: none, or nothing meets it). */
  next: number;
  reason: string;
}

function pick(options: readonly PlanOption[], allowed: (o: PlanOption) => boolean): AreaChoice | null {
  const cands = options.map((o, i) => ({ o, i })).filter(({ o }) => o.available && allowed(o));
  if (!cands.length) return null;
  const meeting = cands.filter(({ o }) => o.meetsTarget).sort((a, b) => a.o.tco - b.o.tco);
  if (meeting.length) {
    const w = meeting[0], next = meeting[1];
    return { index: w.i, next: next ? next.i : -1, reason: `cheapest option meeting the target (TCO ${fmt(w.o.tco)}${next ? `; next ${next.o.medium} ${next.o.profile} ${fmt(next.o.tco)}` : ''})` };
  }
  const best = cands.sort((a, b) => b.o.readSuccessMean - a.o.readSuccessMean || a.o.tco - b.o.tco)[0];
  return { index: best.i, next: -1, reason: `no option meets the target; highest mean read success (${(100 * best.o.readSuccessMean).toFixed(2)} %)` };
}

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

/** The recommended option of an area. */
export function recommend(options: readonly PlanOption[], forced: 'auto' | Medium): AreaChoice | null {
  return pick(options, (o) => forced === 'auto' || o.medium === forced || o.medium.startsWith(`${forced}+`));
}

/** The option a single-medium plan uses in an area. */
export function singleMediumChoice(options: readonly PlanOption[], medium: Medium): AreaChoice | null {
  return pick(options, (o) => o.medium === medium);
}

export interface PlanTotal {
  tco: number;
  capex: number;
  opexPerYear: number;
  meters: number;
  readSuccessMean: number;
  /** Areas where the plan's option meets the target. */
  areasMeetingTarget: number;
}

/** Total over the chosen option of every area (null when an area has none). */
export function total(chosen: readonly (PlanOption | null)[]): PlanTotal | null {
  if (chosen.some((c) => c === null)) return null;
  let tco = 0, capex = 0, opex = 0, meters = 0, wsum = 0, meet = 0;
  for (const c of chosen as PlanOption[]) {
    tco += c.tco; capex += c.capex; opex += c.opexPerYear; meters += c.meters; wsum += c.readSuccessMean * c.meters;
    if (c.meetsTarget) meet++;
  }
  return { tco, capex, opexPerYear: opex, meters, readSuccessMean: meters ? wsum / meters : NaN, areasMeetingTarget: meet };
}

export const PURE_MEDIA: readonly Medium[] = ['mesh', 'plc', 'star'];
export type { OptionMedium };
