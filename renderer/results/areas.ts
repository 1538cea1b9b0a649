/** Per-meter area index (the compile step's rule), cached per (areas, meters) pair. */
import type { Area, Meter, Project } from '../../workers/model';
import { bboxOf, inBox, pointInPolygon } from '../geo/geometry';
import { indexById } from '../state/selection';

const cache = new WeakMap<readonly Area[], WeakMap<readonly Meter[], Int32Array>>();

/** Area index of each meter: its explicit `areaId`, else the first area containing it; −1 for none. */
export function meterAreaIndex(p: Project): Int32Array {
  let inner = cache.get(p.areas);
  if (!inner) { inner = new WeakMap(); cache.set(p.areas, inner); }
  const hit = inner.get(p.meters);
  if (hit) return hit;
  const out = new Int32Array(p.meters.length).fill(-1);
  const boxes = p.areas.map((a) => bboxOf(a.polygon[0]));
  const byId = indexById(p.areas);
  p.meters.forEach((m, i) => {
    if (m.areaId !== undefined) { out[i] = byId.get(m.areaId) ?? -1; return; }
    for (let a = 0; a < p.areas.length; a++) {
      if (inBox(m.lon, m.lat, boxes[a]) && pointInPolygon(m.lon, m.lat, p.areas[a].polygon)) { out[i] = a; return; }
    }
  });
  inner.set(p.meters, out);
  return out;
}
