/**
 * Rows of the area × option comparison table and their sorting. Pure, so the
 * table component stays a view and sorting is unit-tested. Ties fall back to
 * the area order of the plan, then TCO, so a sort is stable and predictable.
 */
import type { PlanJson } from '../../workers/api/plan-api';

type AreaJson = PlanJson['areas'][number];
type OptionJson = AreaJson['options'][number];

/** One (area, option) row. */
export interface OptionRow {
  key: string;
  areaIndex: number;
  areaId: string;
  areaName: string;
  optionIndex: number;
  recommended: boolean;
  option: OptionJson;
}

/** Sortable columns (the header order of the table). */
export const SORT_KEYS = ['area', 'medium', 'profile', 'rsMean', 'rsP5', 'collectors', 'capex', 'opex', 'tco', 'tcoPerMeter', 'meets'] as const;
/** A sortable column. */
export type SortKey = (typeof SORT_KEYS)[number];
/** Sort direction. */
export type SortDir = 'asc' | 'desc';
/** The table's order. */
export interface SortState { key: SortKey; dir: SortDir }

/** Default order: by area as planned, options cheapest first. */
export const DEFAULT_SORT: SortState = { key: 'area', dir: 'asc' };

/** Numeric columns start descending for read success (best first) and ascending for costs (cheapest first). */
export function firstDir(key: SortKey): SortDir {
  return key === 'rsMean' || key === 'rsP5' || key === 'meets' ? 'desc' : 'asc';
}

/** Clicking a header: the same column flips, another column starts at its natural direction. */
export function nextSort(cur: SortState, key: SortKey): SortState {
  return cur.key === key ? { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDir(key) };
}

/** Every (area, option) of a plan, optionally of one area only. */
export function optionRows(plan: PlanJson, areaFilter = 'all'): OptionRow[] {
  const rows: OptionRow[] = [];
  plan.areas.forEach((a, ai) => {
    if (areaFilter !== 'all' && a.id !== areaFilter) return;
    a.options.forEach((o, oi) => rows.push({ key: `${a.id}|${oi}`, areaIndex: ai, areaId: a.id, areaName: a.name, optionIndex: oi, recommended: oi === a.recommendedIndex, option: o }));
  });
  return rows;
}

/** The value a column sorts on (unavailable options sort after every available one). */
function value(r: OptionRow, key: SortKey): number | string {
  const o = r.option;
  switch (key) {
    case 'area': return r.areaIndex;
    case 'medium': return o.medium;
    case 'profile': return o.profile;
    case 'rsMean': return o.readSuccessMean;
    case 'rsP5': return o.readSuccessP5;
    case 'collectors': return o.collectors;
    case 'capex': return o.capex;
    case 'opex': return o.opexPerYear;
    case 'tco': return o.tco;
    case 'tcoPerMeter': return o.tcoPerMeter;
    case 'meets': return o.meetsTarget ? 1 : 0;
  }
}

/** A sorted copy of `rows`. */
export function sortRows(rows: readonly OptionRow[], s: SortState): OptionRow[] {
  const sign = s.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (a.option.available !== b.option.available) return a.option.available ? -1 : 1;
    const va = value(a, s.key), vb = value(b, s.key);
    const c = typeof va === 'string' ? va.localeCompare(String(vb)) : (Number.isFinite(va) ? va : Infinity) - (Number.isFinite(vb as number) ? (vb as number) : Infinity);
    if (c !== 0 && !Number.isNaN(c)) return sign * c;
    return a.areaIndex - b.areaIndex || a.option.tco - b.option.tco || a.optionIndex - b.optionIndex;
  });
}

/** aria-sort of a header. */
export function ariaSort(s: SortState, key: SortKey): 'ascending' | 'descending' | 'none' {
  return s.key !== key ? 'none' : s.dir === 'asc' ? 'ascending' : 'descending';
}
