/**
 * Import and generation benchmarks: a 1M-meter CSV (written to a temp dir),
 * a synthetic SRTM1 tile (3601² int16), and the demo generator at 1M meters
 * (generation, then the deterministic project write). Peak RSS is the
 * process's running maximum after each step, so steps run smallest first.
 * `METERS=200000 node --import tsx bench/import.bench.ts` scales it down.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoProject } from '../workers/engines/demo/generate';
import { importMetersCsv } from '../workers/engines/importers/meters-csv';
import { importHgt } from '../workers/engines/importers/terrain';
import { writeProjectFile } from '../workers/model';
import { peakRssMiB, printTable, timeOnce } from './lib';

const N = Number(process.env.METERS ?? 1_000_000);
const rows: Record<string, string | number>[] = [];
const record = (step: string, seconds: number, items: number, note = '') => rows.push({ step, seconds, 'items/s': Math.round(items / seconds), 'peak RSS MiB': Math.round(peakRssMiB()), note });

// 1. SRTM1 tile, 3601 × 3601 big-endian int16 with a few voids
const size = 3601;
const hgt = new Uint8Array(size * size * 2);
const view = new DataView(hgt.buffer);
for (let i = 0; i < size * size; i++) view.setInt16(2 * i, i % 997 === 0 ? -32768 : (i % size) % 2000, false);
const tile = await timeOnce(() => importHgt(hgt, 'N35E139.hgt'));
record('import .hgt 3601²', tile.seconds, size * size, `${tile.result.counts.voids} voids`);

// 2. CSV of N meters
const dir = mkdtempSync(join(tmpdir(), 'fanplan-bench-'));
try {
  const file = join(dir, 'meters.csv');
  const lines = ['id,lon,lat,height_m,floor,indoor,transformer_id'];
  for (let i = 0; i < N; i++) lines.push(`m${i},${(139 + (i % 1000) * 1e-4).toFixed(7)},${(35.5 + Math.floor(i / 1000) * 1e-4).toFixed(7)},1.5,${i % 12},indoor,t${i >> 4}`);
  writeFileSync(file, lines.join('\n') + '\n');
  lines.length = 0;
  const csv = await timeOnce(() => importMetersCsv(readFileSync(file, 'utf8'), { fileName: 'meters.csv' }));
  record(`import CSV ${N} meters`, csv.seconds, N, `${csv.result.entities.length} meters, ${csv.result.counts.errors} errors`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 3. Demo generator
const gen = await timeOnce(() => generateDemoProject({ seed: 1, meters: N }));
record(`generate demo ${N} meters`, gen.seconds, N, `${gen.result.buildings.length} buildings, ${gen.result.candidateSites.length} sites`);
const write = await timeOnce(() => writeProjectFile(gen.result));
record('writeProjectFile (gzip)', write.seconds, N, `${(write.result.length / 1048576).toFixed(1)} MiB`);

printTable(`Import and generation (node ${process.version})`, rows);
