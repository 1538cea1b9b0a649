/**
 * Cheap Scenario updates for edits that move one collector: a copy of the
 * previous Scenario with that collector's position re-projected in the same
 * local frame (the origin stays put, which is harmless: any origin near the
 * project is an exact frame). Everything else is shared with the previous
 * Scenario, so a drag does not recompile 10⁵ meters.
 */
import type { Collector } from '../../model';
import { createLocalProjection } from '../geo/local-projection';
import type { Scenario } from './scenario';

/** The Scenario after collector `index` moved to `c` (same id, medium and profile), or null when it cannot be patched. */
export function withCollectorMoved(s: Scenario, index: number, c: Collector): Scenario | null {
  if (index < 0 || index >= s.collectors.count || s.collectors.ids[index] !== c.id) return null;
  const [x, y] = createLocalProjection(s.origin.lon0Deg, s.origin.lat0Deg).toLocal(c.lon, c.lat);
  const xM = s.collectors.xM.slice(), yM = s.collectors.yM.slice(), heightM = s.collectors.heightM.slice();
  xM[index] = x; yM[index] = y; heightM[index] = c.heightM;
  return { ...s, collectors: { ...s.collectors, xM, yM, heightM } };
}
