/**
 * Wireless star engine speed and memory:
 *  1. best server (and the full engine: mode choice, capacity) for 1M meters
 *     × 500 sites (hexagonal grid, Extended Hata per area class, 1/3 indoor);
 *  2. a 2000 × 2000 coverage raster (25 m cells, 50 km square) with ITM
 *     point-to-point over a synthetic DEM, coarse-to-fine (step 8, 3 dB), and
 *     the per-cell cost of the exact path measured on a 200 × 200 window and
 *     extrapolated to 4M cells.
 * `STAR_BENCH_SCALE=0.1` shrinks both cases for a quick look. Each case runs
 * in its own child process so that its peak RSS is its own.
 * Run: node --import tsx --expose-gc bench/star.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AREA_CLASSES, INDOOR_CLASSES } from '../workers/model/enums';
import { createEmptyProject } from '../workers/model';
import type { Scenario } from '../workers/engines/compile/scenario';
import { createLocalProjection } from '../workers/engines/geo/local-projection';
import { createPrng } from '../workers/engines/geo/prng';
import { GridDemTile } from '../workers/engines/terrain/dem-tile';
import { computeStarRaster, hexGridSites, localTerrainFromSampler, runStar, type StarSiteInput } from '../workers/engines/star';
import { makeReceivers, prepareStar } from '../workers/engines/star/setup';
import { peakRssMiB, printTable, timeOnce } from './lib';

const SCALE = Number(process.env.STAR_BENCH_SCALE ?? 1);
const PART = process.env.STAR_BENCH_PART;
if (!PART) {
  for (const part of ['best', 'raster']) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, STAR_BENCH_PART: part } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  process.exit(0);
}
const LON0 = 139.3, LAT0 = 35.7;
const gc = (globalThis as { gc?: () => void }).gc;

/** A Scenario built directly in typed arrays (the compile step is not what is measured here). */
function syntheticScenario(meters: number, halfM: number, classes: [string, string]): Scenario {
  const p = createEmptyProject('star bench');
  const rng = createPrng(2026);
  const n = meters;
  const m = {
    count: n, ids: Array.from({ length: n }, (_, i) => `m${i}`), xM: new Float64Array(n), yM: new Float64Array(n), heightM: new Float32Array(n).fill(1.5),
    floor: new Int16Array(n), indoorCode: new Uint8Array(n), areaIndex: new Int32Array(n), transformerIndex: new Int32Array(n).fill(-1),
  };
  for (let i = 0; i < n; i++) {
    m.xM[i] = rng.uniform(-halfM, halfM);
    m.yM[i] = rng.uniform(-halfM, halfM);
    m.indoorCode[i] = i % 3 === 0 ? INDOOR_CLASSES.indexOf('indoor') : 0;
    m.floor[i] = i % 3 === 0 ? i % 5 : 0;
    m.areaIndex[i] = m.xM[i] < 0 ? 0 : 1;
  }
  const ring = (x0: number, x1: number) => [Float64Array.from([x0, -halfM, x1, -halfM, x1, halfM, x0, halfM, x0, -halfM])];
  const empty = { count: 0, ids: [], xM: new Float64Array(0), yM: new Float64Array(0), heightM: new Float32Array(0) };
  return {
    origin: { lon0Deg: LON0, lat0Deg: LAT0 },
    meters: m,
    collectors: { ...empty, mediumCode: new Uint8Array(0), profileIndex: new Int32Array(0) },
    sites: { ...empty, kindCode: new Uint8Array(0), costFactor: new Float32Array(0) },
    transformers: empty,
    areas: {
      count: 2, ids: ['W', 'E'], names: ['west', 'east'],
      classCode: Uint8Array.from(classes, (c) => AREA_CLASSES.indexOf(c as (typeof AREA_CLASSES)[number])),
      rings: [ring(-halfM - 1, 0), ring(0, halfM + 1)], readSuccessTarget: new Float32Array([0.995, 0.995]),
    },
    profiles: p.profiles, costs: p.costs, settings: p.settings,
  };
}

