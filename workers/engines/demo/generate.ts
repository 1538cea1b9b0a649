/**
 * The synthetic demo region: a deterministic, procedurally generated FAN
 * planning area in western Tokyo, where the Kanto plain (Hamura–Ome) meets the
 * Okutama mountains. From east to west: an underground shopping street below
 * the station, high-rise blocks, dense detached housing, suburbs, farmland,
 * and mountain valleys on a procedural DEM. Distributions live in
 * datasets/demo/demo-spec.json and are documented in datasets/demo/README.md.
 *
 * Same seed and meter count → the same project (no timestamps), so
 * `writeProjectFile` gives identical bytes.
 */
import { createEmptyProject } from '../../model/defaults';
import type { AreaClass } from '../../model/enums';
import type { Project } from '../../model/types';
import { createLocalProjection } from '../geo/local-projection';
import { createPrng } from '../geo/prng';
import { DemoBuilder } from './builder';
import { initialMeshCollectors } from './collectors';
import { createProceduralTerrain, type ProceduralDemParams } from './procedural-dem';
import { DEMO_SPEC, draw } from './spec';
import { firstValley, generateMountains, generateRural, ruralAreaPerMeterM2, valleyCount } from './zone-country';
import { generateHousing, housingAreaPerMeterM2, type ZoneExtent, type ZoneInput } from './zone-residential';
import { generateHighRise, generateUnderground, highRiseAreaPerMeterM2, undergroundHeightM } from './zone-urban';

/** Options of {@link generateDemoProject}. */
export interface DemoOptions {
  /** PRNG seed (32-bit unsigned integer). */
  seed: number;
  /** Meters to generate (default demo-spec defaultMeters = 30,000); 500 … 5,000,000. */
  meters?: number;
  /** Called after each zone. */
  progress?: (p: { stage: string; done: number; total: number }) => void;
}

/** Smallest and largest meter counts the generator accepts. */
export const MIN_DEMO_METERS = 500;
export const MAX_DEMO_METERS = 5_000_000;

const NAMES: Record<AreaClass, string> = {
  'underground': 'Station underground shopping street',
  'high-rise': 'Station-side apartment blocks',
  'dense-residential': 'Old town detached housing',
  'suburban': 'Suburban housing estates',
  'rural': 'Tama farmland',
  'mountainous': 'Okutama valleys',
};

/**
 * Meters per area class: share × N rounded, rural and mountainous capped at
 * shareCaps (a real service area's countryside does not grow with the town);
 * dense-residential takes the remainder.
 */
export function demoBudgets(meters: number): Record<AreaClass, number> {
  const out = {} as Record<AreaClass, number>;
  const caps = DEMO_SPEC.shareCaps as Partial<Record<AreaClass, number>>;
  let sum = 0;
  for (const c of Object.keys(DEMO_SPEC.shares) as AreaClass[]) { out[c] = Math.min(Math.round(DEMO_SPEC.shares[c] * meters), caps[c] ?? Infinity); sum += out[c]; }
  out['dense-residential'] += meters - sum;
  return out;
}

