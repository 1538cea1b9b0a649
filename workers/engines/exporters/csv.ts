/**
 * CSV exports of the project model (papaparse quoting, comma separated,
 * header row, WGS 84 lon/lat). Meter columns match what the CSV importer
 * detects, so an export reads back unchanged; areas carry their polygon as
 * WKT.
 */
import Papa from 'papaparse';
import type { Area, Collector, Meter } from '../../model/types';

const cell = (v: string | number | undefined) => (v === undefined ? '' : v);

/** Meters: id, lon, lat, height_m, floor, indoor, building_id, transformer_id, area_id. */
export function metersToCsv(meters: readonly Meter[]): string {
  const rows: (string | number)[][] = new Array(meters.length);
  for (let i = 0; i < meters.length; i++) {
    const m = meters[i];
    rows[i] = [m.id, m.lon, m.lat, cell(m.heightM), cell(m.floor), cell(m.indoor), cell(m.buildingId), cell(m.transformerId), cell(m.areaId)];
  }
  return Papa.unparse({ fields: ['id', 'lon', 'lat', 'height_m', 'floor', 'indoor', 'building_id', 'transformer_id', 'area_id'], data: rows }, { newline: '\n' }) + '\n';
}

/** Collectors: id, lon, lat, height_m, medium, profile_id, site_id, name. */
export function collectorsToCsv(collectors: readonly Collector[]): string {
  const data = collectors.map((c) => [c.id, c.lon, c.lat, c.heightM, c.medium, c.profileId, cell(c.siteId), cell(c.name)]);
  return Papa.unparse({ fields: ['id', 'lon', 'lat', 'height_m', 'medium', 'profile_id', 'site_id', 'name'], data }, { newline: '\n' }) + '\n';
}

/** Areas: id, name, class, medium, read_success_target, wkt (POLYGON in lon/lat). */
export function areasToCsv(areas: readonly Area[]): string {
  const data = areas.map((a) => [a.id, a.name, a.class, a.medium, cell(a.readSuccessTarget), polygonWkt(a.polygon)]);
  return Papa.unparse({ fields: ['id', 'name', 'class', 'medium', 'read_success_target', 'wkt'], data }, { newline: '\n' }) + '\n';
}

/** A polygon as WKT, e.g. POLYGON ((139 35, 139.1 35, 139.1 35.1, 139 35)). */
export function polygonWkt(polygon: readonly (readonly (readonly [number, number])[])[]): string {
  return `POLYGON (${polygon.map((ring) => `(${ring.map(([x, y]) => `${x} ${y}`).join(', ')})`).join(', ')})`;
}
