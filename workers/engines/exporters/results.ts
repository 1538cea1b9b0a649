/**
 * Result exports: meters with their simulated results (GeoJSON Points /
 * CSV), mesh routes (each meter's link to its parent, as LineStrings / CSV
 * with WKT) and the planner's per-area table (CSV).
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Collector, Meter } from '../../model/types';
import type { MeshMeterResults } from '../mesh/mesh-results';
import type { PlanJson } from '../planner';

/** Per-meter result columns by property name, each indexed like the meters. */
export type ResultColumns = Record<string, ArrayLike<number | string | null>>;

const clean = (v: number | string | null | undefined): number | string | null => (typeof v === 'number' ? (Number.isFinite(v) ? v : null) : v ?? null);

/** Meters as Point features with the model fields and the result columns. */
export function metersWithResultsToGeoJson(meters: readonly Meter[], cols: ResultColumns): FeatureCollection<Point> {
  const keys = Object.keys(cols);
  const features: Feature<Point>[] = new Array(meters.length);
  for (let i = 0; i < meters.length; i++) {
    const { id, lon, lat, ...rest } = meters[i];
    const props: Record<string, unknown> = { id, ...rest };
    for (const k of keys) props[k] = clean(cols[k][i]);
    features[i] = { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
  }
  return { type: 'FeatureCollection', features };
}

/** Meters with results as CSV: id, lon, lat, area_id, then the result columns. */
export function metersWithResultsToCsv(meters: readonly Meter[], cols: ResultColumns): string {
  const keys = Object.keys(cols);
  const data = meters.map((m, i) => [m.id, m.lon, m.lat, m.areaId ?? '', ...keys.map((k) => clean(cols[k][i]) ?? '')]);
  return Papa.unparse({ fields: ['id', 'lon', 'lat', 'area_id', ...keys], data }, { newline: '\n' }) + '\n';
}

/** One mesh route segment: a meter to its parent (meter or collector). */
export interface RouteSegment { fromId: string; toId: string; from: [number, number]; to: [number, number]; hops: number; pathEtx: number; collectorId: string }

/** The parent links of a mesh run. `collectorIds` index the run's collectors; `collectors` give their positions. */
export function meshRouteSegments(meters: readonly Meter[], collectors: readonly Collector[], r: { collectorIds: string[]; perMeter: MeshMeterResults }): RouteSegment[] {
  const byId = new Map(collectors.map((c) => [c.id, c]));
  const n = meters.length, out: RouteSegment[] = [];
  for (let i = 0; i < n; i++) {
    const p = r.perMeter.parent[i];
    if (p < 0 || r.perMeter.collector[i] < 0) continue;
    const m = meters[i];
    let to: { id: string; lon: number; lat: number } | undefined;
    if (p < n) to = meters[p];
    else to = byId.get(r.collectorIds[p - n]);
    if (!to) continue;
    out.push({ fromId: m.id, toId: to.id, from: [m.lon, m.lat], to: [to.lon, to.lat], hops: r.perMeter.hops[i], pathEtx: r.perMeter.pathEtx[i], collectorId: r.collectorIds[r.perMeter.collector[i]] });
  }
  return out;
}

/** Route segments as LineString features (from, to, hops, path_etx, collector_id). */
export function routesToGeoJson(segments: readonly RouteSegment[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: segments.map((s) => ({ type: 'Feature', id: `${s.fromId}>${s.toId}`, geometry: { type: 'LineString', coordinates: [s.from, s.to] },
      properties: { id: `${s.fromId}>${s.toId}`, from: s.fromId, to: s.toId, hops: s.hops, path_etx: Math.round(s.pathEtx * 1e4) / 1e4, collector_id: s.collectorId } })),
  };
}

/** Route segments as CSV with a WKT LINESTRING column. */
export function routesToCsv(segments: readonly RouteSegment[]): string {
  const data = segments.map((s) => [s.fromId, s.toId, s.hops, s.pathEtx.toFixed(4), s.collectorId, `LINESTRING (${s.from[0]} ${s.from[1]}, ${s.to[0]} ${s.to[1]})`]);
  return Papa.unparse({ fields: ['from', 'to', 'hops', 'path_etx', 'collector_id', 'wkt'], data }, { newline: '\n' }) + '\n';
}

/** Columns of the per-area table. */
export const PER_AREA_COLUMNS = ['area_id', 'area_name', 'area_class', 'meters', 'target', 'medium', 'profile', 'vendor', 'recommended', 'available', 'read_success_mean', 'read_success_p5', 'meters_served', 'collectors', 'capex', 'opex_per_year', 'tco', 'tco_per_meter', 'meets_target', 'reason'] as const;

/** The planner's per-area comparison: one row per area × option, the recommended one marked. */
export function perAreaToCsv(plan: PlanJson): string {
  const data = plan.areas.flatMap((a) => a.options.map((o, i) => [a.id, a.name, a.class, a.meters, a.target, o.medium, o.profile, o.vendor, i === a.recommendedIndex ? 'yes' : '', o.available ? 'yes' : 'no',
    o.readSuccessMean, o.readSuccessP5, o.metersServed, o.collectors, Math.round(o.capex), Math.round(o.opexPerYear), Math.round(o.tco), o.tcoPerMeter, o.meetsTarget ? 'yes' : 'no', i === a.recommendedIndex ? a.reason : o.note ?? '']));
  return Papa.unparse({ fields: [...PER_AREA_COLUMNS], data }, { newline: '\n' }) + '\n';
}