/** The `count` sites of a hexagonal grid nearest the centre. */
function hexSites(halfM: number, isdM: number, count: number): StarSiteInput[] {
  return hexGridSites({ minXM: -halfM, minYM: -halfM, maxXM: halfM, maxYM: halfM }, isdM, 30)
    .sort((a, b) => Math.hypot(a.xM, a.yM) - Math.hypot(b.xM, b.yM)).slice(0, count);
}

// ---- 1. 1M meters × 500 sites -------------------------------------------------
if (PART === 'best') {
  const meters = Math.round(1_000_000 * SCALE), siteCount = Math.max(10, Math.round(500 * SCALE));
  const isd = 2500, halfM = Math.sqrt(siteCount * isd * isd * 0.866) / 2;
  const scenario = syntheticScenario(meters, halfM, ['dense-residential', 'suburban']);
  const siteList = hexSites(halfM + isd, isd, siteCount);
  gc?.();
  const rss0 = peakRssMiB();
  const best = await timeOnce(() => {
    const setup = prepareStar(scenario, { profileId: 'star-nb-iot', siteList });
    const m = scenario.meters;
    const { rx } = makeReceivers(setup, m.xM, m.yM, m.heightM, (i) => scenario.areas.classCode[m.areaIndex[i]], (i) => m.indoorCode[i], (i) => m.floor[i]);
    return setup.evaluator.bestServers(rx, 3);
  });
  const rssBest = peakRssMiB();
  const full = await timeOnce(() => runStar(scenario, { profileId: 'star-nb-iot', siteList }));
  const lora = await timeOnce(() => runStar(scenario, { profileId: 'star-lorawan-as923', siteList }));
  printTable(`Best server: ${meters.toLocaleString('en')} meters × ${siteList.length} sites (${(2 * halfM / 1000).toFixed(1)} km square, ISD ${isd} m, k = 3)`, [
    { case: 'best server + 2 alternates (NB-IoT, Extended Hata)', seconds: best.seconds, 'µs/meter': (best.seconds * 1e6) / meters, 'peak RSS MiB': rssBest, 'RSS before MiB': rss0 },
    { case: 'full engine, NB-IoT (CE levels, Erlang B)', seconds: full.seconds, 'µs/meter': (full.seconds * 1e6) / meters, 'peak RSS MiB': peakRssMiB(), 'RSS before MiB': rss0 },
    { case: 'full engine, LoRaWAN (SF, ALOHA + capture, 3 gateways)', seconds: lora.seconds, 'µs/meter': (lora.seconds * 1e6) / meters, 'peak RSS MiB': peakRssMiB(), 'RSS before MiB': rss0 },
  ]);
  console.log(`mean daily read success: NB-IoT ${(100 * full.result.summary.meanDailyReadSuccess).toFixed(3)} %, LoRaWAN ${(100 * lora.result.summary.meanDailyReadSuccess).toFixed(3)} %`);
}

