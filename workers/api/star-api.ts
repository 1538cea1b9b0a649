/**
 * The star worker's API: wireless star runs per meter and coverage rasters,
 * over a project compiled once per revision key. Runs unchanged in a browser
 * Worker and a Node worker_thread. Rasters are pure functions of their inputs
 * and are cached in a small LRU keyed by a hash of (revision key, request);
 * cached results are returned as copies so the cache keeps its buffers while
 * the copies are transferred.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import type { Scenario } from '../engines/compile/scenario';
import { createLocalProjection } from '../engines/geo/local-projection';
import { hashString } from '../engines/geo/prng';
import { flagCancelled, type Progress } from '../engines/run-control';
import { computeStarRaster, localGridForBox, lonLatGridForBox, ringsBox, runStar, type StarOptions, type StarRaster, type StarResult } from '../engines/star';
import { resetScenarioCache, scenarioFor } from './scenario-cache';
import { throttleProgress } from './throttle';

/** Star options that cross the worker boundary (no registry object). */
export type StarRunOptions = Omit<StarOptions, 'registry'>;

/** A raster over an area (by id) or a lon/lat box (the viewport), at `cellM`. */
export interface StarRasterApiRequest extends StarRunOptions {
  areaId?: string;
  bboxLonLat?: [number, number, number, number];
  cellM: number;
  /** 'local' (map overlay, default) or 'lonlat' (EPSG:4326, for GeoTIFF export). */
  gridKind?: 'local' | 'lonlat';
  receiverHeightM?: number;
  indoor?: 'outdoor' | 'indoor' | 'meter-room' | 'basement' | 'underground';
  floor?: number;
  refine?: { step: number; toleranceDb: number };
}

/** What a raster call returns. */
export interface StarRasterRun {
  raster: StarRaster;
  cacheHit: boolean;
  key: string;
  timingsMs: { compile: number; raster: number };
}

/** What a meter run returns. */
export interface StarRun {
  result: StarResult;
  timingsMs: { compile: number; star: number };
}

/** A tiny LRU map. */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) { this.map.delete(key); this.map.set(key, v); }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/** Hash of JSON-able inputs; typed arrays are hashed by content (FNV-1a over their bytes). */
export function hashInputs(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (ArrayBuffer.isView(v)) {
      const b = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      let h = 0x811c9dc5;
      for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
      return `#${v.constructor.name}:${b.length}:${(h >>> 0).toString(16)}`;
    }
    return v;
  });
  return `${hashString(text).toString(16)}-${hashString(text.split('').reverse().join('')).toString(16)}-${text.length}`;
}

const rasters = new Lru<StarRaster>(4);

function rasterBuffers(r: StarRaster): ArrayBuffer[] {
  return [r.bestSignalDbm, r.downlinkDbm, r.marginDb, r.coverageProbability, r.bestCell, r.mode].map((a) => a.buffer as ArrayBuffer);
}

function copyRaster(r: StarRaster): StarRaster {
  return { ...r, bestSignalDbm: r.bestSignalDbm.slice(), downlinkDbm: r.downlinkDbm.slice(), marginDb: r.marginDb.slice(), coverageProbability: r.coverageProbability.slice(), bestCell: r.bestCell.slice(), mode: r.mode.slice() };
}

/** Resolve the raster grid of an API request. */
export function rasterGridFor(scenario: Scenario, req: StarRasterApiRequest) {
  const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
  let box;
  if (req.areaId !== undefined) {
    const i = scenario.areas.ids.indexOf(req.areaId);
    if (i < 0) throw new RangeError(`no area with id ${req.areaId}`);
    box = ringsBox(scenario.areas.rings[i]);
  } else if (req.bboxLonLat) {
    const [w, s, e, n] = req.bboxLonLat;
    const pts = [proj.toLocal(w, s), proj.toLocal(e, s), proj.toLocal(e, n), proj.toLocal(w, n)];
    box = { minXM: Math.min(...pts.map((p) => p[0])), maxXM: Math.max(...pts.map((p) => p[0])), minYM: Math.min(...pts.map((p) => p[1])), maxYM: Math.max(...pts.map((p) => p[1])) };
  } else throw new RangeError('a raster needs areaId or bboxLonLat');
  if (!(req.cellM >= 1 && req.cellM <= 1000)) throw new RangeError(`cellM must be within 1…1000 m (10–100 m recommended), got ${req.cellM}`);
  return req.gridKind === 'lonlat' ? lonLatGridForBox(box, req.cellM, proj) : localGridForBox(box, req.cellM);
}

export const starApi = {
  /** Run the star engine over every meter of `project` (compiled once per `revisionKey`). */
  async run(project: Project, revisionKey: string, options: StarRunOptions, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<StarRun> {
    const control = { progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) };
    const { scenario, ms } = scenarioFor(project, revisionKey);
    const t0 = performance.now();
    const result = runStar(scenario, options, control);
    const m = result.meters;
    const buffers = [m.servers, m.couplingLossDb, m.marginDb, m.rxPowerDbm, m.downlinkDbm, m.sigmaDb, m.coverageProbability, m.mode, m.airtimeMs, m.attemptSuccess, m.transmissionsPerRead, m.dailyReadSuccess, m.target, m.reason,
      result.perCell.meters, result.perCell.loadErl, result.perCell.attemptSuccess].map((a) => a.buffer as ArrayBuffer);
    return transfer({ result, timingsMs: { compile: ms, star: performance.now() - t0 } }, buffers);
  },
  /** Coverage raster over an area or a lon/lat box; cached by a hash of the inputs. */
  async raster(project: Project, revisionKey: string, request: StarRasterApiRequest, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<StarRasterRun> {
    const key = hashInputs({ revisionKey, request });
    const hit = rasters.get(key);
    if (hit) { const copy = copyRaster(hit); return transfer({ raster: copy, cacheHit: true, key, timingsMs: { compile: 0, raster: 0 } }, rasterBuffers(copy)); }
    const control = { progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) };
    const { scenario, ms } = scenarioFor(project, revisionKey);
    const t0 = performance.now();
    const { areaId: _a, bboxLonLat: _b, cellM: _c, gridKind: _g, ...rest } = request;
    const raster = computeStarRaster(scenario, { ...rest, grid: rasterGridFor(scenario, request) }, control);
    rasters.set(key, raster);
    const copy = copyRaster(raster);
    return transfer({ raster: copy, cacheHit: false, key, timingsMs: { compile: ms, raster: performance.now() - t0 } }, rasterBuffers(copy));
  },
  /** Drop the cached Scenario and rasters. */
  async reset(): Promise<void> {
    resetScenarioCache();
    rasters.clear();
  },
};

export type StarApi = typeof starApi;
