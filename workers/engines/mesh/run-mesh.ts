/**
 * The RF mesh engine: Scenario → link graph (links/) → shortest-ETX forest
 * (routing/) → read success, latency and load (reliability/) → per-meter
 * results, summaries, N-1 outages and single points of failure.
 * A collector move can be applied incrementally (see {@link updateMeshForCollector}).
 */
import type { Scenario } from '../compile/scenario';
import { buildMeshLinks, createMeshLinkContext, relinkNodes } from '../links/mesh-links';
import type { LinkGraph } from '../links/link-graph';
import type { LinkSelections, MeshLinkContext } from '../links/mesh-links';
import { computeReliability, reliabilityOptionsFromProfile, summarise, type ReliabilityResult, type RunSummary } from '../reliability';
import { collectorOutages, routeForest, routingDominators, routingOptionsFromProfile, updateRouting, type RoutingOptions, type RoutingResult } from '../routing';
import { checkpoint, type RunControl } from '../run-control';
import { meshSetup, type MeshRunOptions, type MeshSetup } from './mesh-setup';
import { meterResults, type MeshMeterResults } from './mesh-results';

/** N-1 outcome of one collector. */
export interface CollectorOutageSummary {
  collectorId: string;
  /** Meters that lose service. */
  lost: number;
  /** Meters that re-home to another collector. */
  rehomed: number;
  /** Collectors that would then exceed their capacity. */
  overflowing: string[];
}

export interface MeshResilience {
  outages: CollectorOutageSummary[];
  /** Meters whose every path (preferred and backup parents) crosses one relay meter. */
  singlePointMeters: number;
  /** Per meter: the meter index of that relay, −1 when none. */
  criticalRelay: Int32Array;
}

/** Everything a mesh run returns (typed arrays are transferable). */
export interface MeshRun {
  profileId: string;
  meterCount: number;
  /** Ids of the simulated collectors; per-meter `collector` indexes this. */
  collectorIds: string[];
  perMeter: MeshMeterResults;
  summary: RunSummary;
  resilience: MeshResilience | null;
  edgeCount: number;
  modelByClass: Record<string, string>;
  warnings: string[];
  timingsMs: Record<'links' | 'routing' | 'reliability' | 'resilience', number>;
  /** 'full', or 'incremental' when only a moved collector was recomputed. */
  mode: 'full' | 'incremental';
  /** The link graph (nodes: meters, then collectors), when requested. */
  edges?: { offsets: Int32Array; targets: Int32Array; etx: Float32Array };
}

/** Engine state kept between runs for incremental updates (not transferred). */
export interface MeshState {
  setup: MeshSetup;
  graph: LinkGraph;
  selections: LinkSelections;
  /** Link evaluation context (tables and indexes), reused by collector moves. */
  ctx: MeshLinkContext;
  routing: RoutingResult;
  routingOptions: RoutingOptions;
  bestMarginDb: Float32Array;
  modelByClass: Record<string, string>;
  warnings: string[];
}

const now = () => performance.now();

function finish(s: Scenario, st: MeshState, rel: ReliabilityResult, o: MeshRunOptions, times: MeshRun['timingsMs'], mode: MeshRun['mode'], control?: RunControl): MeshRun {
  const n = s.meters.count;
  const summary = summarise(st.routing, rel, { meterCount: n, areaIndex: s.meters.areaIndex, areaCount: s.areas.count, readSuccessTarget: s.settings.readSuccessTarget });
  const collectorIds = Array.from(st.setup.collectorIndex, (i) => s.collectors.ids[i]);
  let resilience: MeshResilience | null = null;
  if (o.resilience !== false) {
    const t = now();
    checkpoint(control, 'N-1', 0, 1);
    const outages = collectorOutages(st.graph, st.routing, st.routingOptions, undefined, control).map((x) => ({
      collectorId: collectorIds[x.collector], lost: x.lost.length, rehomed: x.rehomed.length, overflowing: Array.from(x.overflowing, (c) => collectorIds[c]),
    }));
    const dom = routingDominators(st.routing);
    const criticalRelay = new Int32Array(n);
    let single = 0;
    for (let v = 0; v < n; v++) {
      const r = dom.criticalRelay[v];
      criticalRelay[v] = r >= 0 && r < n ? r : -1;
      if (criticalRelay[v] >= 0) single++;
    }
    resilience = { outages, singlePointMeters: single, criticalRelay };
    times.resilience = now() - t;
  }
  return {
    profileId: st.setup.profile.id, meterCount: n, collectorIds, perMeter: meterResults(n, st.routing, rel, st.graph, st.bestMarginDb), summary, resilience,
    edgeCount: st.graph.targets.length, modelByClass: st.modelByClass, warnings: st.warnings, timingsMs: times, mode,
    ...(o.includeEdges ? { edges: { offsets: st.graph.offsets.slice(), targets: st.graph.targets.slice(), etx: st.graph.etx.slice() } } : {}),
  };
}