// ---- 2. 2000 × 2000 raster, ITM over terrain ----------------------------------
if (PART === 'raster') {
  gc?.();
  const side = Math.round(2000 * Math.sqrt(SCALE)), cellM = 25, halfM = (side * cellM) / 2;
  const proj = createLocalProjection(LON0, LAT0);
  // Synthetic DEM: 0.0005° grid (~50 m) over the square plus 10 km, rolling hills and ridges up to ~600 m.
  const marginM = halfM + 10_000;
  const [w, s] = proj.toLonLat(-marginM, -marginM), [e, n] = proj.toLonLat(marginM, marginM);
  const d = 0.0005, cols = Math.ceil((e - w) / d) + 1, rows = Math.ceil((n - s) / d) + 1;
  const heights = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const x = c * d * 90_000, y = r * d * 111_000;
    heights[r * cols + c] = 200 + 150 * Math.sin(x / 4100) * Math.cos(y / 3300) + 120 * Math.sin((x + 2 * y) / 1700) + 60 * Math.cos(x / 610 - y / 830);
  }
  const dem = new GridDemTile('synthetic', cols, rows, heights, { kind: 'latlon', west: w, north: n, dLonDeg: d, dLatDeg: d });
  const tTerrain = await timeOnce(() => localTerrainFromSampler(dem, proj, { minXM: -marginM, minYM: -marginM, maxXM: marginM, maxYM: marginM }, 50));
  const scenario = syntheticScenario(1, halfM, ['rural', 'rural']);
  const siteList = hexSites(halfM + 5000, 5000, 10_000);
  const opts = { profileId: 'star-nb-iot', siteList, terrain: tTerrain.result, maxRangeM: 15_000 };
  const win = Math.min(200, side);
  const windowGrid = { kind: 'local' as const, westM: -halfM, northM: halfM, cellM, width: win, height: win };
  const exact = await timeOnce(() => computeStarRaster(scenario, { ...opts, grid: windowGrid }));
  const perCellUs = (exact.seconds * 1e6) / (win * win);
  const grid = { kind: 'local' as const, westM: -halfM, northM: halfM, cellM, width: side, height: side };
  gc?.();
  const refined = await timeOnce(() => computeStarRaster(scenario, { ...opts, grid, refine: { step: 8, toleranceDb: 3 } }));
  const st = refined.result.stats;
  printTable(`Coverage raster ${side} × ${side} (${cellM} m, ${(side * cellM / 1000).toFixed(0)} km square), NB-IoT, ITM p2p over terrain, ${siteList.length} sites (ISD 5 km), range cap 15 km`, [
    { case: 'terrain resample (50 m local grid)', seconds: tTerrain.seconds, cells: tTerrain.result.width * tTerrain.result.height, 'ITM links': 0, 'µs/cell': (tTerrain.seconds * 1e6) / (tTerrain.result.width * tTerrain.result.height), 'peak RSS MiB': peakRssMiB() },
    { case: `exact, ${win} × ${win} window`, seconds: exact.seconds, cells: win * win, 'ITM links': exact.result.stats.terrainLinks, 'µs/cell': perCellUs, 'peak RSS MiB': peakRssMiB() },
    { case: `exact, extrapolated to ${side} × ${side}`, seconds: (perCellUs * side * side) / 1e6, cells: side * side, 'ITM links': Math.round((exact.result.stats.terrainLinks / (win * win)) * side * side), 'µs/cell': perCellUs, 'peak RSS MiB': NaN },
    { case: 'coarse-to-fine (step 8, 3 dB)', seconds: refined.seconds, cells: st.cells, 'ITM links': st.terrainLinks, 'µs/cell': (refined.seconds * 1e6) / st.cells, 'peak RSS MiB': peakRssMiB() },
  ]);
  console.log(`coarse-to-fine: ${st.exactCells.toLocaleString('en')} cells exact (${(100 * st.exactCells / st.cells).toFixed(1)} %), ${st.interpolatedCells.toLocaleString('en')} interpolated; covered ${(100 * st.coveredFraction).toFixed(1)} %`);
  let worst = 0, sum = 0, cnt = 0;
  for (let r = 0; r < win; r++) for (let c = 0; c < win; c++) {
    const a = exact.result.bestSignalDbm[r * win + c], b = refined.result.bestSignalDbm[r * side + c];
    if (Number.isFinite(a) && Number.isFinite(b)) { worst = Math.max(worst, Math.abs(a - b)); sum += Math.abs(a - b); cnt++; }
  }
  console.log(`coarse-to-fine vs exact on the window: mean |Δ| ${(sum / Math.max(1, cnt)).toFixed(2)} dB, max |Δ| ${worst.toFixed(2)} dB`);
}
