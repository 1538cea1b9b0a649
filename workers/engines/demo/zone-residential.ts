/**
 * Detached housing on a street grid (dense-residential and suburban zones):
 * east–west streets `streetPitchM` apart, lots of `frontageM` on both sides,
 * a share of vacant lots, one house (one meter on its street-facing wall) per
 * lot, and north–south cross streets every `crossStreetEveryM`. Streets
 * alternate direction so consecutive meters stay neighbours for the grid step.
 */
import type { Prng } from '../geo/prng';
import type { DemoBuilder } from './builder';
import { assignTransformers, placePoles, type StreetRun } from './grid';
import { pointAt, polyline } from './polyline';
import { DEMO_SPEC, draw, drawInt } from './spec';

/** Parameters of a housing grid (demo-spec.json denseResidential / suburban). */
export type HousingSpec = typeof DEMO_SPEC.denseResidential;

/** What every zone generator receives. */
export interface ZoneInput {
  b: DemoBuilder;
  rng: Prng;
  /** Meters to create. */
  budget: number;
  /** West edge of the zone, local metres. */
  x0: number;
  /** North–south extent of the zone (centred on y = 0), metres. */
  heightM: number;
  areaId: string;
}

/** The rectangle a zone occupies, local metres. */
export interface ZoneExtent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Mean ground area per meter of a housing grid, m² (sizes the zone). */
export function housingAreaPerMeterM2(s: HousingSpec): number {
  const mid = (r: number[]) => (r[0] + r[1]) / 2;
  return (mid(s.streetPitchM) * mid(s.frontageM)) / (2 * (1 - s.vacantShare));
}

/** Generate a housing zone west to east from z.x0; returns the rectangle it occupies. */
export function generateHousing(z: ZoneInput, s: HousingSpec, areaClass: 'dense-residential' | 'suburban'): ZoneExtent {
  const { b, rng } = z;
  const meanPitch = (s.streetPitchM[0] + s.streetPitchM[1]) / 2;
  const streets = Math.max(1, Math.floor(z.heightM / meanPitch));
  const perMetre = (2 * (1 - s.vacantShare)) / ((s.frontageM[0] + s.frontageM[1]) / 2);
  const widthM = Math.max(100, (z.budget / (streets * perMetre)) * 1.08);
  const x1 = z.x0 + widthM;
  const runs: StreetRun[] = [];
  const p = new Float64Array(4);
  let y = -z.heightM / 2 + draw(rng, s.streetPitchM) / 2;
  let made = 0;
  for (let k = 0; made < z.budget; k++) {
    const eastward = k % 2 === 0;
    const line = polyline(eastward ? [z.x0, y, x1, y] : [x1, y, z.x0, y]);
    const run: StreetRun = { line, meterFrom: b.meters.length, meterTo: 0, poleAlongM: [] };
    for (let a = 0; a + s.frontageM[0] <= line.lengthM && made < z.budget;) {
      const f = draw(rng, s.frontageM);
      for (let side = 1; side >= -1; side -= 2) {
        if (made >= z.budget || rng.next() < s.vacantShare) continue;
        const setback = draw(rng, s.setbackM), depth = draw(rng, s.houseDepthM), levels = drawInt(rng, s.levels);
        const front = s.roadWidthM / 2 + setback;
        pointAt(line, a + f / 2, side * (front + depth / 2), p);
        const bid = b.addBuilding(p[0], p[1], p[2], p[3], Math.max(6, f - 1.5), depth, levels, 1, levels * s.storeyHeightM);
        pointAt(line, a + f / 2, side * front, p);
        b.addMeter(p[0], p[1], DEMO_SPEC.meterHeightM, 0, 'outdoor', bid, z.areaId, a + f / 2);
        made++;
      }
      a += f;
    }
    run.meterTo = b.meters.length;
    b.addRoad('residential', line.xy, k === streets >> 1 ? `${areaClass} main street` : undefined);
    placePoles(b, run, rng);
    runs.push(run);
    y += draw(rng, s.streetPitchM);
  }
  const yTop = Math.max(z.heightM / 2, y);
  for (let x = z.x0 + s.crossStreetEveryM / 2; x < x1; x += s.crossStreetEveryM) b.addRoad('residential', [x, -z.heightM / 2, x, yTop]);
  assignTransformers(b, runs, DEMO_SPEC.metersPerTransformer[areaClass], 'pole', DEMO_SPEC.cableTypes.overhead, rng);
  return { x0: z.x0, x1, y0: -z.heightM / 2, y1: yTop };
}
