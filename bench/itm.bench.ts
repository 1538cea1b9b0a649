/**
 * ITM (NTIA Irregular Terrain Model v1.2.2 port) speed: µs per call of
 * point-to-point mode over a 101-point and a 3,680-point profile, and of
 * area mode, with the ratio to the NTIA C++ reference library's figures
 * (3.3 µs, 44 µs, 1.8 µs; goal: within 1.5×). Profiles come from
 * ../shared/data/propagation/itm/pfls.csv when present (its 3,680-point
 * profile, and its first 101 points), otherwise from a synthetic terrain.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { itmAreaTls, itmP2PTls } from '../workers/engines/propagation/itm';
import type { ItmAreaTlsInput, ItmP2PTlsInput } from '../workers/engines/propagation/itm';
import { microsPerCall, printTable } from './lib';

const PFLS = fileURLToPath(new URL('../../shared/data/propagation/itm/pfls.csv', import.meta.url));

/** Deterministic rolling terrain, n intervals of `spacingM`. */
function syntheticProfile(n: number, spacingM: number): Float64Array {
  const p = new Float64Array(n + 3);
  p[0] = n;
  p[1] = spacingM;
  for (let i = 0; i <= n; i++) p[i + 2] = 300 + 80 * Math.sin(i / 37) + 30 * Math.sin(i / 7.3) + 10 * Math.cos(i / 2.1);
  return p;
}

function profiles(): { long: Float64Array; short: Float64Array; source: string } {
  if (existsSync(PFLS)) {
    const rows = readFileSync(PFLS, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '')
      .map((l) => Float64Array.from(l.split(',').map(Number)));
    const long = rows.reduce((a, b) => (b[0] > a[0] ? b : a));
    if (long[0] + 1 === 3680) {
      const short = long.slice(0, 103);
      short[0] = 100;
      return { long, short, source: 'pfls.csv (NTIA reference profile)' };
    }
  }
  return { long: syntheticProfile(3679, 100), short: syntheticProfile(100, 100), source: 'synthetic terrain' };
}

const { long, short, source } = profiles();
const radio = {
  txHeightM: 10, rxHeightM: 1, climate: 5, refractivityNUnits: 301, freqMHz: 230, polarization: 1,
  permittivityRel: 15, conductivitySPerM: 0.008, mdvar: 12, timePct: 50, locationPct: 17, situationPct: 23,
};
const p2pShort: ItmP2PTlsInput = { ...radio, profile: short };
const p2pLong: ItmP2PTlsInput = { ...radio, profile: long };
const area: ItmAreaTlsInput = {
  ...radio, polarization: 0, mdvar: 0, timePct: 87, locationPct: 50, situationPct: 50,
  distanceKm: 16, deltaHM: 0, txSiting: 0, rxSiting: 0,
};

for (const input of [p2pShort, p2pLong]) {
  const r = itmP2PTls(input);
  if (!r.ok) throw new Error(`ITM p2p benchmark input rejected: ${r.errorCode} ${r.message}`);
}
if (!itmAreaTls(area).ok) throw new Error('ITM area benchmark input rejected');

const rows = [
  { name: `p2p, ${short[0] + 1}-point profile`, us: microsPerCall(() => itmP2PTls(p2pShort), { batch: 2000 }), refUs: 3.3 },
  { name: `p2p, ${long[0] + 1}-point profile`, us: microsPerCall(() => itmP2PTls(p2pLong), { batch: 200 }), refUs: 44 },
  { name: 'area mode', us: microsPerCall(() => itmAreaTls(area), { batch: 2000 }), refUs: 1.8 },
];
printTable(`ITM v1.2.2 (profiles: ${source}); goal ratio ≤ 1.5`, rows.map((r) => ({
  case: r.name, 'µs/call': r.us, 'C++ ref µs': r.refUs, ratio: r.us / r.refUs,
})));
