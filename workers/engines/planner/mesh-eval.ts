/**
 * The RF mesh as the planner sees it: the real pipeline (mesh-setup →
 * links → routing → reliability, as runMesh without N-1) on a layout, with
 * optional link-model overrides (sigma offset, indoor losses) for what-if
 * and sensitivity studies; and the
 * cheap coverage proxy used by the greedy step: the meters a collector at a
 * candidate site reaches within `proxyHops` hops over usable links (ETX
 * below the routing threshold), nearest hops first, capped at the profile's
 * nodes per collector.
 */
import { AREA_CLASSES, type AreaClass, type MeshProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import { buildMeshLinks } from '../links/mesh-links';
import { meshSetup } from '../mesh/mesh-setup';
import { computeReliability, reliabilityOptionsFromProfile } from '../reliability';
import { routeForest, routingOptionsFromProfile } from '../routing';
import type { IndoorParams } from '../propagation/indoor';
import type { RunControl } from '../run-control';

export interface MeshEval {
  dailyReadSuccess: Float32Array;
  /** Collector (index into the layout) per meter, −1 when unconnected. */
  collector: Int32Array;
  hops: Int32Array;
}

/** Planner overrides of the mesh link model (what-if studies; defaults from the presets). */
export interface MeshLinkOverrides {
  /** Offset added to every area class's shadowing sigma, dB. */
  sigmaDeltaDb?: number;
  /** Indoor adjunct losses (e.g. meterRoomExtraLossDb, basementExtraLossDb). */
  indoor?: Partial<IndoorParams>;
}

function linkOptions(s: Scenario, profileId: string, x: MeshLinkOverrides = {}) {
  const setup = meshSetup(s, { profileId });
  const d = x.sigmaDeltaDb ?? 0;
  const sigma = Object.fromEntries(AREA_CLASSES.map((c) => [c, Math.max(0, setup.linkOptions.sigmaDbByClass[c] + d)])) as Record<AreaClass, number>;
  return { setup, options: { ...setup.linkOptions, sigmaDbByClass: sigma, indoor: { ...setup.linkOptions.indoor, ...x.indoor } } };
}

/** Run the mesh pipeline on `s` (its collectors of `profileId`) with link-model overrides. */
export function evaluateMesh(s: Scenario, profileId: string, overrides: MeshLinkOverrides = {}, control?: RunControl): MeshEval {
  const { setup, options } = linkOptions(s, profileId, overrides);
  const links = buildMeshLinks(setup.linkInput, options, control);
  const n = s.meters.count;
  const roots = Int32Array.from({ length: setup.collectorIndex.length }, (_, c) => n + c);
  const routing = routeForest(links.graph, roots, routingOptionsFromProfile(setup.profile), control);
  const rel = computeReliability(links.graph, routing, reliabilityOptionsFromProfile(setup.profile, s.settings), control);
  return { dailyReadSuccess: rel.dailyReadSuccess.slice(0, n), collector: routing.collector.slice(0, n), hops: routing.hops.slice(0, n) };
}

/**
 * Proxy coverage of each collector in `s` (every collector of the profile is
 * a candidate): BFS from the collector over meter–meter links, up to
 * `proxyHops` hops, capped at `capacityShare` × maxNodesPerCollector meters.
 */
export function meshProxyCovers(s: Scenario, profile: MeshProfile, proxyHops: number, capacityShare = 0.9, overrides: MeshLinkOverrides = {}, control?: RunControl): Int32Array[] {
  const { setup, options } = linkOptions(s, profile.id, overrides);
  const { graph } = buildMeshLinks(setup.linkInput, options, control);
  const maxEtx = routingOptionsFromProfile(profile).maxLinkEtx;
  const n = s.meters.count, C = setup.collectorIndex.length;
  const cap = Math.max(1, Math.floor(capacityShare * profile.maxNodesPerCollector));
  const hops = Math.min(proxyHops, profile.hopLimit);
  const mark = new Int32Array(n).fill(-1);
  const out: Int32Array[] = [];
  for (let c = 0; c < C; c++) {
    const v0 = n + c;
    let frontier: number[] = [];
    const got: number[] = [];
    for (let e = graph.offsets[v0]; e < graph.offsets[v0 + 1]; e++) {
      const t = graph.targets[e];
      if (t < n && graph.etx[e] <= maxEtx && mark[t] !== c) { mark[t] = c; frontier.push(t); got.push(t); }
    }
    for (let h = 1; h < hops && frontier.length && got.length < cap; h++) {
      const next: number[] = [];
      for (const v of frontier) for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
        const t = graph.targets[e];
        if (t < n && graph.etx[e] <= maxEtx && mark[t] !== c) { mark[t] = c; next.push(t); got.push(t); }
      }
      frontier = next;
    }
    out.push(Int32Array.from(got.slice(0, cap)));
  }
  return out;
}
