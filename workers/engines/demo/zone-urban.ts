/**
 * The town centre: high-rise apartment blocks on a street grid, and an
 * underground shopping street (chikagai) below the station plaza.
 *
 * High-rise: one slab per cell (cellM), floors 8–30 and units per floor 4–12
 * (uniform integers). A share `meterRoomShare` of blocks keep every meter in
 * one room (half of them a basement room, floor −1, −2.5 m; else a
 * ground-floor meter room, 1.5 m); the others have a meter per unit on each
 * storey (indoor, floor = storey, height = storey·floorHeightM + 1.5 m).
 * Each block's meters are split into indoor transformers of 20–30 meters
 * (riser groups), and each block has a rooftop candidate site.
 *
 * Underground: east–west corridors ≤ corridorMaxLengthM, corridorPitchM
 * apart, shops of frontage 5–8 m on both sides, meters 4–7 m below ground
 * (indoor 'underground', floor −1); indoor transformers along the corridor.
 */
import { assignTransformers, placePoles, splitSizes, type StreetRun } from './grid';
import { polyline, pointAt } from './polyline';
import { DEMO_SPEC, draw, drawInt } from './spec';
import type { ZoneExtent, ZoneInput } from './zone-residential';

const HR = DEMO_SPEC.highRise;
const UG = DEMO_SPEC.underground;

/** Mean ground area per meter of the high-rise zone, m². */
export function highRiseAreaPerMeterM2(): number {
  const mid = (r: number[]) => (r[0] + r[1]) / 2;
  return (HR.cellM[0] * HR.cellM[1]) / (mid(HR.floors) * mid(HR.unitsPerFloor));
}

/** Generate the high-rise zone from z.x0 eastwards, column by column. */
export function generateHighRise(z: ZoneInput): ZoneExtent {
  const { b, rng } = z;
  const [cw, ch] = HR.cellM;
  const rows = Math.max(1, Math.floor(z.heightM / ch));
  const y0 = -(rows * ch) / 2;
  let made = 0, col = 0;
  for (; made < z.budget; col++) {
    for (let j = 0; j < rows && made < z.budget; j++) {
      const cx = z.x0 + (col + 0.5) * cw, cy = y0 + (j + 0.5) * ch;
      made += block(z, cx, cy, z.budget - made);
    }
  }
  const x1 = z.x0 + col * cw;
  for (let j = 0; j <= rows; j++) {
    const y = y0 + j * ch;
    const line = polyline(j % 2 === 0 ? [z.x0, y, x1, y] : [x1, y, z.x0, y]);
    b.addRoad(j === rows >> 1 ? 'secondary' : 'residential', line.xy);
    placePoles(b, { line, meterFrom: 0, meterTo: 0, poleAlongM: [] }, rng);
  }
  for (let c = 0; c <= col; c++) b.addRoad('residential', [z.x0 + c * cw, y0, z.x0 + c * cw, -y0]);
  return { x0: z.x0, x1, y0, y1: -y0 };
}

