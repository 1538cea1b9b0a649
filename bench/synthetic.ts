/**
 * Synthetic projects for benchmarks: n meters on a jittered grid (~25 m
 * spacing) around Tokyo, with a few areas and collectors. Deterministic.
 */
import { createPrng } from '../workers/engines/geo/prng';
import { createEmptyProject, type Project } from '../workers/model';

export function syntheticProject(n: number, seed = 1): Project {
  const rng = createPrng(seed);
  const side = Math.ceil(Math.sqrt(n));
  const dLon = 25 / 90_000, dLat = 25 / 111_000;
  const lon0 = 139.69 - (side * dLon) / 2, lat0 = 35.69 - (side * dLat) / 2;
  const meters = new Array(n);
  for (let i = 0; i < n; i++) {
    meters[i] = { id: `M${i}`, lon: lon0 + ((i % side) + rng.uniform(-0.3, 0.3)) * dLon, lat: lat0 + (Math.floor(i / side) + rng.uniform(-0.3, 0.3)) * dLat };
  }
  const half = (side * dLon) / 2, halfLat = (side * dLat) / 2;
  const rect = (x0: number, y0: number, x1: number, y1: number): [number, number][][] => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
  const p = createEmptyProject(`synthetic ${n}`);
  return {
    ...p,
    meters,
    areas: [
      { id: 'west', name: 'west', class: 'dense-residential', polygon: rect(139.69 - half, 35.69 - halfLat, 139.69, 35.69 + halfLat), medium: 'auto' },
      { id: 'east', name: 'east', class: 'suburban', polygon: rect(139.69, 35.69 - halfLat, 139.69 + half, 35.69 + halfLat), medium: 'auto' },
    ],
    collectors: Array.from({ length: Math.max(1, Math.round(n / 500)) }, (_, k) => ({ id: `C${k}`, lon: meters[(k * 499) % n].lon, lat: meters[(k * 499) % n].lat, heightM: 10, medium: 'mesh' as const, profileId: 'mesh-wisun-jp' })),
  };
}