/** Generate the demo project. Throws RangeError for a bad seed or meter count. */
export function generateDemoProject(options: DemoOptions): Project {
  const { seed } = options;
  const meters = options.meters ?? DEMO_SPEC.defaultMeters;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer within 0…4294967295, got ${seed}`);
  if (!Number.isInteger(meters) || meters < MIN_DEMO_METERS || meters > MAX_DEMO_METERS) throw new RangeError(`meters must be an integer within ${MIN_DEMO_METERS}…${MAX_DEMO_METERS}, got ${meters}`);
  const rng = createPrng(seed);
  const budget = demoBudgets(meters);
  const regionH = Math.max(DEMO_SPEC.minRegionHeightM, Math.sqrt(meters) * DEMO_SPEC.regionHeightPerSqrtMeterM);
  const zoneH = (n: number, m2: number) => Math.min(regionH, Math.max(300, Math.sqrt(n * m2)));
  const heights = {
    'underground': 0,
    'high-rise': zoneH(budget['high-rise'], highRiseAreaPerMeterM2()),
    'dense-residential': zoneH(budget['dense-residential'], housingAreaPerMeterM2(DEMO_SPEC.denseResidential)),
    'suburban': zoneH(budget.suburban, housingAreaPerMeterM2(DEMO_SPEC.suburban)),
    'rural': zoneH(budget.rural, ruralAreaPerMeterM2()),
  };
  const mo = DEMO_SPEC.mountainous;
  const valleySpacingM = Math.round(draw(rng, mo.valleySpacingM));
  const nV = valleyCount(budget.mountainous), k0 = firstValley(nV);
  const halfM = Math.max(...Object.values(heights).map((h) => h / 2), undergroundHeightM(budget.underground) / 2, Math.abs(k0 - 0.5) * valleySpacingM, (k0 + nV - 0.5) * valleySpacingM) + 2000;
  const anchor = createLocalProjection(DEMO_SPEC.anchor.mountainEdgeLon, DEMO_SPEC.anchor.centreLat);
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  const params: ProceduralDemParams = {
    seed, west: DEMO_SPEC.anchor.mountainEdgeLon - 1, east: DEMO_SPEC.anchor.mountainEdgeLon + 1,
    south: r6(anchor.toLonLat(0, -halfM)[1]), north: r6(anchor.toLonLat(0, halfM)[1]),
    cellSizeM: mo.cellSizeM, baseHeightM: Math.round(draw(rng, mo.plainBaseHeightM)), mountainLon: DEMO_SPEC.anchor.mountainEdgeLon,
    reliefM: Math.round(draw(rng, mo.reliefM)), valleySpacingM,
  };
  const terrain = createProceduralTerrain(params);
  const b = new DemoBuilder(terrain.projection);
  const zone = (c: AreaClass, x0: number, heightM: number): ZoneInput => ({ b, rng: rng.fork(c), budget: budget[c], x0, heightM, areaId: `area-${c}` });
  const extents = new Map<AreaClass, ZoneExtent>();
  const report = (stage: string) => options.progress?.({ stage, done: extents.size, total: 6 });
  extents.set('mountainous', generateMountains(zone('mountainous', 0, 0), terrain)); report('mountainous');
  extents.set('rural', generateRural(zone('rural', 0, heights.rural))); report('rural');
  extents.set('suburban', generateHousing(zone('suburban', extents.get('rural')!.x1, heights.suburban), DEMO_SPEC.suburban, 'suburban')); report('suburban');
  extents.set('dense-residential', generateHousing(zone('dense-residential', extents.get('suburban')!.x1, heights['dense-residential']), DEMO_SPEC.denseResidential, 'dense-residential')); report('dense-residential');
  extents.set('high-rise', generateHighRise(zone('high-rise', extents.get('dense-residential')!.x1, heights['high-rise']))); report('high-rise');
  extents.set('underground', generateUnderground(zone('underground', extents.get('high-rise')!.x1, 0))); report('underground');
  let xMin = Infinity, xMax = -Infinity;
  for (const [c, e] of extents) {
    b.addArea(c, `${NAMES[c]} (synthetic demo)`, e.x0, e.y0, e.x1, e.y1);
    xMin = Math.min(xMin, e.x0); xMax = Math.max(xMax, e.x1);
  }
  params.west = r6(Math.min(terrain.projection.toLonLat(xMin - 1000, -halfM)[0], terrain.projection.toLonLat(xMin - 1000, halfM)[0]));
  params.east = r6(Math.max(terrain.projection.toLonLat(xMax + 1000, -halfM)[0], terrain.projection.toLonLat(xMax + 1000, halfM)[0]));
  const project = createEmptyProject(`FANplan synthetic demo — western Tokyo (seed ${seed}, ${meters} meters)`);
  project.meta.synthetic = true;
  project.meta.description = `Synthetic demo region, procedurally generated (seed ${seed}): not real data. `
    + 'A plausible smart-meter service area in western Tokyo, where the Kanto plain meets the Okutama mountains: an underground shopping street, high-rise blocks, dense and suburban housing, farmland and mountain valleys on a procedural DEM. '
    + 'See datasets/demo/README.md for the distributions.';
  Object.assign(project, { meters: b.meters, candidateSites: b.sites, areas: b.areas, buildings: b.buildings, roads: b.roads });
  project.grid = { transformers: b.transformers, feeders: b.feeders };
  project.terrain = [{ id: 'demo-dem', format: 'procedural', procedural: params }];
  project.settings.seed = seed;
  project.collectors = initialMeshCollectors(project, DEMO_SPEC.initialMeshCollectors);
  return project;
}
