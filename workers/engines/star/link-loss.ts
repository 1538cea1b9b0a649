/**
 * Path loss between a site and a receiver, from the propagation registry
 * (workers/engines/propagation: Hata family, P.1411, ITM…), chosen per area
 * class with `registry.forAreaClass`.
 *
 * Models without terrain depend only on (model, f, h_tx, h_rx, d), so they are
 * tabulated once per combination on a log-distance grid (POINTS_PER_DECADE
 * points per decade, from the minimum distance to the range cap) and
 * interpolated linearly in log d. Hata-type models are linear in log d, so the
 * table is exact for them; P.1411 and ITM area mode are smooth, and the
 * interpolation error is below 0.05 dB at 64 points per decade. Terrain
 * models (itm-p2p) are evaluated per link over a profile from the local
 * terrain grid. Model errors make the link unusable (NaN); model warnings
 * (validity ranges) are collected once per distinct message.
 */
import type { PropagationRegistry } from '../propagation/registry';
import type { LinkQuery } from '../propagation/link-query';
import type { ItmLinkParams } from '../propagation/itm-adapter';
import { localProfile, type LocalTerrain } from './local-terrain';

/** Table resolution, points per decade of distance. */
export const POINTS_PER_DECADE = 64;

/** A tabulated model with the warnings and errors its evaluation produced. */
interface CachedTable { table: Float64Array; warnings: string[]; errors: string[] }

/**
 * Tables are pure functions of (registry, model, f, distances, ITM
 * parameters, heights), so they are memoised across runs per registry — the
 * planner runs the star engine several times per area and profile, and again
 * per vendor proposal. Every distinct (site height, receiver height) pair has
 * its own table, so imported buildings give many; the memo is bounded: the
 * oldest tables are dropped past MAX_CACHED_TABLES (≈ 2 KB each, 128 MiB).
 */
const MAX_CACHED_TABLES = 65_536;
const sharedTables = new WeakMap<PropagationRegistry, Map<string, CachedTable>>();

function cacheFor(registry: PropagationRegistry): Map<string, CachedTable> {
  let m = sharedTables.get(registry);
  if (!m) sharedTables.set(registry, (m = new Map()));
  return m;
}

/** Evaluates path loss for one model choice. */
export class PathLossTables {
  private readonly tables = new Map<string, Float64Array>();
  private readonly logMin: number;
  private readonly points: number;
  readonly warnings = new Set<string>();
  /** Links evaluated over terrain (itm-p2p). */
  terrainLinks = 0;

  constructor(
    private readonly registry: PropagationRegistry,
    private readonly freqMHz: number,
    private readonly minDistanceM: number,
    maxDistanceM: number,
    private readonly terrain?: LocalTerrain,
    private readonly itm?: Partial<ItmLinkParams>,
    private readonly profileSpacingM = 100,
  ) {
    this.logMin = Math.log10(minDistanceM);
    this.points = Math.ceil((Math.log10(Math.max(maxDistanceM, minDistanceM * 1.01)) - this.logMin) * POINTS_PER_DECADE) + 2;
  }

  private readonly seen = new Set<string>();

  private note(model: string, warnings: string[]): void {
    for (const w of warnings) {
      const key = model + w;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.warnings.add(`${model}: ${w.replace(/ = \S+ \S+ is outside/, ' is outside')}`);
    }
  }

  /** The loss table of one (model, h_tx, h_rx). */
  table(model: string, txHeightM: number, rxHeightM: number): Float64Array {
    const key = `${model}|${txHeightM}|${rxHeightM}`;
    let t = this.tables.get(key);
    if (t) return t;
    const shared = cacheFor(this.registry);
    const sharedKey = `${key}|${this.freqMHz}|${this.minDistanceM}|${this.points}|${JSON.stringify(this.itm ?? null)}`;
    let c = shared.get(sharedKey);
    if (!c) {
      c = { table: new Float64Array(this.points), warnings: [], errors: [] };
      for (let i = 0; i < this.points; i++) {
        const distanceKm = 10 ** (this.logMin + i / POINTS_PER_DECADE) / 1000;
        const r = this.registry.evaluate(model, { freqMHz: this.freqMHz, distanceKm, txHeightM, rxHeightM, itm: this.itm });
        if (r.ok) { c.table[i] = r.lossDb; for (const w of r.warnings) if (!c.warnings.includes(w)) c.warnings.push(w); } else { c.table[i] = NaN; if (!c.errors.includes(r.error)) c.errors.push(r.error); }
      }
      if (shared.size >= MAX_CACHED_TABLES) shared.delete(shared.keys().next().value!);
      shared.set(sharedKey, c);
    }
    this.note(model, c.warnings);
    for (const e of c.errors) this.warnings.add(`${model}: ${e}`);
    t = c.table;
    this.tables.set(key, t);
    return t;
  }

  /** Interpolated loss from a table at distance d (clamped to the table's range). */
  lookup(t: Float64Array, distanceM: number): number {
    const u = (Math.log10(Math.max(distanceM, this.minDistanceM)) - this.logMin) * POINTS_PER_DECADE;
    const i = Math.min(Math.floor(u), t.length - 2);
    const f = Math.min(1, u - i);
    return t[i] + f * (t[i + 1] - t[i]);
  }

  /** Loss over terrain for a model that needs a profile, site at (x1, y1), receiver at (x2, y2). */
  overTerrain(model: string, x1: number, y1: number, txHeightM: number, x2: number, y2: number, rxHeightM: number): number {
    if (!this.terrain) return NaN;
    const raw = Math.hypot(x2 - x1, y2 - y1);
    const d = Math.max(raw, this.minDistanceM);
    if (raw < this.minDistanceM) {
      // Links shorter than the minimum distance are evaluated at it (same rule as the tables), along the same bearing.
      const ux = raw > 0 ? (x2 - x1) / raw : 1, uy = raw > 0 ? (y2 - y1) / raw : 0;
      x2 = x1 + ux * d;
      y2 = y1 + uy * d;
    }
    const pfl = localProfile(this.terrain, x1, y1, x2, y2, this.profileSpacingM);
    if (!pfl) return NaN;
    this.terrainLinks++;
    const q: LinkQuery = { freqMHz: this.freqMHz, distanceKm: d / 1000, txHeightM, rxHeightM, profile: pfl, itm: this.itm };
    const r = this.registry.evaluate(model, q);
    if (r.ok) { if (r.warnings.length) this.note(model, r.warnings); return r.lossDb; }
    this.warnings.add(`${model}: ${r.error}`);
    return NaN;
  }
}
