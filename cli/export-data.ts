/**
 * What `fanplan export` writes, built in-process from a project: meters with
 * mesh and plan results, collectors, mesh routes, areas, the per-area table
 * and coverage rasters (GeoTIFF, or PNG + world file).
 */
import type { Project } from '../workers/model';
import { MEDIA } from '../workers/model/enums';
import { compileProject } from '../workers/engines/compile/compile-project';
import type { Scenario } from '../workers/engines/compile/scenario';
import { runMesh, type MeshRun } from '../workers/engines/mesh/run-mesh';
import { planInputFromProject, planJson, runPlan, type PlanJson, type PlanResult } from '../workers/engines/planner';
import { REASON_NAMES } from '../workers/engines/routing/result';
import { colourise, computeStarRaster, STAR_RASTER_LEGEND, type StarRaster } from '../workers/engines/star';
import { rasterGridFor } from '../workers/api/star-api';
import { encodePng, worldFile, type ResultColumns } from '../workers/engines/exporters';

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

/** Compile once and run what an export needs. */
export function exportRuns(p: Project, need: { mesh?: boolean; plan?: boolean }): { scenario: Scenario; mesh: MeshRun | null; plan: PlanResult | null; planJson: PlanJson | null } {
  const scenario = compileProject(p);
  const mesh = need.mesh && p.profiles.some((x) => x.medium === 'mesh') ? runMesh(scenario, { resilience: false }).run : null;
  const plan = need.plan ? runPlan(planInputFromProject(p, scenario), {}) : null;
  return { scenario, mesh, plan, planJson: plan ? planJson(plan) : null };
}

/** The coverage raster of one area on a lon/lat grid. */
export function areaRaster(scenario: Scenario, areaId: string, cellM: number, profileId?: string): StarRaster {
  return computeStarRaster(scenario, { ...(profileId ? { profileId } : {}), grid: rasterGridFor(scenario, { areaId, cellM, gridKind: 'lonlat' }) });
}

/** A raster's coverage probability as a colourised PNG and its world file. */
export function rasterToPng(r: StarRaster): { png: Uint8Array; pgw: string } {
  const g = r.georef.grid;
  if (g.kind !== 'lonlat') throw new RangeError('PNG + world file export needs a lon/lat grid');
  const rgba = colourise(r.coverageProbability, STAR_RASTER_LEGEND.coverageProbability);
  return { png: encodePng(rgba, r.width, r.height), pgw: worldFile(g) };
}

