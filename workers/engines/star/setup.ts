/**
 * Shared preparation of a star run: the profile, its sites and cells, the
 * propagation models per area class, P.2109 and indoor adjunct losses, and
 * per-receiver sigma. Used by the meter engine and the coverage raster alike.
 */
import { AREA_CLASSES, INDOOR_CLASSES, type AreaClass, type IndoorClass } from '../../model/enums';
import type { TechnologyProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import { P2109_COEFFICIENTS, p2109LossDb, type P2109BuildingType } from '../propagation/p2109';
import { indoorAdjunctLoss } from '../propagation/indoor';
import { areaClassSigmaDb } from '../propagation/variability';
import { defaultIndoorParams, defaultShadowingMethods, INDOOR_DEFAULTS_SOURCED } from '../propagation/presets';
import { defaultPropagationRegistry, type PropagationRegistry } from '../propagation/registry';
import type { ItmLinkParams } from '../propagation/itm-adapter';
import { CouplingEvaluator, type ModelSlot, type Receivers } from './coupling';
import { PathLossTables } from './link-loss';
import type { LocalTerrain } from './local-terrain';
import { STAR_DEFAULTS } from './presets';
import { buildCells, hexGridSites, sectorsFromOverride, type SiteOverride, type StarCells, type StarSiteInput } from './sites';
import { techPlan, type TechOptions, type TechPlan } from './technology';

type StarProfile = Extract<TechnologyProfile, { medium: 'star' }>;

/** Options common to meter runs and rasters. */
export interface StarOptions extends TechOptions {
  /** Star profile to evaluate (default: the first star profile). */
  profileId?: string;
  /** Where sites come from: the project's star collectors of the profile, a hexagonal grid, or collectors when any exist (default). */
  sites?: 'auto' | 'collectors' | 'hex';
  /** Explicit sites (override everything else). */
  siteList?: StarSiteInput[];
  /** Per-collector antenna overrides (pending schema fields azimuthDeg, sectors, beamwidthDeg, downtiltDeg). */
  siteOverrides?: Record<string, SiteOverride>;
  /** Downlink transmit power of every site (pending a schema field), dBm; enables downlink signal outputs. */
  siteTxPowerDbm?: number;
  /** Hexagonal grid: tri-sector sites (default omni). */
  hexSectored?: boolean;
  /** Hexagonal grid inter-site distance; default profile.interSiteDistanceM. */
  interSiteDistanceM?: number;
  /** Candidate-site search radius cap, m (default datasets/star/star-defaults.json). */
  maxRangeM?: number;
  /** First radius of the growing best-server search, m (tuning only; results do not depend on it). */
  initialSearchRadiusM?: number;
  /** Best server plus alternates (default 3, at most 3). */
  servers?: number;
  /** Force one registry model for every area class (default: datasets/star/star-defaults.json modelByAreaClass). */
  model?: string;
  /** Terrain models: proxy-ranked candidates evaluated over terrain per receiver (default from the preset). */
  terrainCandidates?: number;
  /** Terrain on the local grid; enables ITM point-to-point for rural/mountainous classes. */
  terrain?: LocalTerrain;
  /** ITM overrides. */
  itm?: Partial<ItmLinkParams>;
  /** Target location probability (default settings.locationProbability). */
  locationProbability?: number;
  buildingType?: P2109BuildingType;
  /** Class for receivers outside every area (default from the preset). */
  defaultAreaClass?: AreaClass;
  registry?: PropagationRegistry;
}

/** A prepared run. */
export interface StarSetup {
  profile: StarProfile;
  plan: TechPlan;
  cells: StarCells;
  siteSource: 'collectors' | 'hex' | 'list';
  evaluator: CouplingEvaluator;
  models: ModelSlot[];
  /** Model slot per area class code. */
  modelByClass: number[];
  sigmaOutdoorByClass: number[];
  indoorSigmaDb: number;
  defaultClass: number;
  k: number;
  target: number;
}

/** Pick the star profile. */
export function starProfile(scenario: Scenario, profileId?: string): StarProfile {
  const p = scenario.profiles.find((x) => x.medium === 'star' && (profileId === undefined || x.id === profileId));
  if (!p || p.medium !== 'star') throw new RangeError(profileId ? `no star profile with id ${profileId}` : 'the project has no star profile');
  return p;
}

function bbox(xs: Float64Array, ys: Float64Array, extra?: { minXM: number; minYM: number; maxXM: number; maxYM: number }) {
  let minXM = extra?.minXM ?? Infinity, minYM = extra?.minYM ?? Infinity, maxXM = extra?.maxXM ?? -Infinity, maxYM = extra?.maxYM ?? -Infinity;
  for (let i = 0; i < xs.length; i++) { minXM = Math.min(minXM, xs[i]); maxXM = Math.max(maxXM, xs[i]); minYM = Math.min(minYM, ys[i]); maxYM = Math.max(maxYM, ys[i]); }
  if (!(minXM <= maxXM)) return { minXM: 0, minYM: 0, maxXM: 0, maxYM: 0 };
  return { minXM, minYM, maxXM, maxYM };
}

function sites(scenario: Scenario, profile: StarProfile, o: StarOptions, extent?: { minXM: number; minYM: number; maxXM: number; maxYM: number }): { list: StarSiteInput[]; source: StarSetup['siteSource'] } {
  if (o.siteList) return { list: o.siteList, source: 'list' };
  const pi = scenario.profiles.indexOf(profile);
  const c = scenario.collectors;
  const fromCollectors: StarSiteInput[] = [];
  for (let i = 0; i < c.count; i++) {
    if (c.profileIndex[i] !== pi) continue;
    const ov = o.siteOverrides?.[c.ids[i]];
    const tx = ov?.txPowerDbm ?? o.siteTxPowerDbm;
    fromCollectors.push({ id: c.ids[i], xM: c.xM[i], yM: c.yM[i], heightM: ov?.heightM ?? c.heightM[i], ...(tx !== undefined ? { txPowerDbm: tx } : {}), sectors: sectorsFromOverride(ov) });
  }
  const mode = o.sites ?? 'auto';
  if (mode === 'collectors' || (mode === 'auto' && fromCollectors.length)) return { list: fromCollectors, source: 'collectors' };
  const isd = o.interSiteDistanceM ?? profile.interSiteDistanceM;
  if (!isd) throw new RangeError(`profile ${profile.id} has no collectors and no interSiteDistanceM for a hexagonal grid`);
  const hex = hexGridSites(bbox(scenario.meters.xM, scenario.meters.yM, extent), isd, profile.siteHeightM, o.hexSectored ?? false);
  if (o.siteTxPowerDbm !== undefined) for (const h of hex) h.txPowerDbm = o.siteTxPowerDbm;
  return { list: hex, source: 'hex' };
}

/** Prepare a run over `scenario` (and optionally an extra extent for a raster). */
export function prepareStar(scenario: Scenario, o: StarOptions = {}, extent?: { minXM: number; minYM: number; maxXM: number; maxYM: number }): StarSetup {
  const profile = starProfile(scenario, o.profileId);
  const plan = techPlan(profile, o);
  const s = sites(scenario, profile, o, extent);
  const cells = buildCells(s.list);
  const registry = o.registry ?? defaultPropagationRegistry();
  const models: ModelSlot[] = [];
  const modelByClass = AREA_CLASSES.map((cls) => {
    const preset = (STAR_DEFAULTS.modelByAreaClass.value as Record<AreaClass, string>)[cls];
    const name = o.model ?? (preset && preset !== 'registry' ? preset : registry.forAreaClass(cls, { hasProfile: o.terrain !== undefined }).name);
    const m = registry.get(name);
    if (!m) throw new RangeError(`unknown propagation model ${name}`);
    let i = models.findIndex((x) => x.name === name);
    const proxy = m.needsProfile ? (registry.get('itm-area') ? 'itm-area' : 'seamcat-hata-open') : undefined;
    if (i < 0) i = models.push({ name, needsProfile: m.needsProfile, ...(proxy ? { proxy } : {}) }) - 1;
    return i;
  });
  const minDistanceM = STAR_DEFAULTS.minDistanceM.value;
  const maxRangeM = o.maxRangeM ?? STAR_DEFAULTS.maxRangeCapM.value;
  const tables = new PathLossTables(registry, profile.freqMHz, minDistanceM, maxRangeM, o.terrain, o.itm);
  const coeffs = P2109_COEFFICIENTS[o.buildingType ?? (STAR_DEFAULTS.buildingType.value as P2109BuildingType)];
  const prob = STAR_DEFAULTS.belProbability.value;
  const belByElevationDb = Float64Array.from({ length: 901 }, (_, i) => p2109LossDb(coeffs, profile.freqMHz / 1000, prob, i / 10));
  const evaluator = new CouplingEvaluator({
    cells, models, tables, siteGainDbi: profile.siteAntennaGainDbi, meterGainDbi: profile.antennaGainDbi, cableLossDb: profile.cableLossDb,
    belByElevationDb, maxRangeM, minDistanceM, freqMHz: profile.freqMHz, initialSearchRadiusM: o.initialSearchRadiusM,
    terrainCandidates: o.terrainCandidates ?? STAR_DEFAULTS.terrainCandidates.value,
  });
  const methods = defaultShadowingMethods();
  return {
    profile, plan, cells, siteSource: s.source, evaluator, models, modelByClass,
    sigmaOutdoorByClass: AREA_CLASSES.map((cls) => areaClassSigmaDb(cls, profile.freqMHz, methods)),
    indoorSigmaDb: INDOOR_DEFAULTS_SOURCED.indoorSigmaDb.value,
    defaultClass: AREA_CLASSES.indexOf(o.defaultAreaClass ?? (STAR_DEFAULTS.defaultAreaClass.value as AreaClass)),
    k: Math.max(1, Math.min(3, o.servers ?? 3)),
    target: o.locationProbability ?? scenario.settings.locationProbability,
  };
}

/** Receivers of the given points with per-point class, indoor class and floor; also their sigma. */
export function makeReceivers(setup: StarSetup, xM: Float64Array, yM: Float64Array, heightM: Float32Array, classCode: (i: number) => number, indoorCode: (i: number) => number, floor: (i: number) => number): { rx: Receivers; sigmaDb: Float32Array } {
  const n = xM.length;
  const rx: Receivers = { count: n, xM, yM, heightM, modelIndex: new Uint8Array(n), inBuilding: new Uint8Array(n), adjunctDb: new Float32Array(n) };
  const sigmaDb = new Float32Array(n);
  const params = defaultIndoorParams();
  const adjunct = new Map<number, number>();
  const outdoor = INDOOR_CLASSES.indexOf('outdoor');
  for (let i = 0; i < n; i++) {
    let cls = classCode(i);
    if (cls < 0) cls = setup.defaultClass;
    rx.modelIndex[i] = setup.modelByClass[cls];
    const ic = indoorCode(i), fl = floor(i);
    const inside = ic !== outdoor;
    rx.inBuilding[i] = inside ? 1 : 0;
    const key = ic * 1000 + fl;
    let a = adjunct.get(key);
    if (a === undefined) {
      const r = indoorAdjunctLoss({ indoorClass: INDOOR_CLASSES[ic] as IndoorClass, floor: fl, params });
      a = r.ok ? r.lossDb : 0;
      adjunct.set(key, a);
    }
    rx.adjunctDb[i] = a;
    const so = setup.sigmaOutdoorByClass[cls];
    sigmaDb[i] = inside ? Math.sqrt(so * so + setup.indoorSigmaDb * setup.indoorSigmaDb) : so;
  }
  return { rx, sigmaDb };
}
