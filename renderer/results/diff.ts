/**
 * Which edit happened between two documents, for choosing the incremental
 * mesh update: a collector move changes one element of `collectors` (same id,
 * medium, profile and height; new position) and nothing else the engines read.
 */
import type { Project } from '../../workers/model';

/** Top-level parts of a project the engines do not read (no re-run needed when only these change). */
const IGNORED: ReadonlySet<string> = new Set(['meta', 'map', 'candidateSites']);

/** True when every engine input except the collectors is the same object in both documents. */
export function onlyCollectorsChanged(prev: Project, cur: Project): boolean {
  const keys = new Set([...Object.keys(prev), ...Object.keys(cur)]);
  for (const k of keys) {
    if (k === 'collectors' || IGNORED.has(k)) continue;
    if ((prev as unknown as Record<string, unknown>)[k] !== (cur as unknown as Record<string, unknown>)[k]) return false;
  }
  return true;
}

/**
 * The id of the one collector that moved from `prev` to `cur`, or null when
 * the change is anything else (several collectors, an added or deleted one,
 * a profile or medium change, or any other part of the document).
 */
export function movedCollector(prev: Project, cur: Project): string | null {
  if (prev === cur || !onlyCollectorsChanged(prev, cur)) return null;
  const a = prev.collectors, b = cur.collectors;
  if (a === b || a.length !== b.length) return null;
  let moved: string | null = null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    if (moved !== null) return null;
    const { lon: _a, lat: _b, ...restX } = x;
    const { lon: _c, lat: _d, ...restY } = y;
    if (JSON.stringify(restX) !== JSON.stringify(restY)) return null;
    if (x.lon === y.lon && x.lat === y.lat) return null;
    moved = y.id;
  }
  return moved;
}

/** True when a change touches nothing the engines read (e.g. renaming the project). */
export function engineInputsEqual(prev: Project, cur: Project): boolean {
  return onlyCollectorsChanged(prev, cur) && prev.collectors === cur.collectors;
}
