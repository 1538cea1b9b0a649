/**
 * The Scenario: the compiled, engine-ready form of a Project (DESIGN.md §2).
 * Every per-entity quantity is a typed array indexed by entity; coordinates
 * are metres in the local Transverse Mercator around `origin`. Enumerations
 * are stored as their index in the lists of workers/model/enums.ts.
 */
import type { CostAssumptions, SimulationSettings, TechnologyProfile } from '../../model';

/** Point entities in structure-of-arrays form. */
export interface PointArrays {
  count: number;
  ids: string[];
  xM: Float64Array;
  yM: Float64Array;
  /** Height above local ground, metres. */
  heightM: Float32Array;
}

export interface MeterArrays extends PointArrays {
  floor: Int16Array;
  /** Index into INDOOR_CLASSES. */
  indoorCode: Uint8Array;
  /** Index into Scenario.areas, or −1 outside every area. */
  areaIndex: Int32Array;
  /** Index into Scenario.transformers, or −1 when unknown. */
  transformerIndex: Int32Array;
}

export interface CollectorArrays extends PointArrays {
  /** Index into MEDIA. */
  mediumCode: Uint8Array;
  /** Index into Scenario.profiles. */
  profileIndex: Int32Array;
}

export interface SiteArrays extends PointArrays {
  /** Index into SITE_KINDS. */
  kindCode: Uint8Array;
  costFactor: Float32Array;
}

/** Areas with their polygons in local metres: rings as flat [x0, y0, x1, y1, …] arrays, outer first. */
export interface AreaArrays {
  count: number;
  ids: string[];
  names: string[];
  /** Index into AREA_CLASSES. */
  classCode: Uint8Array;
  rings: Float64Array[][];
  readSuccessTarget: Float32Array;
}

/** Everything an engine needs, derived from one Project revision. */
export interface Scenario {
  origin: { lon0Deg: number; lat0Deg: number };
  meters: MeterArrays;
  collectors: CollectorArrays;
  sites: SiteArrays;
  transformers: PointArrays;
  areas: AreaArrays;
  profiles: TechnologyProfile[];
  costs: CostAssumptions;
  settings: SimulationSettings;
}
