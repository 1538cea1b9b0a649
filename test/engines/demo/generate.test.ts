import KDBush from 'kdbush';
import { describe, expect, it } from 'vitest';
import { AREA_CLASSES, readProjectFile, writeProjectFile, type Meter } from '../../../workers/model';
import { demoBudgets, generateDemoProject } from '../../../workers/engines/demo/generate';
import { createProceduralTerrain } from '../../../workers/engines/demo/procedural-dem';
import { DEMO_SPEC } from '../../../workers/engines/demo/spec';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { inRing } from '../importers/shared-geo';

function local() {
  const proj = createLocalProjection(139.25, 35.79);
  return (lon: number, lat: number) => proj.toLocal(lon, lat);
}

/** Distance from each point to its nearest other point, metres. */
function nearestDistancesM(meters: Meter[]): number[] {
  const toLocal = local();
  const xy = meters.map((m) => toLocal(m.lon, m.lat));
  const index = new KDBush(xy.length);
  for (const [x, y] of xy) index.add(x, y);
  index.finish();
  return xy.map(([x, y], i) => {
    for (let r = 20; ; r *= 2) {
      const ids = index.within(x, y, r).filter((j) => j !== i);
      if (ids.length) return Math.min(...ids.map((j) => Math.hypot(xy[j][0] - x, xy[j][1] - y)));
    }
  });
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

describe('demo region generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = writeProjectFile(generateDemoProject({ seed: 42, meters: 3000 }));
    const b = writeProjectFile(generateDemoProject({ seed: 42, meters: 3000 }));
    const c = writeProjectFile(generateDemoProject({ seed: 43, meters: 3000 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('passes project validation, is labelled synthetic and references a procedural DEM', () => {
    const p = generateDemoProject({ seed: 1 });
    const r = readProjectFile(writeProjectFile(p));
    expect(r.ok ? '' : r.error.message).toBe('');
    expect(p.meta.synthetic).toBe(true);
    expect(p.meta.name).toMatch(/synthetic demo/);
    expect(p.meta.description).toMatch(/synthetic demo/i);
    expect(p.terrain).toHaveLength(1);
    expect(p.terrain[0].format).toBe('procedural');
    expect(p.meters).toHaveLength(DEMO_SPEC.defaultMeters);
    // western Tokyo into the Okutama mountains
    const lons = p.meters.map((m) => m.lon), lats = p.meters.map((m) => m.lat);
    expect(Math.min(...lons)).toBeGreaterThan(138.8);
    expect(Math.max(...lons)).toBeLessThan(139.7);
    expect(Math.min(...lats)).toBeGreaterThan(35.5);
    expect(Math.max(...lats)).toBeLessThan(36.1);
  });

  it('hits the requested meter count and contains all six classes in their shares', () => {
    for (const n of [800, 12_345, 40_000]) {
      const p = generateDemoProject({ seed: 9, meters: n });
      expect(Math.abs(p.meters.length - n)).toBeLessThanOrEqual(n * 0.01);
      expect(new Set(p.areas.map((a) => a.class))).toEqual(new Set(AREA_CLASSES));
      const budgets = demoBudgets(n);
      for (const c of AREA_CLASSES) expect(p.meters.filter((m) => m.areaId === `area-${c}`).length).toBe(budgets[c]);
    }
  });

  it('gives every transformer 5–30 meters and poles every 30–50 m', () => {
    const p = generateDemoProject({ seed: 3, meters: 20_000 });
    const per = new Map<string, number>();
    for (const m of p.meters) per.set(m.transformerId!, (per.get(m.transformerId!) ?? 0) + 1);
    expect(per.size).toBe(p.grid.transformers.length);
    for (const n of per.values()) { expect(n).toBeGreaterThanOrEqual(5); expect(n).toBeLessThanOrEqual(30); }
    const feeders = new Set(p.grid.feeders.map((f) => f.transformerId));
    expect(feeders.size).toBe(p.grid.transformers.length);
    const toLocal = local();
    const poles = p.candidateSites.filter((s) => s.kind === 'pole').map((s) => toLocal(s.lon, s.lat));
    const gaps = poles.slice(1).map((q, i) => Math.hypot(q[0] - poles[i][0], q[1] - poles[i][1]));
    const inRange = gaps.filter((g) => g >= 29.5 && g <= 50.05).length;
    expect(inRange / gaps.length).toBeGreaterThan(0.97); // the rest are jumps between streets
    expect(median(gaps)).toBeGreaterThan(35);
    expect(median(gaps)).toBeLessThan(45);
  });

  it('builds high-rise blocks of 8–30 floors and 4–12 units, with meter rooms and per-floor meters', () => {
    const p = generateDemoProject({ seed: 5, meters: 20_000 });
    const buildings = new Map(p.buildings.map((b) => [b.id, b]));
    const hr = p.meters.filter((m) => m.areaId === 'area-high-rise');
    const blocks = new Set(hr.map((m) => m.buildingId!));
    for (const id of blocks) {
      const b = buildings.get(id)!;
      expect(b.levels).toBeGreaterThanOrEqual(8); expect(b.levels).toBeLessThanOrEqual(30);
      expect(b.unitsPerFloor).toBeGreaterThanOrEqual(4); expect(b.unitsPerFloor).toBeLessThanOrEqual(12);
    }
    const kinds = new Set(hr.map((m) => m.indoor));
    expect(kinds).toEqual(new Set(['indoor', 'meter-room', 'basement']));
    for (const m of hr) {
      const b = buildings.get(m.buildingId!)!;
      if (m.indoor === 'indoor') {
        expect(m.floor).toBeLessThan(b.levels!);
        expect(m.heightM!).toBeGreaterThanOrEqual(m.floor! * 2.9 + 1.5 - 0.01);
        expect(m.heightM!).toBeLessThanOrEqual(m.floor! * 3.3 + 1.5 + 0.01);
      } else if (m.indoor === 'basement') expect(m.heightM!).toBeLessThan(0);
    }
    // a meter-room block keeps all its meters at one spot
    const room = hr.find((m) => m.indoor === 'meter-room')!;
    const same = hr.filter((m) => m.buildingId === room.buildingId);
    expect(new Set(same.map((m) => `${m.lon},${m.lat}`)).size).toBe(1);
    expect(p.candidateSites.filter((s) => s.kind === 'rooftop')).toHaveLength(blocks.size);
  });

  it('puts the shopping street underground and spaces housing by class', () => {
    const p = generateDemoProject({ seed: 11 });
    const ug = p.meters.filter((m) => m.areaId === 'area-underground');
    for (const m of ug) { expect(m.indoor).toBe('underground'); expect(m.heightM!).toBeLessThan(-3.9); expect(m.floor).toBe(-1); }
    const byClass = (c: string) => p.meters.filter((m) => m.areaId === `area-${c}`);
    const dense = median(nearestDistancesM(byClass('dense-residential')));
    const suburban = median(nearestDistancesM(byClass('suburban')));
    expect(dense).toBeGreaterThan(5); expect(dense).toBeLessThan(20);
    expect(suburban).toBeGreaterThan(dense); expect(suburban).toBeLessThan(40);
    const farms = nearestDistancesM(byClass('rural'));
    for (const d of farms) { expect(d).toBeGreaterThanOrEqual(100); expect(d).toBeLessThanOrEqual(1000); }
  });

  it('places the mountain villages on valley floors of a DEM with at least 300 m of relief', () => {
    const p = generateDemoProject({ seed: 21 });
    const ref = p.terrain[0];
    if (ref.format !== 'procedural') throw new Error('expected a procedural DEM');
    const terrain = createProceduralTerrain(ref.procedural);
    const area = p.areas.find((a) => a.class === 'mountainous')!;
    const ring = area.polygon[0];
    const lons = ring.map((c) => c[0]), lats = ring.map((c) => c[1]);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i <= 60; i++) for (let j = 0; j <= 60; j++) {
      const h = terrain.heightM(Math.min(...lons) + ((Math.max(...lons) - Math.min(...lons)) * i) / 60, Math.min(...lats) + ((Math.max(...lats) - Math.min(...lats)) * j) / 60);
      lo = Math.min(lo, h); hi = Math.max(hi, h);
    }
    expect(hi - lo).toBeGreaterThanOrEqual(300);
    const village = p.meters.filter((m) => m.areaId === 'area-mountainous');
    const ground = village.map((m) => terrain.heightM(m.lon, m.lat));
    // the villages sit low in the valleys: well below the ridge crests
    for (const h of ground) expect(h).toBeLessThan(lo + (hi - lo) * 0.6);
  });

  it('puts every meter inside its own area polygon', () => {
    const p = generateDemoProject({ seed: 13, meters: 10_000 });
    const rings = new Map(p.areas.map((a) => [a.id, a.polygon[0]]));
    const outside = p.meters.filter((m) => !inRing(m.lon, m.lat, rings.get(m.areaId!)!));
    expect(outside).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => generateDemoProject({ seed: -1 })).toThrow(RangeError);
    expect(() => generateDemoProject({ seed: 1, meters: 10 })).toThrow(/meters/);
  });
});