/** One apartment block with at most `cap` meters; returns the meters made. */
function block(z: ZoneInput, cx: number, cy: number, cap: number): number {
  const { b, rng } = z;
  const floors = drawInt(rng, HR.floors), units = drawInt(rng, HR.unitsPerFloor);
  const floorH = draw(rng, HR.floorHeightM), unitW = draw(rng, HR.unitWidthM), depth = draw(rng, HR.slabDepthM);
  const lengthM = units * unitW;
  const bid = b.addBuilding(cx, cy, 1, 0, lengthM, depth, floors, units, floors * floorH);
  b.addSite(cx, cy, Math.round((floors * floorH + HR.rooftopMastM) * 10) / 10, 'rooftop', HR.rooftopCostFactor);
  const meterRoom = rng.next() < HR.meterRoomShare;
  const basement = meterRoom && rng.next() < HR.basementShareOfMeterRooms;
  const roomX = cx - lengthM / 2 + 2, roomY = cy - depth / 2 + 1;
  const first = b.meters.length;
  let n = Math.min(cap, floors * units);
  if (cap - n > 0 && cap - n < 5) n = cap - 5; // leave the next block enough for one transformer
  for (let k = 0; k < n; k++) {
    const storey = Math.floor(k / units), u = k % units;
    if (meterRoom) b.addMeter(roomX, roomY, basement ? -2.5 : DEMO_SPEC.meterHeightM, basement ? -1 : 0, basement ? 'basement' : 'meter-room', bid, z.areaId);
    else b.addMeter(cx - lengthM / 2 + (u + 0.5) * unitW, cy - depth / 2 + 1.5, storey * floorH + DEMO_SPEC.meterHeightM, storey, 'indoor', bid, z.areaId);
  }
  let from = first;
  for (const size of splitSizes(n, DEMO_SPEC.metersPerTransformer['high-rise'], rng)) {
    const tid = b.addTransformer(roomX, roomY, 'indoor', size);
    for (let i = from; i < from + size; i++) b.meters[i].transformerId = tid;
    b.addFeeder(tid, DEMO_SPEC.cableTypes.riser, [roomX, roomY, cx + lengthM / 2 - 2, roomY]);
    from += size;
  }
  return n;
}

/** Shops per corridor at most (both sides of a corridorMaxLengthM corridor). */
function shopsPerCorridor(): number {
  return (2 * UG.corridorMaxLengthM) / ((UG.shopFrontageM[0] + UG.shopFrontageM[1]) / 2);
}

/** North–south extent of the underground mall for a meter budget, metres. */
export function undergroundHeightM(budget: number): number {
  return Math.ceil(budget / shopsPerCorridor() + 1) * UG.corridorPitchM + 60;
}

/** Generate the underground shopping streets from z.x0 eastwards. */
export function generateUnderground(z: ZoneInput): ZoneExtent {
  const { b, rng } = z;
  const corridors = Math.max(1, Math.ceil(z.budget / shopsPerCorridor()));
  const lengthM = Math.min(UG.corridorMaxLengthM, Math.max(100, (z.budget / corridors / 2) * ((UG.shopFrontageM[0] + UG.shopFrontageM[1]) / 2) * 1.1));
  const x0 = z.x0 + 20, x1 = x0 + lengthM;
  const y0 = -((corridors - 1) * UG.corridorPitchM) / 2;
  const runs: StreetRun[] = [];
  const p = new Float64Array(4);
  let made = 0;
  for (let k = 0; made < z.budget; k++) {
    const y = y0 + k * UG.corridorPitchM;
    const line = polyline(k % 2 === 0 ? [x0, y, x1, y] : [x1, y, x0, y]);
    const depthM = draw(rng, UG.depthM);
    const run: StreetRun = { line, meterFrom: b.meters.length, meterTo: 0, poleAlongM: [] };
    for (let a = 0; a + UG.shopFrontageM[0] <= lengthM && made < z.budget;) {
      const f = draw(rng, UG.shopFrontageM);
      for (let side = 1; side >= -1 && made < z.budget; side -= 2) {
        pointAt(line, a + f / 2, side * 4, p);
        b.addMeter(p[0], p[1], -depthM, -1, 'underground', undefined, z.areaId, a + f / 2);
        made++;
      }
      a += f;
    }
    run.meterTo = b.meters.length;
    b.addRoad(k === 0 ? 'primary' : 'secondary', line.xy, k === 0 ? 'station avenue (underground shopping street below)' : undefined);
    placePoles(b, { line, meterFrom: 0, meterTo: 0, poleAlongM: [] }, rng);
    runs.push(run);
  }
  assignTransformers(b, runs, DEMO_SPEC.metersPerTransformer.underground, 'indoor', DEMO_SPEC.cableTypes.underground, rng);
  return { x0: z.x0, x1: x1 + 20, y0: y0 - 30, y1: y0 + (runs.length - 1) * UG.corridorPitchM + 30 };
}
