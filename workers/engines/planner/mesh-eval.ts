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
import { buildPointIndex } from '../geo/point-index';
import type { LinkGraph } from '../links/link-graph';
import { buildMeshLinks, createMeshLinkContext, relinkNodes } from '../links/mesh-links';
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

/** Link graph of a layout (its collectors of the profile) plus the setup it was built with. */
type LayoutGraph = { graph: LinkGraph; setup: ReturnType<typeof meshSetup> };
/** Builds the link graph of a layout: `s` with collectors at some sites, the same meters every time. */
export type MeshGraphBuilder = (layout: Scenario, control?: RunControl) => LayoutGraph;

/** Full link build (no reuse). */
const fullBuilder = (profileId: string, overrides: MeshLinkOverrides): MeshGraphBuilder => (layout, control) => {
  const { setup, options } = linkOptions(layout, profileId, overrides);
  return { graph: buildMeshLinks(setup.linkInput, options, control).graph, setup };
};

/**
 * A graph builder for many layouts over the same meters that evaluates the
 * meter–meter links once: each layout re-evaluates only its collectors and
 * the meters whose exact candidate set a collector can enter (2-D distance
 * within the meter's candidate radius), and copies every other meter's
 * selection (links.relinkNodes). The graph equals a full build.
 */
export function meshGraphBuilder(meters: Scenario, profileId: string, overrides: MeshLinkOverrides = {}, control?: RunControl): MeshGraphBuilder {
  const bare: Scenario = { ...meters, collectors: { count: 0, ids: [], xM: new Float64Array(0), yM: new Float64Array(0), heightM: new Float32Array(0), mediumCode: new Uint8Array(0), profileIndex: new Int32Array(0) } };
  const base = linkOptions(bare, profileId, overrides);
  const baseCtx = createMeshLinkContext(base.setup.linkInput, base.options);
  const { selections } = buildMeshLinks(base.setup.linkInput, base.options, control, baseCtx);
  const n = meters.meters.count, radius = baseCtx.candidateRadiusM, k = base.setup.profile.maxNeighbours, rangeM = base.setup.profile.maxRangeM;
  const mx = meters.meters.xM, my = meters.meters.yM;
  const index = buildPointIndex(mx, my);
  return (layout) => {
    const { setup, options } = linkOptions(layout, profileId, overrides);
    const ctx = createMeshLinkContext(setup.linkInput, options);
    const c = setup.linkInput.collectors, affected: number[] = [];
    const mark = new Uint8Array(n);
    for (let q = 0; q < c.count; q++) {
      affected.push(n + q);
      for (const j of index.within(c.xM[q], c.yM[q], rangeM)) if (j < n && !mark[j] && Math.hypot(mx[j] - c.xM[q], my[j] - c.yM[q]) <= radius[j]) { mark[j] = 1; affected.push(j); }
    }
    return { graph: relinkNodes(selections, ctx, affected, k).graph, setup };
  };
}

/** Routing and reliability of a layout's link graph. */
function evaluateGraph(layout: Scenario, { graph, setup }: LayoutGraph, control?: RunControl): MeshEval {
  const n = layout.meters.count;
  const roots = Int32Array.from({ length: setup.collectorIndex.length }, (_, c) => n + c);
  const routing = routeForest(graph, roots, routingOptionsFromProfile(setup.profile), control);
  const rel = computeReliability(graph, routing, reliabilityOptionsFromProfile(setup.profile, layout.settings), control);
  return { dailyReadSuccess: rel.dailyReadSuccess.slice(0, n), collector: routing.collector.slice(0, n), hops: routing.hops.slice(0, n) };
}

/** Run the mesh pipeline on `s` (its collectors of `profileId`) with link-model overrides; `links` reuses meter–meter links across layouts. */
export function evaluateMesh(s: Scenario, profileId: string, overrides: MeshLinkOverrides = {}, control?: RunControl, links: MeshGraphBuilder = fullBuilder(profileId, overrides)): MeshEval {
  return evaluateGraph(s, links(s, control), control);
}

/**
 * Proxy coverage of each collector in `s` (every collector of the profile is
 * a candidate): BFS from the collector over meter–meter links, up to
 * `proxyHops` hops, capped at `capacityShare` × maxNodesPerCollector meters.
 */
export function meshProxyCovers(s: Scenario, profile: MeshProfile, proxyHops: number, capacityShare = 0.9, overrides: MeshLinkOverrides = {}, control?: RunControl, links: MeshGraphBuilder = fullBuilder(profile.id, overrides)): Int32Array[] {
  const { graph, setup } = links(s, control);
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
