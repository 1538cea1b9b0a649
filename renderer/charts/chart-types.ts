/**
 * The chart interface for result charts (read-success histogram and CDF,
 * hop-count histogram). Panels describe *what* to draw with a ChartSpec; a
 * ChartRenderer draws it. Until the chosen library (uPlot, see the report)
 * is installed, a small built-in SVG renderer draws the specs; swapping in
 * the library means registering another renderer, not changing panels.
 */

/** Bins of a histogram: `edges` has one more entry than `counts`. */
export interface HistogramSpec {
  kind: 'histogram';
  edges: Float64Array | number[];
  counts: Float64Array | Uint32Array | number[];
  /** Axis labels (already translated). */
  xLabel: string;
  yLabel: string;
  /** Format of x tick values (e.g. percent). */
  xFormat?: (v: number) => string;
  /** A vertical marker, e.g. the read-success target. */
  marker?: { x: number; label: string };
}

/** An empirical CDF over sorted values (ascending). */
export interface CdfSpec {
  kind: 'cdf';
  sorted: Float32Array | Float64Array | number[];
  xLabel: string;
  yLabel: string;
  xFormat?: (v: number) => string;
  marker?: { x: number; label: string };
}

export type ChartSpec = HistogramSpec | CdfSpec;

/** Draws a spec into a container element; returns a disposer. Must work under `script-src 'self'` (no eval). */
export type ChartRenderer = (container: HTMLElement, spec: ChartSpec, size: { width: number; height: number }) => () => void;

/** Cumulative fractions (0…1) of a sorted array, at most `maxPoints` points (evenly spaced ranks). */
export function cdfPoints(sorted: ArrayLike<number>, maxPoints = 512): [number, number][] {
  const n = sorted.length;
  if (n === 0) return [];
  const step = Math.max(1, Math.floor(n / maxPoints));
  const out: [number, number][] = [];
  for (let i = 0; i < n; i += step) out.push([sorted[i], (i + 1) / n]);
  if (out[out.length - 1][1] !== 1) out.push([sorted[n - 1], 1]);
  return out;
}
