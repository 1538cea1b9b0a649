/**
 * The LV grid of the demo region: utility poles every 30–50 m along streets
 * (candidate sites of kind 'pole'), transformers serving 5–30 meters each,
 * and LV feeders along the streets from each transformer.
 *
 * Meters of a zone are grouped in creation order (street runs alternate
 * direction, so consecutive meters are neighbours) into spans whose sizes are
 * drawn uniformly from the class's range (demo-spec.json metersPerTransformer)
 * and then adjusted so that every span has 5–30 meters ({@link splitSizes}).
 */
import type { Prng } from '../geo/prng';
import type { DemoBuilder } from './builder';
import { pointAt, subLine, type Polyline } from './polyline';
import { DEMO_SPEC, draw, drawInt, type Range } from './spec';

/** Smallest and largest number of meters per transformer. */
export const MIN_METERS_PER_TRANSFORMER = 5;
export const MAX_METERS_PER_TRANSFORMER = 30;

/** A street (or underground corridor) with the meters along it: indices [meterFrom, meterTo) in the builder, along-sorted. */
export interface StreetRun {
  line: Polyline;
  meterFrom: number;
  meterTo: number;
  /** Pole positions along the line (filled by {@link placePoles}). */
  poleAlongM: number[];
}

const tmp = new Float64Array(4);

/** Place poles along a run every poleGapM (uniform 30–50 m), offset beside the street; returns the pole sites' count. */
export function placePoles(b: DemoBuilder, run: StreetRun, rng: Prng): number {
  let a = draw(rng, [0, DEMO_SPEC.poleGapM[0]]);
  let n = 0;
  while (a <= run.line.lengthM) {
    pointAt(run.line, a, DEMO_SPEC.poleOffsetM, tmp);
    b.addSite(tmp[0], tmp[1], DEMO_SPEC.poleHeightM, 'pole', 1);
    run.poleAlongM.push(a);
    n++;
    a += draw(rng, DEMO_SPEC.poleGapM);
  }
  return n;
}

/**
 * Split `total` meters into consecutive group sizes drawn from `range`, each
 * within [5, 30] (the last two groups are rebalanced). A total below 5 stays
 * one undersized group.
 */
export function splitSizes(total: number, range: Range, rng: Prng): number[] {
  const out: number[] = [];
  let rem = total;
  while (rem > 0) {
    let s = drawInt(rng, range);
    if (rem <= MAX_METERS_PER_TRANSFORMER && rem <= range[1]) s = rem;
    else if (rem - s < MIN_METERS_PER_TRANSFORMER) s = rem - MIN_METERS_PER_TRANSFORMER;
    out.push(s);
    rem -= s;
  }
  return out;
}

/**
 * Group the meters of consecutive runs under transformers. With `mount`
 * 'pole' each transformer sits on the pole nearest the group's median meter;
 * with 'indoor' (underground malls) at the median meter's point on the line.
 * Each group gets one feeder per run it touches, along the street, joined to
 * the transformer at its nearer end.
 */
export function assignTransformers(b: DemoBuilder, runs: StreetRun[], range: Range, mount: 'pole' | 'indoor', cableType: string, rng: Prng): void {
  if (runs.length === 0) return;
  const first = runs[0].meterFrom, last = runs[runs.length - 1].meterTo;
  const runOf = new Int32Array(last - first);
  runs.forEach((r, k) => runOf.fill(k, r.meterFrom - first, r.meterTo - first));
  let from = first;
  for (const size of splitSizes(last - first, range, rng)) {
    const to = from + size;
    const mid = (from + to - 1) >> 1;
    const rm = runOf[mid - first];
    const run = runs[rm];
    let ta = b.meterAlongM[mid];
    if (mount === 'pole' && run.poleAlongM.length) ta = nearest(run.poleAlongM, ta);
    pointAt(run.line, ta, mount === 'pole' ? DEMO_SPEC.poleOffsetM : 0, tmp);
    const tx = tmp[0], ty = tmp[1];
    const tid = b.addTransformer(tx, ty, mount, size);
    for (let i = from; i < to; i++) b.meters[i].transformerId = tid;
    for (let k = runOf[from - first]; k <= runOf[to - 1 - first]; k++) {
      const r = runs[k];
      const i0 = Math.max(from, r.meterFrom), i1 = Math.min(to, r.meterTo) - 1;
      if (i1 < i0) continue;
      let lo = b.meterAlongM[i0], hi = b.meterAlongM[i1];
      if (k === rm) { lo = Math.min(lo, ta); hi = Math.max(hi, ta); }
      if (hi - lo < 10) { lo = Math.max(0, lo - 5); hi = Math.min(r.line.lengthM, hi + 5); }
      let xy = subLine(r.line, lo, hi);
      if (k !== rm) {
        const n = xy.length;
        const dStart = Math.hypot(xy[0] - tx, xy[1] - ty), dEnd = Math.hypot(xy[n - 2] - tx, xy[n - 1] - ty);
        xy = dStart <= dEnd ? [tx, ty, ...xy] : [...xy, tx, ty];
      }
      b.addFeeder(tid, cableType, xy);
    }
    from = to;
  }
}

function nearest(sorted: number[], a: number): number {
  let lo = 0, hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < a) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && a - sorted[lo - 1] < sorted[lo] - a ? sorted[lo - 1] : sorted[lo];
}
