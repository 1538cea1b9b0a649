/**
 * The distributions of the demo generator, read from the preset file
 * datasets/demo/demo-spec.json (documented in datasets/demo/README.md), so
 * no generated quantity is a literal buried in the engine.
 */
import spec from '../../../datasets/demo/demo-spec.json';
import type { AreaClass } from '../../model/enums';
import type { Prng } from '../geo/prng';

/** A uniform range [lo, hi]. */
export type Range = readonly [number, number];

/** The typed demo specification. */
export const DEMO_SPEC = spec as typeof spec & {
  shares: Record<AreaClass, number>;
  metersPerTransformer: Record<AreaClass, Range>;
  poleGapM: Range;
};

/** Uniform real in a range. */
export function draw(rng: Prng, r: readonly number[]): number {
  return r[0] + (r[1] - r[0]) * rng.next();
}

/** Uniform integer in a range, both ends included. */
export function drawInt(rng: Prng, r: readonly number[]): number {
  return r[0] + rng.int(r[1] - r[0] + 1);
}
