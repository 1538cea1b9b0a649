/** Builders of small PLC inputs in local metres for the PLC engine tests. */
import { AREA_CLASSES, defaultProfiles, type AreaClass, type PlcProfile } from '../../../workers/model';
import type { PlcInput } from '../../../workers/engines/plc';

export interface MeterSpec { x: number; y: number; t: number; heightM?: number; floor?: number; building?: number; area?: number }
export interface InputSpec {
  transformers: { x: number; y: number; mount?: 'pole' | 'pad' | 'indoor' }[];
  meters: MeterSpec[];
  feeders?: { t: number; xy: number[]; cable?: string }[];
  roads?: number[][];
  buildingFloorHeightM?: number[];
  areaClasses?: AreaClass[];
  collectors?: { x: number; y: number; id?: string; profileId?: string }[];
}

function lines(list: number[][]) {
  const offsets = new Int32Array(list.length + 1);
  list.forEach((l, i) => { offsets[i + 1] = offsets[i] + l.length / 2; });
  return { count: list.length, offsets, xyM: Float64Array.from(list.flat()) };
}

/** A PlcInput straight from local-metre specs (no projection involved). */
export function makeInput(s: InputSpec): PlcInput {
  const m = s.meters, f = s.feeders ?? [], c = s.collectors ?? [];
  return {
    origin: { lon0Deg: 139.7, lat0Deg: 35.7 },
    meters: {
      count: m.length, ids: m.map((_, i) => `m${i}`), xM: Float64Array.from(m, (x) => x.x), yM: Float64Array.from(m, (x) => x.y),
      heightM: Float32Array.from(m, (x) => x.heightM ?? 1.5), floor: Int16Array.from(m, (x) => x.floor ?? 0), transformerIndex: Int32Array.from(m, (x) => x.t),
      areaIndex: Int32Array.from(m, (x) => x.area ?? -1), buildingIndex: Int32Array.from(m, (x) => x.building ?? -1),
    },
    transformers: { count: s.transformers.length, ids: s.transformers.map((_, i) => `t${i}`), xM: Float64Array.from(s.transformers, (t) => t.x), yM: Float64Array.from(s.transformers, (t) => t.y), mount: s.transformers.map((t) => t.mount ?? 'pole') },
    feeders: { ...lines(f.map((x) => x.xy)), ids: f.map((_, i) => `f${i}`), transformerIndex: Int32Array.from(f, (x) => x.t), cableType: f.map((x) => x.cable ?? 'lv-underground-cvt-60') },
    roads: lines(s.roads ?? []),
    buildingFloorHeightM: Float32Array.from(s.buildingFloorHeightM ?? []),
    areaClassCode: Uint8Array.from(s.areaClasses ?? [], (a) => AREA_CLASSES.indexOf(a)),
    collectors: { count: c.length, ids: c.map((x, i) => x.id ?? `c${i}`), xM: Float64Array.from(c, (x) => x.x), yM: Float64Array.from(c, (x) => x.y), profileIds: c.map((x) => x.profileId ?? 'plc-g3-cenelec-a') },
  };
}

/** A default PLC profile (preset file), optionally modified. */
export function plcProfile(id = 'plc-g3-cenelec-a', patch: Partial<PlcProfile> = {}): PlcProfile {
  const p = defaultProfiles().find((x) => x.id === id);
  if (!p || p.medium !== 'plc') throw new Error(`no PLC profile ${id}`);
  return { ...p, ...patch };
}

export const SETTINGS = { readsPerDay: 48, rereadsPerDay: 3, readSuccessTarget: 0.995 };