/** Run the mesh engine on a compiled scenario. Returns the transferable result and the state for incremental updates. */
export function runMesh(s: Scenario, o: MeshRunOptions = {}, control?: RunControl): { run: MeshRun; state: MeshState } {
  const setup = meshSetup(s, o);
  let t = now();
  const ctx = createMeshLinkContext(setup.linkInput, setup.linkOptions);
  const links = buildMeshLinks(setup.linkInput, setup.linkOptions, control, ctx);
  const times = { links: now() - t, routing: 0, reliability: 0, resilience: 0 };
  t = now();
  const roots = Int32Array.from({ length: setup.collectorIndex.length }, (_, c) => s.meters.count + c);
  const routingOptions = routingOptionsFromProfile(setup.profile);
  const routing = routeForest(links.graph, roots, routingOptions, control);
  times.routing = now() - t;
  t = now();
  const rel = computeReliability(links.graph, routing, reliabilityOptionsFromProfile(setup.profile, s.settings), control);
  times.reliability = now() - t;
  const state: MeshState = { setup, graph: links.graph, selections: links.selections, ctx, routing, routingOptions, bestMarginDb: links.bestMarginDb, modelByClass: links.modelByClass, warnings: links.warnings };
  return { run: finish(s, state, rel, o, times, 'full', control), state };
}

/**
 * Incremental update after one collector moved (same collectors, same
 * meters): re-evaluate the links of the collector and of every node within
 * radio range of its old or new position, repair the routing around them
 * and recompute reliability. Equal to a full run (tested). Falls back to a
 * full run when the collector set or the meters changed.
 */
export function updateMeshForCollector(s: Scenario, prev: MeshState, collectorScenarioIndex: number, o: MeshRunOptions = {}, control?: RunControl): { run: MeshRun; state: MeshState } {
  const setup = meshSetup(s, o);
  const c = Array.from(setup.collectorIndex).indexOf(collectorScenarioIndex);
  const same = setup.profile.id === prev.setup.profile.id && setup.collectorIndex.length === prev.setup.collectorIndex.length && s.meters.count === prev.setup.linkInput.meters.count;
  if (c < 0 || !same) return runMesh(s, o, control);
  let t = now();
  const node = s.meters.count + c;
  const before = prev.setup.linkInput.collectors, after = setup.linkInput.collectors;
  const ctx = prev.ctx;
  ctx.moveCollector(c, after.xM[c], after.yM[c], after.heightM[c]);
  const affected = new Set<number>([node, ...ctx.nodesNear(before.xM[c], before.yM[c]), ...ctx.nodesNear(after.xM[c], after.yM[c])]);
  const { graph, selections } = relinkNodes(prev.selections, ctx, affected, setup.profile.maxNeighbours);
  const bestMarginDb = prev.bestMarginDb.slice();
  for (const v of affected) bestMarginDb[v] = ctx.bestMarginDb[v];
  const times = { links: now() - t, routing: 0, reliability: 0, resilience: 0 };
  t = now();
  const upd = updateRouting(prev.routing, { graph, changedNodes: [...affected], roots: prev.routing.roots, prevGraph: prev.graph }, prev.routingOptions, control);
  times.routing = now() - t;
  t = now();
  const rel = computeReliability(graph, upd.result, reliabilityOptionsFromProfile(setup.profile, s.settings), control);
  times.reliability = now() - t;
  const state: MeshState = { ...prev, setup, graph, selections, ctx, routing: upd.result, bestMarginDb };
  return { run: finish(s, state, rel, { ...o, resilience: o.resilience ?? false }, times, upd.mode === 'incremental' ? 'incremental' : 'full', control), state };
}
