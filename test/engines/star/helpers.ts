/** Small projects for star-engine tests (built through the real model and compile step). */
import { compileProject } from '../../../workers/engines/compile/compile-project';
import type { Scenario } from '../../../workers/engines/compile/scenario';
import { createEmptyProject, type Project } from '../../../workers/model';

export const LON0 = 139.5;
export const LAT0 = 35.7;

/** A project with meters on a grid (spacing in degrees), optional area covering all, optional star collectors. */
export function gridProject(opts: { n: number; spacingDeg?: number; areaClass?: Project['areas'][number]['class']; collectors?: { id: string; lon: number; lat: number; heightM?: number; profileId: string }[]; indoorEvery?: number }): Project {
  const p = createEmptyProject('star test');
  const side = Math.ceil(Math.sqrt(opts.n));
  const sp = opts.spacingDeg ?? 0.001;
  const meters = Array.from({ length: opts.n }, (_, i) => ({
    id: `m${i}`, lon: LON0 + (i % side) * sp, lat: LAT0 + Math.floor(i / side) * sp,
    ...(opts.indoorEvery && i % opts.indoorEvery === 0 ? { indoor: 'indoor' as const, floor: 1 } : {}),
  }));
  const w = LON0 - sp, e = LON0 + side * sp, s = LAT0 - sp, nn = LAT0 + side * sp;
  const areas = opts.areaClass ? [{ id: 'A', name: 'all', class: opts.areaClass, medium: 'auto' as const, polygon: [[[w, s], [e, s], [e, nn], [w, nn], [w, s]]] as [number, number][][] }] : [];
  const collectors = (opts.collectors ?? []).map((c) => ({ ...c, heightM: c.heightM ?? 30, medium: 'star' as const }));
  return { ...p, meters, areas, collectors };
}

export function scenarioOf(p: Project): Scenario {
  return compileProject(p);
}
