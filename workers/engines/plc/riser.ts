/**
 * Riser model for meters above ground in a building: a vertical bus (the
 * riser cable) from its foot on the LV network — the network point nearest
 * the group's meters, i.e. the meter room / service entrance — with one
 * riser node per storey up to the highest metered floor, and a floor branch
 * (service-drop cable) from the storey's riser node to each meter on it.
 *
 * Geometry: riser node f sits f·h above the foot (h = the building's
 * heightM / levels, else defaultFloorHeightM); the riser edge between storeys
 * is h long; a floor branch is max(minServiceDropM, horizontal distance from
 * the foot to the meter) long. A riser node with meters on its floor has
 * degree 2 + meters (top node: 1 + meters), so paths through it pay the
 * branch loss of channel.ts (branchLossDb·log2(degree − 1)).
 *
 * Worked example (test/engines/plc/riser.test.ts): N floors, one meter per
 * floor; the path from the foot to the meter on floor f crosses riser nodes
 * 1…f−1 (degree 3 each) and turns at node f (degree 3 unless f = N), so
 * A(f) = f·h·α_riser + d·α_branch + (f − 1 + [f < N])·branchLossDb.
 */
import type { PlcInput } from './input';
import { LV_EDGE_KIND, type LvGraphBuilder } from './lv-graph';
import type { PlcPresets } from './presets';

/** Meters of one building (or one meter without a building) above `riserMinFloor`. */
export interface RiserGroup {
  building: number;
  meters: number[];
  footNode: number;
  cx: number;
  cy: number;
}

/** Add the riser and floor branches of each group; sets meterNode for their meters. */
export function addRisers(b: LvGraphBuilder, net: number, groups: readonly RiserGroup[], input: PlcInput, p: PlcPresets, cables: { drop: number; riser: number }, meterNode: Int32Array): void {
  const m = input.meters;
  for (const g of groups) {
    const fh = g.building >= 0 ? input.buildingFloorHeightM[g.building] : NaN;
    const h = fh > 0 ? fh : p.defaultFloorHeightM;
    let top = 0;
    for (const i of g.meters) if (m.floor[i] > top) top = m.floor[i];
    const fx = b.nodeX(g.footNode), fy = b.nodeY(g.footNode);
    const riser = new Int32Array(top + 1);
    riser[0] = g.footNode;
    for (let f = 1; f <= top; f++) {
      riser[f] = b.addNode(fx, fy, f * h, net);
      b.addEdge(riser[f - 1], riser[f], h, cables.riser, LV_EDGE_KIND.riser);
    }
    for (const i of g.meters) {
      const node = b.addNode(m.xM[i], m.yM[i], m.heightM[i], net);
      b.addEdge(riser[m.floor[i]], node, Math.max(p.minServiceDropM, Math.hypot(m.xM[i] - fx, m.yM[i] - fy)), cables.drop, LV_EDGE_KIND.floorBranch);
      meterNode[i] = node;
    }
  }
}
