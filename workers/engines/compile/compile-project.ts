/**
 * Compile step, Project → Scenario: projects every position into local
 * metres around the project centre and encodes entities as typed arrays.
 * Pure and deterministic; long runs report progress per chunk.
 */
import { AREA_CLASSES, INDOOR_CLASSES, MEDIA, SITE_KINDS } from '../../model';
import type { Project } from '../../model';
import { createLocalProjection, type LocalProjection } from '../geo/local-projection';
import { checkpoint, type RunControl } from '../run-control';
import { locateInAreas } from './area-locate';
import { projectCentre } from './centre';
import type { PointArrays, Scenario } from './scenario';

const CHUNK = 65_536;

function points(items: readonly { id: string; lon: number; lat: number; heightM?: number }[], proj: LocalProjection, defaultHeightM: number): PointArrays {
  const n = items.length;
  const out: PointArrays = { count: n, ids: new Array<string>(n), xM: new Float64Array(n), yM: new Float64Array(n), heightM: new Float32Array(n) };
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const [x, y] = proj.toLocal(it.lon, it.lat);
    out.ids[i] = it.id;
    out.xM[i] = x;
    out.yM[i] = y;
    out.heightM[i] = it.heightM ?? defaultHeightM;
  }
  return out;
}

/** Compile a validated project into a Scenario. */
export function compileProject(project: Project, control?: RunControl): Scenario {
  const [lon0, lat0] = projectCentre(project);
  const proj = createLocalProjection(lon0, lat0);
  const m = project.meters;
  const n = m.length;
  const meters = {
    count: n, ids: new Array<string>(n), xM: new Float64Array(n), yM: new Float64Array(n), heightM: new Float32Array(n),
    floor: new Int16Array(n), indoorCode: new Uint8Array(n), areaIndex: new Int32Array(n), transformerIndex: new Int32Array(n),
  };
  const transformerIdx = new Map(project.grid.transformers.map((t, i) => [t.id, i]));
  const areaIdx = new Map(project.areas.map((a, i) => [a.id, i]));
  for (let start = 0; start < n; start += CHUNK) {
    checkpoint(control, 'compile', start, n);
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) {
      const it = m[i];
      const [x, y] = proj.toLocal(it.lon, it.lat);
      meters.ids[i] = it.id;
      meters.xM[i] = x;
      meters.yM[i] = y;
      meters.heightM[i] = it.heightM ?? project.settings.defaultMeterHeightM;
      meters.floor[i] = it.floor ?? 0;
      meters.indoorCode[i] = INDOOR_CLASSES.indexOf(it.indoor ?? 'outdoor');
      meters.transformerIndex[i] = it.transformerId === undefined ? -1 : (transformerIdx.get(it.transformerId) ?? -1);
    }
  }
  const rings = project.areas.map((a) => a.polygon.map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach(([lon, lat], k) => { const [x, y] = proj.toLocal(lon, lat); flat[2 * k] = x; flat[2 * k + 1] = y; });
    return flat;
  }));
  checkpoint(control, 'locate areas', 0, n);
  locateInAreas(meters.xM, meters.yM, rings, meters.areaIndex);
  m.forEach((it, i) => { if (it.areaId !== undefined) meters.areaIndex[i] = areaIdx.get(it.areaId) ?? -1; });
  const profileIdx = new Map(project.profiles.map((p, i) => [p.id, i]));
  const c = project.collectors;
  const collectors = {
    ...points(c, proj, 10),
    mediumCode: Uint8Array.from(c, (x) => MEDIA.indexOf(x.medium)),
    profileIndex: Int32Array.from(c, (x) => profileIdx.get(x.profileId) ?? -1),
  };
  const s = project.candidateSites;
  const sites = { ...points(s, proj, 10), kindCode: Uint8Array.from(s, (x) => SITE_KINDS.indexOf(x.kind)), costFactor: Float32Array.from(s, (x) => x.costFactor) };
  checkpoint(control, 'compile', n, n);
  return {
    origin: { lon0Deg: lon0, lat0Deg: lat0 },
    meters,
    collectors,
    sites,
    transformers: points(project.grid.transformers, proj, 10),
    areas: {
      count: project.areas.length,
      ids: project.areas.map((a) => a.id),
      names: project.areas.map((a) => a.name),
      classCode: Uint8Array.from(project.areas, (a) => AREA_CLASSES.indexOf(a.class)),
      rings,
      readSuccessTarget: Float32Array.from(project.areas, (a) => a.readSuccessTarget ?? project.settings.readSuccessTarget),
    },
    profiles: project.profiles,
    costs: project.costs,
    settings: project.settings,
  };
}
