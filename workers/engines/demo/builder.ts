/**
 * Accumulates the entities of the demo project in local metres and converts
 * them to WGS 84 as they are added. Coordinates are rounded to 1e-7° (~1 cm)
 * to keep files small and deterministic. Meter objects are created with a
 * fixed key order and a placeholder transformerId that the grid step fills.
 */
import type { AreaClass, IndoorClass, RoadKind } from '../../model/enums';
import type { Area, Building, CandidateSite, Feeder, Meter, Road, Transformer } from '../../model/types';
import type { LocalProjection } from '../geo/local-projection';
import { DEMO_SPEC } from './spec';

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** Collects generated entities; ids are a prefix plus a running number. */
export class DemoBuilder {
  readonly meters: Meter[] = [];
  /** Distance of each meter along its street run, metres (parallel to `meters`). */
  readonly meterAlongM: number[] = [];
  readonly buildings: Building[] = [];
  readonly roads: Road[] = [];
  readonly sites: CandidateSite[] = [];
  readonly transformers: Transformer[] = [];
  readonly feeders: Feeder[] = [];
  readonly areas: Area[] = [];
  private readonly jacobians = new Map<number, Float64Array>();

  constructor(readonly projection: LocalProjection) {}

  /** [lon, lat] of local metres, rounded. */
  ll(xM: number, yM: number): [number, number] {
    const [lon, lat] = this.projection.toLonLat(xM, yM);
    return [round7(lon), round7(lat)];
  }

  /** Flat local coordinates to a lon/lat line. */
  line(xy: ArrayLike<number>): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < xy.length; i += 2) out.push(this.ll(xy[i], xy[i + 1]));
    return out;
  }

  addRoad(kind: RoadKind, xy: ArrayLike<number>, name?: string): string {
    const id = `r${this.roads.length + 1}`;
    this.roads.push(name === undefined ? { id, kind, line: this.line(xy) } : { id, kind, name, line: this.line(xy) });
    return id;
  }

  /** Add a meter; returns its index. */
  addMeter(xM: number, yM: number, heightM: number, floor: number, indoor: IndoorClass, buildingId: string | undefined, areaId: string, alongM = 0): number {
    const [lon, lat] = this.ll(xM, yM);
    const i = this.meters.length;
    const m: Meter = { id: `m${i + 1}`, lon, lat, heightM: Math.round(heightM * 100) / 100, floor, indoor, transformerId: '', areaId };
    if (buildingId !== undefined) m.buildingId = buildingId;
    this.meters.push(m);
    this.meterAlongM.push(alongM);
    return i;
  }

  /**
   * Add a rectangular footprint centred at (cx, cy), `lengthM` along the unit
   * direction (ux, uy) and `depthM` across it.
   */
  addBuilding(cx: number, cy: number, ux: number, uy: number, lengthM: number, depthM: number, levels: number, unitsPerFloor: number, heightM: number): string {
    const id = `b${this.buildings.length + 1}`;
    const hx = (ux * lengthM) / 2, hy = (uy * lengthM) / 2, nx = (-uy * depthM) / 2, ny = (ux * depthM) / 2;
    const [lon, lat] = this.projection.toLonLat(cx, cy);
    const j = this.jacobian(cx, cy);
    const corner = (dx: number, dy: number): [number, number] => [round7(lon + j[0] * dx + j[1] * dy), round7(lat + j[2] * dx + j[3] * dy)];
    const c0 = corner(-hx - nx, -hy - ny);
    const ring = [c0, corner(hx - nx, hy - ny), corner(hx + nx, hy + ny), corner(-hx + nx, -hy + ny), [c0[0], c0[1]] as [number, number]];
    this.buildings.push({ id, polygon: [ring], levels, heightM: Math.round(heightM * 10) / 10, unitsPerFloor });
    return id;
  }

  /**
   * Degrees per metre [dlon/dx, dlon/dy, dlat/dx, dlat/dy] of the projection,
   * cached per 2 km cell: footprint corners are offsets of a few metres from
   * an exactly projected centre (error well below 1 cm), which saves four of
   * five inverse projections per building.
   */
  private jacobian(x: number, y: number): Float64Array {
    const key = Math.floor(x / 2000) * 1_000_003 + Math.floor(y / 2000);
    let j = this.jacobians.get(key);
    if (!j) {
      const x0 = (Math.floor(x / 2000) + 0.5) * 2000, y0 = (Math.floor(y / 2000) + 0.5) * 2000;
      const [a, b] = this.projection.toLonLat(x0, y0), [c, d] = this.projection.toLonLat(x0 + 1, y0), [e, f] = this.projection.toLonLat(x0, y0 + 1);
      j = Float64Array.of(c - a, e - a, d - b, f - b);
      this.jacobians.set(key, j);
    }
    return j;
  }

  addSite(xM: number, yM: number, heightM: number, kind: CandidateSite['kind'], costFactor: number): string {
    const id = `${kind === 'pole' ? 'p' : 's'}${this.sites.length + 1}`;
    const [lon, lat] = this.ll(xM, yM);
    this.sites.push({ id, lon, lat, heightM, kind, costFactor });
    return id;
  }

  addTransformer(xM: number, yM: number, mount: Transformer['mount'], meterCount: number): string {
    const id = `t${this.transformers.length + 1}`;
    const [lon, lat] = this.ll(xM, yM);
    this.transformers.push({ id, lon, lat, ratingKva: ratingFor(meterCount), heightM: mount === 'pole' ? DEMO_SPEC.transformerHeightM : 0, mount });
    return id;
  }

  addFeeder(transformerId: string, cableType: string, xy: ArrayLike<number>): void {
    this.feeders.push({ id: `f${this.feeders.length + 1}`, transformerId, cableType, line: this.line(xy) });
  }

  /** Add an axis-aligned rectangular area [x0, x1] × [y0, y1] with edge points every ~1 km. */
  addArea(areaClass: AreaClass, name: string, x0: number, y0: number, x1: number, y1: number): string {
    const id = `area-${areaClass}`;
    const xy: number[] = [];
    const edge = (ax: number, ay: number, bx: number, by: number) => {
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 1000));
      for (let i = 0; i < n; i++) xy.push(ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n);
    };
    edge(x0, y0, x1, y0); edge(x1, y0, x1, y1); edge(x1, y1, x0, y1); edge(x0, y1, x0, y0);
    xy.push(x0, y0);
    this.areas.push({ id, name, class: areaClass, polygon: [this.line(xy)], medium: 'auto' });
    return id;
  }
}

/**
 * Transformer rating, kVA: the smallest standard Japanese pole-top size
 * (10, 20, 30, 50, 75, 100 kVA) covering 2 kVA of diversified demand per meter.
 */
export function ratingFor(meterCount: number): number {
  const need = 2 * meterCount;
  for (const r of [10, 20, 30, 50, 75, 100]) if (r >= need) return r;
  return 100;
}
