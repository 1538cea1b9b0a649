/**
 * Run scopes. A run over an area or the visible extent is a run over a
 * filtered *copy* of the project: the same collectors, areas, grid and
 * profiles, but only the meters inside the scope. The engines need no scope
 * option and collectors outside the scope still serve the meters inside it;
 * meters outside are simply not simulated (they relay nothing). `meterIndex`
 * maps the copy's meter indices back to the document's, so results line up
 * with the map's feature ids.
 */
import type { Project } from '../../workers/model';
import { inBox } from '../geo/geometry';
import { meterAreaIndex } from './areas';
import type { RunScope } from './types';

export interface ScopedProject {
  project: Project;
  /** Run meter index → document meter index; null when the scope is the whole project. */
  meterIndex: Int32Array | null;
}

/** The project copy a scope runs on. */
export function scopedProject(doc: Project, scope: RunScope): ScopedProject {
  if (scope.kind === 'project') return { project: doc, meterIndex: null };
  const keep: number[] = [];
  if (scope.kind === 'viewport' && scope.bbox) {
    const b = scope.bbox;
    doc.meters.forEach((m, i) => { if (inBox(m.lon, m.lat, b)) keep.push(i); });
  } else if (scope.kind === 'area' && scope.areaId !== undefined) {
    const a = doc.areas.findIndex((x) => x.id === scope.areaId);
    const idx = meterAreaIndex(doc);
    for (let i = 0; i < idx.length; i++) if (idx[i] === a && a >= 0) keep.push(i);
  }
  return { project: { ...doc, meters: keep.map((i) => doc.meters[i]) }, meterIndex: Int32Array.from(keep) };
}

/** A stable suffix for revision keys of scoped runs. */
export function scopeKey(scope: RunScope): string {
  if (scope.kind === 'area') return `|area:${scope.areaId}`;
  if (scope.kind === 'viewport') return `|bbox:${scope.bbox?.map((v) => v.toFixed(5)).join(',')}`;
  return '';
}
