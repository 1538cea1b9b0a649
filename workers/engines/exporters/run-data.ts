/**
 * The data behind result exports, built from a project: per-meter result
 * columns of a mesh run and a plan, the engine runs an export needs, and a
 * coverage raster of one area on a lon/lat grid with its PNG + world file.
 * Pure, so the CLI and the report worker share it.
 */
import type { Project } from '../../model';
import { MEDIA } from '../../model/enums';
import { compileProject } from '../compile/compile-project';
import type { Scenario } from '../compile/scenario';
import { createLocalProjection } from '../geo/local-projection';
import { runMesh, type MeshRun } from '../mesh/run-mesh';
import { planInputFromProject, planJson, runPlan, type PlanJson, type PlanResult } from '../planner';
import { REASON_NAMES } from '../routing/result';
import type { RunControl } from '../run-control';
import { colourise, computeStarRaster, lonLatGridForBox, ringsBox, STAR_RASTER_LEGEND, type StarRaster } from '../star';
import { encodePng, worldFile } from './png';
import type { ResultColumns } from './results';

/** Per-meter result columns of a mesh run and a plan (project meter order). */
export function meterResultColumns(p: Project, mesh: MeshRun | null, plan: PlanResult | null): ResultColumns {
  const n = p.meters.length, cols: ResultColumns = {};
  if (mesh) {
    const m = mesh.perMeter, on = (i: number) => m.collector[i] >= 0;
    cols.mesh_collector_id = Array.from({ length: n }, (_, i) => (on(i) ? mesh.collectorIds[m.collector[i]] : null));
    cols.mesh_parent_id = Array.from({ length: n }, (_, i) => (m.parent[i] < 0 ? null : m.parent[i] < n ? p.meters[m.parent[i]].id : mesh.collectorIds[m.parent[i] - n]));
    cols.mesh_hops = Array.from({ length: n }, (_, i) => (on(i) ? m.hops[i] : null));
    cols.mesh_path_etx = Array.from({ length: n }, (_, i) => (on(i) ? Math.round(m.pathEtx[i] * 1e4) / 1e4 : null));
    cols.mesh_margin_db = Array.from({ length: n }, (_, i) => (Number.isFinite(m.marginDb[i]) ? Math.round(m.marginDb[i] * 100) / 100 : null));
    cols.mesh_daily_read_success = Array.from(m.dailyReadSuccess, (v) => Math.round(v * 1e6) / 1e6);
    cols.mesh_reason = Array.from(m.reason, (r) => REASON_NAMES[r]);
  }
  if (plan) {
    cols.recommended_medium = Array.from(plan.perMeter.mediumCode, (c) => MEDIA[c] ?? null);
    cols.daily_read_success = Array.from(plan.perMeter.dailyReadSuccess, (v) => Math.round(v * 1e6) / 1e6);
  }
  return cols;
}

/** What an export run produced: the compiled scenario and the runs it asked for. */
export interface ExportRuns { scenario: Scenario; mesh: MeshRun | null; plan: PlanResult | null; planJson: PlanJson | null }

/** Compile once and run what an export needs (mesh without N-1; the planner). */
export function exportRuns(p: Project, need: { mesh?: boolean; plan?: boolean }, control?: RunControl): ExportRuns {
  const scenario = compileProject(p, control);
  const mesh = need.mesh && p.profiles.some((x) => x.medium === 'mesh') ? runMesh(scenario, { resilience: false }, control).run : null;
  const plan = need.plan ? runPlan(planInputFromProject(p, scenario), {}, control) : null;
  return { scenario, mesh, plan, planJson: plan ? planJson(plan) : null };
}

/** The coverage raster of one area on a lon/lat grid of `cellM` metres (1…1000). */
export function areaRaster(scenario: Scenario, areaId: string, cellM: number, profileId?: string, control?: RunControl): StarRaster {
  const i = scenario.areas.ids.indexOf(areaId);
  if (i < 0) throw new RangeError(`no area with id ${areaId}`);
  if (!(cellM >= 1 && cellM <= 1000)) throw new RangeError(`cell size must be within 1…1000 m (10–100 m recommended), got ${cellM}`);
  const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
  const grid = lonLatGridForBox(ringsBox(scenario.areas.rings[i]), cellM, proj);
  return computeStarRaster(scenario, { ...(profileId ? { profileId } : {}), grid }, control);
}

/** A raster's coverage probability as a colourised PNG and its world file. */
export function rasterToPng(r: StarRaster): { png: Uint8Array; pgw: string } {
  const g = r.georef.grid;
  if (g.kind !== 'lonlat') throw new RangeError('PNG + world file export needs a lon/lat grid');
  const rgba = colourise(r.coverageProbability, STAR_RASTER_LEGEND.coverageProbability);
  return { png: encodePng(rgba, r.width, r.height), pgw: worldFile(g) };
}
