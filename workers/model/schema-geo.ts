/**
 * Zod schemas for geographic primitives. Coordinates are WGS 84 longitude and
 * latitude in degrees (GeoJSON order); every number must be finite.
 */
import { z } from 'zod';
import { NON_FINITE_MARK } from './json-text';

/** A finite number (rejects NaN and ±Infinity with a clear message). */
export const finite = () => z.number({ error: (i) => (i.input === undefined ? 'required' : `expected a finite number, got ${describe(i.input)}`) })
  .refine(Number.isFinite, { message: 'expected a finite number' });

export const lonDeg = () => finite().refine((v) => v >= -180 && v <= 180, { message: 'longitude must be within −180…180°' });
export const latDeg = () => finite().refine((v) => v >= -90 && v <= 90, { message: 'latitude must be within −90…90°' });

/** [lon, lat] position. */
export const lonLat = z.tuple([lonDeg(), latDeg()]);
/** A line string of at least two positions. */
export const lineLonLat = z.array(lonLat).min(2, 'a line needs at least 2 positions');
/** A closed linear ring (first = last), at least 4 positions. */
export const ringLonLat = z.array(lonLat).min(4, 'a polygon ring needs at least 4 positions').refine(
  (r) => r.length === 0 || (r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]),
  { message: 'a polygon ring must be closed (first position equals last)' },
);
/** GeoJSON Polygon coordinates: an outer ring then optional holes. */
export const polygonLonLat = z.array(ringLonLat).min(1, 'a polygon needs an outer ring');

/** Stable identifier: non-empty, no control characters. */
export const id = () => z.string().min(1, 'must not be empty').max(200).refine((s) => !hasControlChar(s), { message: 'must not contain control characters' });

function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (typeof v === 'string' && v.startsWith(NON_FINITE_MARK)) return v.slice(NON_FINITE_MARK.length);
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v)}`;
  return typeof v;
}

function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}
