/**
 * Compile step and project-file benchmarks at 100k and 1M meters. Each size
 * runs in its own process so its peak memory is its own. Peers measured in
 * the same run: proj4's tmerc for the projection, JSON.parse for reading.
 */
import { spawnSync } from 'node:child_process';
import proj4 from 'proj4';
import { compileProject } from '../workers/engines/compile/compile-project';
import { createLocalProjection } from '../workers/engines/geo/local-projection';
import { neighbourStats } from '../workers/engines/stats/neighbour-stats';
import { readProjectFile, writeProjectFile } from '../workers/model';
import { peakRssMiB, printTable, timeOnce } from './lib';
import { syntheticProject } from './synthetic';

const SIZES = [100_000, 1_000_000];

async function one(n: number): Promise<void> {
  global.gc?.();
  const rssStart = peakRssMiB();
  const project = syntheticProject(n);
  const compile = await timeOnce(() => compileProject(project));
  const s = compile.result;
  const rssCompile = peakRssMiB();
  const lon = project.meters.map((m) => m.lon), lat = project.meters.map((m) => m.lat);
  const ours = await timeOnce(() => { const p = createLocalProjection(s.origin.lon0Deg, s.origin.lat0Deg); const x = new Float64Array(n), y = new Float64Array(n); p.toLocalArrays(lon, lat, x, y); return x; });
  const tm = proj4('EPSG:4326', `+proj=tmerc +lat_0=${s.origin.lat0Deg} +lon_0=${s.origin.lon0Deg} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`);
  const peer = await timeOnce(() => { const x = new Float64Array(n); for (let i = 0; i < n; i++) x[i] = tm.forward([lon[i], lat[i]])[0]; return x; });
  const bytes = writeProjectFile(project);
  const read = await timeOnce(() => readProjectFile(bytes));
  const text = new TextDecoder().decode(bytes.length > 2 && bytes[0] === 0x1f ? (await import('fflate')).gunzipSync(bytes) : bytes);
  const parse = await timeOnce(() => JSON.parse(text));
  const stats = await timeOnce(() => neighbourStats({ xM: s.meters.xM, yM: s.meters.yM }, { radiusM: 100 }));
  printTable(`${n.toLocaleString('en')} meters`, [
    { step: 'compile Project → Scenario', seconds: compile.seconds, 'peak RSS MiB': rssCompile, note: `start ${rssStart.toFixed(0)} MiB` },
    { step: 'projection only (ours)', seconds: ours.seconds, 'peak RSS MiB': peakRssMiB(), note: `proj4 tmerc ${peer.seconds.toFixed(3)} s → ours ${(peer.seconds / ours.seconds).toFixed(1)}× faster` },
    { step: 'read + validate .fanplan', seconds: read.seconds, 'peak RSS MiB': peakRssMiB(), note: `${(bytes.length / 2 ** 20).toFixed(1)} MiB file; JSON.parse alone ${parse.seconds.toFixed(2)} s (ratio ${(read.seconds / parse.seconds).toFixed(1)}×)` },
    { step: 'neighbour stats r=100 m', seconds: stats.seconds, 'peak RSS MiB': peakRssMiB(), note: `mean ${stats.result.summary.meanNeighbours.toFixed(1)} neighbours` },
  ]);
}

const arg = process.argv[2];
if (arg) await one(Number(arg));
else {
  for (const n of SIZES) {
    const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, String(n)], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}
