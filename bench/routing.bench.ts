/**
 * Routing and reliability at scale. A synthetic mesh of 10k, 100k and 1M
 * meters (uniform random points at ~50 m mean spacing, symmetric kNN links
 * with k = 12 within 300 m via KDBush, PDR from a logistic of distance with
 * per-link log-normal shadowing, ETX = 1/PDR) and one collector per ~400
 * meters on a grid, each linked to the meters within 250 m.
 *
 * Prints seconds and memory for routing and reliability separately, and
 * compares the routing search with graphology-shortest-path's Dijkstra
 * (single source from a virtual super-source joined to every collector at
 * weight 0, over the same usable links) in the same run: goal ≥ 5× faster.
 * Also times an incremental one-collector move on a 50k-meter graph (goal
 * < 200 ms). Memory per stage, measured from a GC'd baseline: "alloc" is the
 * heap + ArrayBuffer growth at the end of the stage before any further GC (it
 * still holds the stage's garbage, e.g. the priority queue, so it approximates
 * the stage's peak; young-generation collections during the stage make it a
 * lower bound), "kept" is what remains after a GC (the result).
 *
 * Set BENCH_GRAPHOLOGY_1M=1 to also run graphology at 1M (several GB).
 */
import { singleSource } from 'graphology-shortest-path/dijkstra';
import { buildPointIndex } from '../workers/engines/geo/point-index';
import { createPrng } from '../workers/engines/geo/prng';
import { computeReliability, reliabilityOptions } from '../workers/engines/reliability';
import { collectorOutages, graphFromEdges, inEdges, linkGraphDominators, validateGraph, routeForest, routingDominators, routingOptions, updateRouting, type LinkGraph, type RoutingOptions } from '../workers/engines/routing';
import { assignBackupParents } from '../workers/engines/routing/backup';
import { diffAdjacency } from '../workers/engines/routing/edge-remap';
import { graphologyGraph } from './graphology-peer';
import { peakRssMiB, printTable, timeOnce } from './lib';

const K = 12, MAX_RANGE_M = 300, COLLECTOR_RANGE_M = 250, METERS_PER_COLLECTOR = 400, SPACING_M = 50;

interface Mesh { graph: LinkGraph; roots: Int32Array; meters: number; xM: Float64Array; yM: Float64Array }

/** Deterministic per-pair shadowing so both directions of a link get the same PDR. */
function pairPdr(i: number, j: number, dM: number): number {
  const a = Math.min(i, j), b = Math.max(i, j);
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  const u = ((h ^ (h >>> 15)) >>> 0) / 4294967296;
  const shadow = Math.exp(0.25 * (u * 2 - 1) * 1.7); // ±~3.7 dB-equivalent distance spread
  return Math.min(0.999, 1 / (1 + Math.exp((dM * shadow - 160) / 25)));
}

function buildMesh(meters: number, seed = 7): Mesh {
  const rnd = createPrng(seed);
  const side = Math.sqrt(meters) * SPACING_M;
  const per = Math.round(Math.sqrt(METERS_PER_COLLECTOR)) * SPACING_M;
  const cols = Math.max(1, Math.round(side / per));
  const C = cols * cols;
  const n = meters + C;
  const xM = new Float64Array(n), yM = new Float64Array(n);
  for (let i = 0; i < meters; i++) { xM[i] = rnd.uniform(0, side); yM[i] = rnd.uniform(0, side); }
  for (let c = 0; c < C; c++) { xM[meters + c] = ((c % cols) + 0.5) * (side / cols); yM[meters + c] = (Math.floor(c / cols) + 0.5) * (side / cols); }
  const index = buildPointIndex(xM.subarray(0, meters), yM.subarray(0, meters));
  const from: number[] = [], to: number[] = [], pdr: number[] = [];
  const nearD = new Float64Array(64), nearJ = new Int32Array(64);
  const knn = new Int32Array(meters * K).fill(-1);
  for (let i = 0; i < meters; i++) {
    const ids = index.within(xM[i], yM[i], Math.min(MAX_RANGE_M, SPACING_M * 3.2));
    let m = 0;
    for (const j of ids) {
      if (j === i) continue;
      const d = Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
      let p = Math.min(m, 63);
      if (p === 63 && d >= nearD[62]) continue;
      while (p > 0 && nearD[p - 1] > d) { nearD[p] = nearD[p - 1]; nearJ[p] = nearJ[p - 1]; p--; }
      nearD[p] = d; nearJ[p] = j;
      if (m < 63) m++;
    }
    for (let k = 0; k < Math.min(K, m); k++) knn[i * K + k] = nearJ[k];
  }
  for (let i = 0; i < meters; i++) {
    for (let k = 0; k < K; k++) {
      const j = knn[i * K + k];
      if (j < 0) break;
      const d = Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
      const p = pairPdr(i, j, d);
      from.push(i); to.push(j); pdr.push(p);
      let mutual = false;
      for (let q = 0; q < K; q++) if (knn[j * K + q] === i) { mutual = true; break; }
      if (!mutual) { from.push(j); to.push(i); pdr.push(p); }
    }
  }
  for (let c = 0; c < C; c++) {
    const v = meters + c;
    for (const j of index.within(xM[v], yM[v], COLLECTOR_RANGE_M)) {
      const p = pairPdr(v, j, Math.hypot(xM[j] - xM[v], yM[j] - yM[v]) * 0.7); // higher collector antenna
      from.push(j, v); to.push(v, j); pdr.push(p, p);
    }
  }
  const etx = pdr.map((p) => 1 / p);
  const roots = new Int32Array(C);
  for (let c = 0; c < C; c++) roots[c] = meters + c;
  return { graph: graphFromEdges(n, { from, to, pdr, etx }), roots, meters, xM, yM };
}

function retainedMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

/** Median wall-clock seconds of `runs` calls (shared machines are noisy), with the last result. */
async function medianOf<T>(runs: number, fn: () => T): Promise<{ seconds: number; result: T }> {
  const first = await timeOnce(fn);
  const times = [first.seconds];
  for (let i = 1; i < runs; i++) times.push((await timeOnce(fn)).seconds);
  times.sort((a, b) => a - b);
  return { seconds: times[times.length >> 1], result: first.result };
}

function liveMiB(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

/** Time a stage; memory: allocated (heap + ArrayBuffers grown by the end, before any GC) and retained (after a GC). */
async function stage<T>(fn: () => T): Promise<{ seconds: number; result: T; allocated: number; retained: number }> {
  const r0 = retainedMiB();
  const { seconds, result } = await timeOnce(fn);
  const allocated = liveMiB() - r0;
  return { seconds, result, allocated, retained: retainedMiB() - r0 };
}

/** graphology over the same graph (see graphology-peer.ts). */
const graphologyRun = (mesh: Mesh, maxLinkEtx: number) => graphologyGraph(mesh.graph, mesh.roots, maxLinkEtx);

const opts: RoutingOptions = routingOptions({ capacity: Infinity });
const relOpts = reliabilityOptions();
const rows: Record<string, string | number>[] = [];
const breakdown: Record<string, string | number>[] = [];
const resilience: Record<string, string | number>[] = [];
const sizes = (process.env.BENCH_ROUTING_SIZES ?? '10000,100000,1000000').split(',').map(Number);

// warm-up (untimed) so every contender is JIT-compiled before the timed sizes
{
  const warm = buildMesh(5000, 3);
  for (let i = 0; i < 3; i++) {
    const r = routeForest(warm.graph, warm.roots, opts);
    computeReliability(warm.graph, r, relOpts);
    singleSource(graphologyRun(warm, opts.maxLinkEtx), 'S', 'w');
  }
}

for (const meters of sizes) {
  const built = await stage(() => buildMesh(meters));
  const mesh = built.result;
  const edges = mesh.graph.offsets[mesh.graph.nodeCount];
  const runs = meters <= 10_000 ? 7 : meters <= 100_000 ? 3 : 1;
  const ins = await stage(() => inEdges(mesh.graph));
  const search = await medianOf(runs, () => routeForest(mesh.graph, mesh.roots, { ...opts, inEdges: ins.result, maxBackupParents: 0 }));
  const backups = await stage(() => { const r = { ...search.result, maxBackupParents: 2, backupParents: new Int32Array(mesh.graph.nodeCount * 2), backupEdges: new Int32Array(mesh.graph.nodeCount * 2) }; assignBackupParents(mesh.graph, r); return r; });
  const routing = await stage(() => routeForest(mesh.graph, mesh.roots, opts));
  const rel = await stage(() => computeReliability(mesh.graph, routing.result, relOpts));
  let connected = 0, hopsMax = 0, meanDaily = 0;
  for (let v = 0; v < meters; v++) {
    if (routing.result.collector[v] >= 0) connected++;
    hopsMax = Math.max(hopsMax, routing.result.hops[v]);
    meanDaily += rel.result.dailyReadSuccess[v] / meters;
  }
  const ours = ins.seconds + search.seconds;
  let gSeconds = NaN, gBuild = NaN;
  if (meters < 1_000_000 || process.env.BENCH_GRAPHOLOGY_1M === '1') {
    const gb = await stage(() => graphologyRun(mesh, opts.maxLinkEtx));
    gBuild = gb.seconds;
    const gr = await medianOf(runs, () => singleSource(gb.result, 'S', 'w'));
    gSeconds = gr.seconds;
    // same reachability as ours (sanity check, not timed)
    const reached = Object.keys(gr.result).length - 1 - mesh.roots.length;
    if (reached !== connected + (mesh.graph.nodeCount - meters - mesh.roots.length)) console.log(`note: graphology reached ${reached}, ours ${connected}`);
  }
  if (meters >= 100_000) {
    const dom = await stage(() => routingDominators(routing.result));
    const ldom = await stage(() => linkGraphDominators(mesh.graph, mesh.roots, { maxLinkEtx: opts.maxLinkEtx, inEdges: ins.result }));
    const n1 = await stage(() => collectorOutages(mesh.graph, routing.result, { ...opts, capacity: 1000, inEdges: ins.result }));
    let spofDag = 0, spofLinks = 0;
    for (let v = 0; v < meters; v++) { if (dom.result.criticalRelay[v] >= 0) spofDag++; if (ldom.result.criticalRelay[v] >= 0) spofLinks++; }
    const lost = n1.result.reduce((a, o) => a + o.lost.length, 0), fulls = n1.result.filter((o) => o.mode !== 'local').length;
    resilience.push({
      meters, 'routing-DAG dominators s': dom.seconds, 'meters with a critical relay (DAG)': spofDag,
      'link-graph dominators s': ldom.seconds, 'meters with a critical relay (all links)': spofLinks,
      'N-1 all collectors s': n1.seconds, collectors: mesh.roots.length, 'meters lost (sum)': lost, 'non-local fallbacks': fulls,
    });
  }
  rows.push({
    meters, collectors: mesh.roots.length, edges, buildS: built.seconds,
    routingS: routing.seconds, 'routing alloc/kept MiB': `${routing.allocated.toFixed(0)}/${routing.retained.toFixed(0)}`,
    reliabilityS: rel.seconds, 'reliability alloc/kept MiB': `${rel.allocated.toFixed(0)}/${rel.retained.toFixed(0)}`,
    'graphologyS (build)': Number.isNaN(gSeconds) ? 'skipped' : `${gSeconds.toFixed(2)} (${gBuild.toFixed(1)})`,
    runs, 'ratio (goal ≥ 5)': Number.isNaN(gSeconds) ? '—' : gSeconds / ours,
    connectedPct: (100 * connected) / meters, maxHops: hopsMax, meanDaily,
  });
  breakdown.push({
    meters, inEdgesS: ins.seconds, 'search+reasonsS': search.seconds, backupParentsS: backups.seconds,
    'full routeForestS': routing.seconds, reliabilityS: rel.seconds, peakRssMiB: peakRssMiB(),
  });
}
printTable('Routing and reliability (ratio = graphology Dijkstra / our in-edges + search on the same graph in this run, medians of `runs`)', rows);
printTable('Where the routing time goes (s)', breakdown);
printTable('Resilience: single points of failure and N-1', resilience);

// incremental: move one collector on a 50k-meter graph
{
  const mesh = buildMesh(50_000, 11);
  const base = routeForest(mesh.graph, mesh.roots, opts);
  const c = Math.floor(mesh.roots.length / 2), v = mesh.roots[c];
  // move it 300 m east: drop its links, link it to the meters within range of the new position
  const { offsets, targets, etx, pdr } = mesh.graph;
  const from: number[] = [], to: number[] = [], p2: number[] = [], e2: number[] = [];
  for (let u = 0; u < mesh.graph.nodeCount; u++) {
    if (u === v) continue;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) if (targets[e] !== v) { from.push(u); to.push(targets[e]); p2.push(pdr[e]); e2.push(etx[e]); }
  }
  const nx = mesh.xM[v] + 300, ny = mesh.yM[v];
  const index = buildPointIndex(mesh.xM.subarray(0, mesh.meters), mesh.yM.subarray(0, mesh.meters));
  for (const j of index.within(nx, ny, COLLECTOR_RANGE_M)) {
    const p = pairPdr(v, j, Math.hypot(mesh.xM[j] - nx, mesh.yM[j] - ny) * 0.7);
    from.push(j, v); to.push(v, j); p2.push(p, p); e2.push(1 / p, 1 / p);
  }
  const graph = graphFromEdges(mesh.graph.nodeCount, { from, to, pdr: p2, etx: e2 });
  const ins = await timeOnce(() => inEdges(graph));
  const inc = await medianOf(21, () => updateRouting(base, { graph, prevGraph: mesh.graph, changedNodes: [v], roots: mesh.roots, inEdges: ins.result }, opts));
  const fullRun = await medianOf(21, () => routeForest(graph, mesh.roots, { ...opts, inEdges: ins.result }));
  let same = true;
  const a = inc.result.result, b = fullRun.result;
  for (let u = 0; u < graph.nodeCount; u++) if (a.parent[u] !== b.parent[u] || a.pathEtx[u] !== b.pathEtx[u] || a.reason[u] !== b.reason[u]) same = false;
  for (let i = 0; i < a.backupParents.length; i++) if (a.backupParents[i] !== b.backupParents[i] || a.backupEdges[i] !== b.backupEdges[i]) same = false;
  const relInc = await medianOf(7, () => computeReliability(graph, inc.result.result, relOpts));
  const validate = await medianOf(7, () => validateGraph(graph));
  const diff = await medianOf(7, () => diffAdjacency(mesh.graph, graph));
  printTable('Incremental one-collector move, 50k meters (medians of 21 runs; goal < 200 ms)', [{
    mode: inc.result.mode, touchedNodes: inc.result.touched, updateMs: inc.seconds * 1000,
    'inEdges of new graph ms': ins.seconds * 1000, 'full recompute ms': fullRun.seconds * 1000,
    'speed-up': fullRun.seconds / inc.seconds, 'of which validate ms': validate.seconds * 1000, 'adjacency diff ms': diff.seconds * 1000,
    'reliability ms': relInc.seconds * 1000, equalsFull: same ? 'yes' : 'NO',
  }]);
}
