/**
 * Where the concentrators couple into the LV grid.
 * - 'transformers': one per transformer that has a network, at the
 *   transformer node (its LV busbar) — the default when the project has no
 *   PLC collectors: in Japan and the US a pole transformer serves 5–30 meters
 *   (DOMAIN-PARAMETERS §3, ESTIMATE), so one concentrator per transformer.
 * - 'collectors': the project's PLC collectors (those of the profile, or all
 *   PLC collectors when none name it), each at the nearest LV network point
 *   (a node of a feeder, lead or synthesised cable; a collector on a siteId
 *   uses its own position).
 * - 'auto': collectors when there are any, else transformers.
 */
import KDBush from 'kdbush';
import type { PlcInput } from './input';
import { LV_EDGE_KIND } from './lv-graph';
import type { PlcTopology } from './topology';

export type ConcentratorMode = 'auto' | 'collectors' | 'transformers';

export interface ConcentratorPlacement {
  source: 'collectors' | 'transformers';
  ids: string[];
  /** LV node (−1 when no network exists at all). */
  node: Int32Array;
  transformerIndex: Int32Array;
}

/** Place the concentrators. */
export function placeConcentrators(input: PlcInput, topo: PlcTopology, profileId: string, mode: ConcentratorMode = 'auto'): ConcentratorPlacement {
  const c = input.collectors;
  const own = c.profileIds.map((p, i) => (p === profileId ? i : -1)).filter((i) => i >= 0);
  const chosen = own.length > 0 ? own : Array.from({ length: c.count }, (_, i) => i);
  const source = mode === 'auto' ? (chosen.length > 0 ? 'collectors' : 'transformers') : mode;
  const lv = topo.lv;
  if (source === 'transformers') {
    const ts: number[] = [];
    for (let t = 0; t < topo.transformerNode.length; t++) if (topo.transformerNode[t] >= 0) ts.push(t);
    return { source, ids: ts.map((t) => `plc@${input.transformers.ids[t]}`), node: Int32Array.from(ts, (t) => topo.transformerNode[t]), transformerIndex: Int32Array.from(ts) };
  }
  const onGrid: number[] = [];
  const seen = new Uint8Array(lv.nodeCount);
  for (let e = 0; e < lv.edgeCount; e++) {
    const k = lv.kind[e];
    if (k !== LV_EDGE_KIND.feeder && k !== LV_EDGE_KIND.lead && k !== LV_EDGE_KIND.synthesized) continue;
    for (const v of [lv.edgeA[e], lv.edgeB[e]]) if (!seen[v]) { seen[v] = 1; onGrid.push(v); }
  }
  const node = new Int32Array(chosen.length).fill(-1);
  if (onGrid.length > 0) {
    const index = new KDBush(onGrid.length);
    for (const v of onGrid) index.add(lv.xM[v], lv.yM[v]);
    index.finish();
    chosen.forEach((ci, k) => {
      for (let r = 50; ; r *= 2) {
        const found = index.within(c.xM[ci], c.yM[ci], r);
        if (found.length > 0 || r > 1e7) {
          let best = -1, bd = Infinity;
          for (const j of found) { const d = Math.hypot(lv.xM[onGrid[j]] - c.xM[ci], lv.yM[onGrid[j]] - c.yM[ci]); if (d < bd) { bd = d; best = onGrid[j]; } }
          node[k] = best;
          break;
        }
      }
    });
  }
  return { source, ids: chosen.map((i) => c.ids[i]), node, transformerIndex: Int32Array.from(node, (v) => (v >= 0 ? lv.network[v] : -1)) };
}
