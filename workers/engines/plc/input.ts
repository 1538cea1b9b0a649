/**
 * The PLC engine's input: the compiled Scenario's meters, transformers and
 * collectors, plus the LV grid, roads and building storey heights the
 * Scenario does not carry, projected into the same local metres.
 */
import { MEDIA, type Project } from '../../model';
import { compileProject } from '../compile/compile-project';
import type { Scenario } from '../compile/scenario';
import { createLocalProjection } from '../geo/local-projection';

/** Polylines in local metres: line i has vertices offsets[i] … offsets[i+1]−1 in xyM (x, y pairs). */
export interface Polylines {
  count: number;
  offsets: Int32Array;
  xyM: Float64Array;
}

export interface PlcInput {
  origin: { lon0Deg: number; lat0Deg: number };
  meters: {
    count: number; ids: string[]; xM: Float64Array; yM: Float64Array; heightM: Float32Array; floor: Int16Array;
    /** Index into transformers, −1 when unknown. */
    transformerIndex: Int32Array;
    /** Index into areaClassCode, −1 outside every area. */
    areaIndex: Int32Array;
    /** Index into buildingFloorHeightM, −1 when none. */
    buildingIndex: Int32Array;
  };
  transformers: { count: number; ids: string[]; xM: Float64Array; yM: Float64Array; mount: ('pole' | 'pad' | 'indoor')[] };
  feeders: Polylines & { ids: string[]; transformerIndex: Int32Array; cableType: string[] };
  roads: Polylines;
  /** Storey height per building (heightM / levels), NaN when unknown. */
  buildingFloorHeightM: Float32Array;
  /** Area class code (index into AREA_CLASSES) per area. */
  areaClassCode: Uint8Array;
  /** PLC collectors (concentrators) of the project. */
  collectors: { count: number; ids: string[]; xM: Float64Array; yM: Float64Array; profileIds: string[] };
}

function polylines(lines: readonly (readonly (readonly [number, number])[])[], toLocal: (lon: number, lat: number) => [number, number]): Polylines {
  const offsets = new Int32Array(lines.length + 1);
  lines.forEach((l, i) => { offsets[i + 1] = offsets[i] + l.length; });
  const xyM = new Float64Array(2 * offsets[lines.length]);
  let k = 0;
  for (const l of lines) for (const [lon, lat] of l) { const [x, y] = toLocal(lon, lat); xyM[k++] = x; xyM[k++] = y; }
  return { count: lines.length, offsets, xyM };
}

/** Build the PLC input of a project (compiling it unless a Scenario of the same revision is given). */
export function plcInputFromProject(project: Project, scenario: Scenario = compileProject(project)): PlcInput {
  const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
  const toLocal = (lon: number, lat: number) => proj.toLocal(lon, lat);
  const tIndex = new Map(project.grid.transformers.map((t, i) => [t.id, i]));
  const bIndex = new Map(project.buildings.map((b, i) => [b.id, i]));
  const fs = project.grid.feeders;
  const plc = MEDIA.indexOf('plc');
  const cIdx: number[] = [];
  for (let i = 0; i < scenario.collectors.count; i++) if (scenario.collectors.mediumCode[i] === plc) cIdx.push(i);
  const sm = scenario.meters, st = scenario.transformers;
  return {
    origin: scenario.origin,
    meters: {
      count: sm.count, ids: sm.ids, xM: sm.xM, yM: sm.yM, heightM: sm.heightM, floor: sm.floor, transformerIndex: sm.transformerIndex, areaIndex: sm.areaIndex,
      buildingIndex: Int32Array.from(project.meters, (m) => (m.buildingId === undefined ? -1 : (bIndex.get(m.buildingId) ?? -1))),
    },
    transformers: { count: st.count, ids: st.ids, xM: st.xM, yM: st.yM, mount: project.grid.transformers.map((t) => t.mount) },
    feeders: {
      ...polylines(fs.map((f) => f.line), toLocal), ids: fs.map((f) => f.id), cableType: fs.map((f) => f.cableType),
      transformerIndex: Int32Array.from(fs, (f) => tIndex.get(f.transformerId) ?? -1),
    },
    roads: polylines(project.roads.map((r) => r.line), toLocal),
    buildingFloorHeightM: Float32Array.from(project.buildings, (b) => (b.heightM !== undefined && b.levels ? b.heightM / b.levels : NaN)),
    areaClassCode: scenario.areas.classCode,
    collectors: {
      count: cIdx.length, ids: cIdx.map((i) => scenario.collectors.ids[i]),
      xM: Float64Array.from(cIdx, (i) => scenario.collectors.xM[i]), yM: Float64Array.from(cIdx, (i) => scenario.collectors.yM[i]),
      profileIds: cIdx.map((i) => project.profiles[scenario.collectors.profileIndex[i]]?.id ?? ''),
    },
  };
}
