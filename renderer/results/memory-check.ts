/**
 * Memory check before big runs: a pure prediction of a run's peak memory from
 * the meter count and media, and the budget this session can use.
 *
 * Calibration (our benchmarks, end to end per 1M meters): RF mesh 2.9 GiB;
 * PLC 1.45 GB; wireless star best server 0.27 GiB × (sites / 500) plus the
 * compile step 0.27 GiB (mesh and PLC figures already include compiling).
 * Media run one after the other but the mesh worker keeps its state for
 * incremental updates, so the prediction of a multi-media run is the sum —
 * on the safe side.
 *
 * Budget: each engine runs in its own worker, and a worker's heap has the
 * same limit as the page's. So the budget is one heap limit: Chromium's
 * `performance.memory.jsHeapSizeLimit` when present; else half of
 * `navigator.deviceMemory` (GiB, the browser rounds it down and caps it at 8);
 * else a conservative 4 GiB.
 */
import type { Medium } from './types';

const GIB = 1024 ** 3;

/** Peak bytes per meter of each medium (without star's per-site factor). */
export const BYTES_PER_METER: Record<Medium | 'compile', number> = {
  mesh: (2.9 * GIB) / 1e6,
  plc: 1.45e9 / 1e6,
  star: (0.27 * GIB) / 1e6,
  compile: (0.27 * GIB) / 1e6,
};

/** Sites the star calibration was measured with. */
export const STAR_CALIBRATION_SITES = 500;

/** Fallback budget when the browser tells nothing, bytes. */
export const DEFAULT_BUDGET_BYTES = 4 * GIB;

/** Predicted peak bytes of running `media` over `meters` meters (`starSites`: serving sites of the star run). */
export function predictRunBytes(meters: number, media: readonly Medium[], starSites = STAR_CALIBRATION_SITES): number {
  const n = Math.max(0, meters);
  let bytes = 0;
  for (const m of new Set(media)) {
    if (m === 'star') bytes += n * (BYTES_PER_METER.star * (Math.max(1, starSites) / STAR_CALIBRATION_SITES) + BYTES_PER_METER.compile);
    else bytes += n * BYTES_PER_METER[m];
  }
  return bytes;
}

/** What the browser reports about memory (Chromium's `performance.memory`, `navigator.deviceMemory`). */
export interface MemoryHints {
  jsHeapSizeLimit?: number;
  deviceMemoryGiB?: number;
}

/** The budget for one run, bytes (see the module comment for the assumptions). */
export function memoryBudgetBytes(hints: MemoryHints): number {
  if (hints.jsHeapSizeLimit && hints.jsHeapSizeLimit > 0) return hints.jsHeapSizeLimit;
  if (hints.deviceMemoryGiB && hints.deviceMemoryGiB > 0) return (hints.deviceMemoryGiB * GIB) / 2;
  return DEFAULT_BUDGET_BYTES;
}

/** Read the hints from this browser. */
export function browserMemoryHints(): MemoryHints {
  const perf = (globalThis.performance as (Performance & { memory?: { jsHeapSizeLimit?: number } }) | undefined)?.memory;
  const nav = (globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined)?.deviceMemory;
  return { jsHeapSizeLimit: perf?.jsHeapSizeLimit, deviceMemoryGiB: nav };
}

/** Star serving sites of a run: the star collectors, else a hexagonal grid over the meters' extent at `isdM`. */
export function estimateStarSites(starCollectors: number, extentKm2: number, isdM: number | undefined): number {
  if (starCollectors > 0) return starCollectors;
  if (!isdM || !(isdM > 0)) return STAR_CALIBRATION_SITES;
  const cellKm2 = ((Math.sqrt(3) / 2) * isdM * isdM) / 1e6;
  return Math.max(1, Math.ceil(extentKm2 / cellKm2));
}

/** The check's verdict. */
export interface MemoryVerdict {
  neededBytes: number;
  budgetBytes: number;
  exceeds: boolean;
}

/** Compare a prediction with the budget. */
export function checkMemory(neededBytes: number, budgetBytes: number): MemoryVerdict {
  return { neededBytes, budgetBytes, exceeds: neededBytes > budgetBytes };
}
