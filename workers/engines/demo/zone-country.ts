/**
 * The countryside: rural farmland and the mountain valleys.
 *
 * Rural: a jittered grid of farmCellM cells along east–west farm roads, each
 * cell holding a farm with probability `occupancy`, jittered ±alongJitterM
 * along the road and set back 20–60 m on a random side. Neighbouring farms
 * are therefore at least 300 − 2·90 = 120 m apart, and with 85 % occupancy
 * almost always within ~600 m of another (the 100–1000 m of the issue).
 *
 * Mountainous: villages of 15–60 houses along a road on the north bank of
 * each valley river of the procedural DEM, 0.8–2 km apart; at most 15
 * villages per valley, so more meters make more (parallel) valleys.
 */
import { assignTransformers, placePoles, type StreetRun } from './grid';
import { pointAt, polyline } from './polyline';
import type { ProceduralTerrain } from './procedural-dem';
import { DEMO_SPEC, draw, drawInt } from './spec';
import type { ZoneExtent, ZoneInput } from './zone-residential';

const RU = DEMO_SPEC.rural;
const MO = DEMO_SPEC.mountainous;

/** Mean ground area per farm meter, m². */
export function ruralAreaPerMeterM2(): number {
  return (RU.farmCellM * RU.farmCellM) / RU.occupancy;
}

/** Generate the farmland from z.x0 eastwards. */
export function generateRural(z: ZoneInput): ZoneExtent {
  const { b, rng } = z;
  const cell = RU.farmCellM;
  const rows = Math.max(1, Math.floor(z.heightM / cell));
  const cols = Math.max(2, Math.ceil((z.budget / (rows * RU.occupancy)) * 1.05));
  const x1 = z.x0 + cols * cell;
  const y0 = -(rows * cell) / 2;
  const runs: StreetRun[] = [];
  const p = new Float64Array(4);
  let made = 0, r = 0;
  for (; made < z.budget; r++) {
    const y = y0 + (r + 0.5) * cell;
    const line = polyline(r % 2 === 0 ? [z.x0, y, x1, y] : [x1, y, z.x0, y]);
    const run: StreetRun = { line, meterFrom: b.meters.length, meterTo: 0, poleAlongM: [] };
    for (let c = 0; c < cols && made < z.budget; c++) {
      if (rng.next() >= RU.occupancy) continue;
      const a = (c + 0.5) * cell + (rng.next() * 2 - 1) * RU.alongJitterM;
      const side = rng.next() < 0.5 ? 1 : -1;
      const off = side * draw(rng, RU.roadOffsetM);
      const size = draw(rng, RU.farmhouseM), levels = drawInt(rng, RU.levels);
      pointAt(line, a, off + (side * size) / 2, p);
      const bid = b.addBuilding(p[0], p[1], p[2], p[3], size, size, levels, 1, levels * RU.storeyHeightM);
      pointAt(line, a, off, p);
      b.addMeter(p[0], p[1], DEMO_SPEC.meterHeightM, 0, 'outdoor', bid, z.areaId, a);
      made++;
    }
    run.meterTo = b.meters.length;
    b.addRoad('track', line.xy);
    placePoles(b, run, rng);
    runs.push(run);
  }
  b.addRoad('secondary', [z.x0, y0, z.x0, y0 + r * cell], 'farm road');
  assignTransformers(b, runs, DEMO_SPEC.metersPerTransformer.rural, 'pole', DEMO_SPEC.cableTypes.overhead, rng);
  return { x0: z.x0, x1, y0, y1: y0 + Math.max(rows, r) * cell };
}

/** Valleys needed for a meter budget (≤ 15 villages each, at least 2). */
export function valleyCount(budget: number): number {
  const meanVillage = (MO.villageMeters[0] + MO.villageMeters[1]) / 2;
  return Math.max(2, Math.ceil(budget / meanVillage / 15));
}

/** First valley index, so the valleys straddle y = 0. */
export function firstValley(count: number): number {
  return -Math.floor(count / 2);
}

/** Generate the mountain villages westwards from x = 0 along the valleys of `terrain`. */
export function generateMountains(z: ZoneInput, terrain: ProceduralTerrain): ZoneExtent {
  const { b, rng } = z;
  const s = terrain.params.valleySpacingM;
  const nV = valleyCount(z.budget), k0 = firstValley(nV);
  const sizes: number[][] = Array.from({ length: nV }, () => []);
  for (let left = z.budget, v = 0; left > 0; v++) {
    const n = Math.min(left, drawInt(rng, MO.villageMeters));
    sizes[v % nV].push(n);
    left -= n;
  }
  const runs: StreetRun[] = [];
  const p = new Float64Array(4);
  let xWest = -s;
  for (let j = 0; j < nV; j++) {
    const centres: number[] = [];
    let a = s / 2;
    for (let v = 0; v < sizes[j].length; v++) { a += draw(rng, MO.villageGapM); centres.push(a); }
    const line = valleyRoad(terrain, k0 + j, a + 1000);
    const run: StreetRun = { line, meterFrom: b.meters.length, meterTo: 0, poleAlongM: [] };
    sizes[j].forEach((n, v) => {
      const meanF = (MO.frontageM[0] + MO.frontageM[1]) / 2;
      let at = centres[v] - (n * meanF) / 4;
      for (let h = 0; h < n; h++) {
        const side = h % 2 === 0 ? 1 : -1;
        const f = draw(rng, MO.frontageM), setback = draw(rng, MO.setbackM), depth = draw(rng, MO.houseDepthM), levels = drawInt(rng, MO.levels);
        pointAt(line, at + f / 2, side * (setback + depth / 2), p);
        const bid = b.addBuilding(p[0], p[1], p[2], p[3], Math.max(6, f - 4), depth, levels, 1, levels * 3);
        pointAt(line, at + f / 2, side * setback, p);
        b.addMeter(p[0], p[1], DEMO_SPEC.meterHeightM, 0, 'outdoor', bid, z.areaId, at + f / 2);
        if (side < 0) at += f;
      }
    });
    run.meterTo = b.meters.length;
    b.addRoad('secondary', line.xy, `valley road ${j + 1}`);
    placePoles(b, run, rng);
    runs.push(run);
    xWest = Math.min(xWest, line.xy[line.xy.length - 2] - s / 2);
  }
  assignTransformers(b, runs, DEMO_SPEC.metersPerTransformer.mountainous, 'pole', DEMO_SPEC.cableTypes.overhead, rng);
  return { x0: xWest, x1: 0, y0: (k0 - 0.5) * s, y1: (k0 + nV - 0.5) * s };
}

/** The road of valley k on the river's north bank, from x = 0 westwards, at least `lengthM` long (vertices every 50 m). */
function valleyRoad(terrain: ProceduralTerrain, k: number, lengthM: number) {
  const xy: number[] = [];
  let len = 0;
  for (let x = 0; len < lengthM; x -= 50) {
    const y = terrain.valleyCentreYM(k, x) + MO.roadOffsetM;
    if (xy.length) len += Math.hypot(x - xy[xy.length - 2], y - xy[xy.length - 1]);
    xy.push(x, y);
  }
  return polyline(xy);
}
