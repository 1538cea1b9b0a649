/** Per-area summaries of one medium's meter results (for the results table). */
import { quantile, sortedFinite } from './binning';
import type { MeterResults } from './types';

export interface AreaResultSummary {
  /** Meters simulated in the area. */
  meters: number;
  connectedShare: number;
  meanSuccess: number;
  p5Success: number;
  meanHops: number;
  /** Distinct collectors / cells / concentrators serving the area. */
  servers: number;
}

/** Summary over the meters where `pick(i)` holds (simulated meters only). */
export function summarise(r: MeterResults, pick: (i: number) => boolean = () => true): AreaResultSummary {
  let n = 0, conn = 0, sum = 0, hops = 0, hopN = 0;
  const servers = new Set<number>();
  const sel = (i: number) => r.reason[i] !== 255 && pick(i);
  for (let i = 0; i < r.count; i++) {
    if (!sel(i)) continue;
    n++;
    sum += r.dailyReadSuccess[i] || 0;
    if (r.connected[i]) { conn++; servers.add(r.server[i]); }
    if (Number.isFinite(r.hops[i])) { hops += r.hops[i]; hopN++; }
  }
  const sorted = sortedFinite(r.dailyReadSuccess, sel);
  return { meters: n, connectedShare: n ? conn / n : NaN, meanSuccess: n ? sum / n : NaN, p5Success: quantile(sorted, 0.05), meanHops: hopN ? hops / hopN : NaN, servers: servers.size };
}

/** One row per area (by index), plus the meters in no area, plus the total. */
export function summariseByArea(r: MeterResults, areaIndex: Int32Array, areaCount: number): { areas: AreaResultSummary[]; outside: AreaResultSummary; total: AreaResultSummary } {
  return {
    areas: Array.from({ length: areaCount }, (_, a) => summarise(r, (i) => areaIndex[i] === a)),
    outside: summarise(r, (i) => areaIndex[i] < 0),
    total: summarise(r),
  };
}
