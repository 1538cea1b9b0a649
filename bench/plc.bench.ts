/**
 * PLC engine at scale: the synthetic demo region with 1M meters (≈54k
 * transformers serving 5–30 meters, LV feeders along the streets, high-rise
 * risers) — BENCH_PLC_METERS overrides the size. Prints seconds and memory
 * per stage: input (Project → PlcInput), topology (LV networks, drops,
 * risers), channel (attenuation, SNR, modulation, link graph), routing
 * (shared ETX forest), reliability (shared model), N-1 + single points of
 * failure, and result assembly. Then the street-synthesis path: the same
 * region's first 100k meters with the feeders removed, so every network is
 * synthesised from the roads.
 *
 * Memory per stage: "alloc" = heap + ArrayBuffer growth by the end of the
 * stage before a GC (a lower bound of the stage's peak), "kept" = what
 * remains after a GC; peak RSS is the process high-water mark so far.
 *
 * Run: node --import tsx --expose-gc --max-old-space-size=16384 bench/plc.bench.ts
 */
import { generateDemoProject } from '../workers/engines/demo';
import { buildPlcChannel, buildPlcTopology, effectiveRateKbps, placeConcentrators, plcInputFromProject, plcPresets } from '../workers/engines/plc';
import { collectResults } from '../workers/engines/plc/collect';
import { computeReliability, reliabilityOptionsFromProfile } from '../workers/engines/reliability';
import { collectorOutages, routeForest, routingDominators, routingOptionsFromProfile } from '../workers/engines/routing';
import { defaultProfiles, type PlcProfile, type Project } from '../workers/model';
import { peakRssMiB, printTable } from './lib';

const METERS = Number(process.env.BENCH_PLC_METERS ?? 1_000_000);

function usedMiB(gc: boolean): number {
  if (gc) (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

const rows: Record<string, string | number>[] = [];
function stage<T>(name: string, fn: () => T): T {
  const base = usedMiB(true);
  const t0 = performance.now();
  const out = fn();
  const seconds = (performance.now() - t0) / 1000;
  const alloc = usedMiB(false) - base;
  const kept = usedMiB(true) - base;
  rows.push({ stage: name, seconds, allocMiB: alloc, keptMiB: kept, peakRssMiB: peakRssMiB() });
  return out;
}

function runAll(project: Project, profile: PlcProfile, label: string): void {
  const p = plcPresets();
  const input = stage(`${label} input`, () => plcInputFromProject(project));
  const topo = stage(`${label} topology`, () => buildPlcTopology(input, p));
  const placement = placeConcentrators(input, topo, profile.id);
  const ro = routingOptionsFromProfile(profile);
  const { links, channel } = stage(`${label} channel`, () => buildPlcChannel(input, topo, placement, profile, p, ro.maxLinkEtx));
  const M = input.meters.count, C = placement.ids.length;
  const roots = Int32Array.from({ length: C }, (_, c) => M + c);
  const routing = stage(`${label} routing`, () => routeForest(links.graph, roots, ro));
  const rate = effectiveRateKbps(routing, links, channel, p, profile, M);
  const reliability = stage(`${label} reliability`, () => computeReliability(links.graph, routing, reliabilityOptionsFromProfile(profile, project.settings, { ...p.reliability, ackBytes: p.ackBytes + p.reliability.phyOverheadBytes, dataRateKbps: rate })));
  const outages = stage(`${label} N-1`, () => collectorOutages(links.graph, routing, ro));
  const dominators = stage(`${label} dominators`, () => routingDominators(routing));
  const result = stage(`${label} results`, () => collectResults({ input, profile, presets: p, topology: topo, placement, links, channel, routing, reliability, outages, dominators, readSuccessTarget: project.settings.readSuccessTarget, effectiveRateKbps: rate }));
  const s = result.summary;
  console.log(`${label}: ${M} meters, ${input.transformers.count} transformers, ${s.networks} networks (${s.synthesizedNetworks} synthesised), LV graph ${topo.lv.nodeCount} nodes / ${topo.lv.edgeCount} edges, link graph ${links.graph.offsets[links.graph.nodeCount]} edges; routed ${s.routed} (${(100 * s.routed / M).toFixed(2)} %), mean daily read success ${(100 * s.meanDailyReadSuccess).toFixed(3)} %, mean hops ${s.meanHops.toFixed(2)}`);
}

const profile = defaultProfiles().find((x) => x.id === 'plc-g3-cenelec-a') as PlcProfile;
const t0 = performance.now();
const demo = generateDemoProject({ seed: 1, meters: METERS });
console.log(`demo generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${demo.meters.length} meters, ${demo.grid.transformers.length} transformers, ${demo.grid.feeders.length} feeders`);
runAll(demo, profile, 'feeders');
printTable(`PLC engine, ${METERS} meters, imported (demo) feeders`, rows);

// street synthesis: the first 100k meters (and their transformers) without feeders
rows.length = 0;
const n = Math.min(100_000, demo.meters.length);
const meters = demo.meters.slice(0, n);
const used = new Set(meters.map((m) => m.transformerId));
const streets: Project = { ...demo, meters, grid: { transformers: demo.grid.transformers.filter((t) => used.has(t.id)), feeders: [] }, buildings: [], collectors: [] };
runAll(streets, profile, 'streets');
printTable(`PLC engine, ${n} meters, LV routes synthesised along ${demo.roads.length} roads`, rows);
console.log(`peak RSS ${peakRssMiB().toFixed(0)} MiB`);
