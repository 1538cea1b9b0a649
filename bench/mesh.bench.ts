/**
 * The RF mesh engine end to end on the demo generator's regions of 10k,
 * 100k and 1M meters: seconds and peak memory per stage (generate, compile,
 * links, routing, reliability, N-1), the routing step against graphology's
 * Dijkstra on the same link graph, and a one-collector move on a 50k-meter
 * project (incremental update against a full run). Each size runs in its own
 * process so peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { singleSource } from 'graphology-shortest-path/dijkstra';
import { compileProject } from '../workers/engines/compile/compile-project';
import { withCollectorMoved } from '../workers/engines/compile/patch-scenario';
import { generateDemoProject } from '../workers/engines/demo/generate';
import { buildMeshLinks } from '../workers/engines/links/mesh-links';
import { meshSetup } from '../workers/engines/mesh/mesh-setup';
import { runMesh, updateMeshForCollector } from '../workers/engines/mesh/run-mesh';
import { routeForest, routingOptionsFromProfile } from '../workers/engines/routing';
import { graphologyGraph } from './graphology-peer';
import { peakRssMiB, printTable, timeOnce } from './lib';

async function size(n: number): Promise<void> {
  const gen = await timeOnce(() => generateDemoProject({ seed: 1, meters: n }));
  const compile = await timeOnce(() => compileProject(gen.result));
  const s = compile.result;
  const run = await timeOnce(() => runMesh(s, { resilience: n <= 100_000 }).run);
  const t = run.result.timingsMs;
  const rows: Record<string, string | number>[] = [
    { stage: 'generate demo', seconds: gen.seconds }, { stage: 'compile', seconds: compile.seconds },
    { stage: 'links', seconds: t.links / 1000 }, { stage: 'routing', seconds: t.routing / 1000 }, { stage: 'reliability', seconds: t.reliability / 1000 },
    { stage: 'N-1 + single points', seconds: t.resilience / 1000 },
    { stage: 'mesh end to end (compile…reliability)', seconds: compile.seconds + (t.links + t.routing + t.reliability) / 1000 },
  ];
  printTable(`${n.toLocaleString('en')} meters, ${run.result.collectorIds.length} collectors, ${run.result.edgeCount.toLocaleString('en')} links — peak RSS ${peakRssMiB().toFixed(0)} MiB`, rows);
  const tot = run.result.summary.total;
  console.log(`connected ${tot.routed}/${tot.meters}, mean hops ${tot.meanHops.toFixed(2)}, mean daily read success ${(tot.meanDailyReadSuccess * 100).toFixed(2)} %`);
  if (n <= 100_000) {
    const setup = meshSetup(s);
    const links = buildMeshLinks(setup.linkInput, setup.linkOptions);
    const roots = Int32Array.from({ length: setup.collectorIndex.length }, (_, c) => s.meters.count + c);
    const opts = { ...routingOptionsFromProfile(setup.profile), maxBackupParents: 0, capacity: Infinity };
    const ours = await timeOnce(() => routeForest(links.graph, roots, opts));
    const gg = graphologyGraph(links.graph, roots, opts.maxLinkEtx);
    const peer = await timeOnce(() => singleSource(gg, 'S', 'w'));
    console.log(`routing search (no backups, no capacity): ours ${ours.seconds.toFixed(3)} s, graphology ${peer.seconds.toFixed(3)} s → ${(peer.seconds / ours.seconds).toFixed(1)}× faster`);
  }
}

async function move(): Promise<void> {
  const p = generateDemoProject({ seed: 1, meters: 50_000 });
  const s = compileProject(p);
  let { state } = runMesh(s, { resilience: false });
  let cur = p, curScenario = s;
  const times: number[] = [], full: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c = (k * 7) % p.collectors.length;
    const moved = { ...cur, collectors: cur.collectors.map((x, i) => (i === c ? { ...x, lon: x.lon + 0.0015, lat: x.lat + 0.001 } : x)) };
    // the worker patches its cached Scenario for a collector move instead of recompiling
    const patch = await timeOnce(() => withCollectorMoved(curScenario, c, moved.collectors[c])!);
    cur = moved;
    curScenario = patch.result;
    const inc = await timeOnce(() => updateMeshForCollector(patch.result, state, c, { resilience: false }));
    times.push((patch.seconds + inc.seconds) * 1000);
    full.push((await timeOnce(() => runMesh(compileProject(moved), { resilience: false }))).seconds * 1000);
    state = inc.result.state;
  }
  times.sort((a, b) => a - b); full.sort((a, b) => a - b);
  console.log(`\none-collector move on 50k meters (scenario patch + incremental links/routing/reliability): median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}); full re-run ${full[2].toFixed(0)} ms → ${(full[2] / times[2]).toFixed(1)}×`);
}

const arg = process.argv[2];
if (arg === 'move') await move();
else if (arg) await size(Number(arg));
else {
  for (const a of ['10000', '100000', '1000000', 'move']) {
    const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, a], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}
