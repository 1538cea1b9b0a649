/**
 * Least-recently-used cache of DEM tiles bounded by their byte size, and a
 * mosaic sampler that resolves points to tiles through it. An SRTM1 tile is
 * 26 MB as Int16, so a 256 MB budget keeps about ten.
 */
import type { DemTile, HeightSampler } from './dem-tile';

/** LRU cache of tiles by key, evicting least recently used tiles once `maxBytes` is exceeded. */
export class DemTileCache {
  private readonly map = new Map<string, DemTile>();
  private used = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be > 0, got ${maxBytes}`);
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.map.size;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** The tile, marked most recently used; undefined when absent. */
  get(key: string): DemTile | undefined {
    const t = this.map.get(key);
    if (t) {
      this.map.delete(key);
      this.map.set(key, t);
    }
    return t;
  }

  /** Insert or replace a tile, then evict down to the budget (a single oversized tile is kept alone). */
  set(key: string, tile: DemTile): void {
    const old = this.map.get(key);
    if (old) {
      this.used -= old.byteSize;
      this.map.delete(key);
    }
    this.map.set(key, tile);
    this.used += tile.byteSize;
    for (const [k, t] of this.map) {
      if (this.used <= this.maxBytes || k === key) break;
      this.map.delete(k);
      this.used -= t.byteSize;
    }
  }

  delete(key: string): boolean {
    const t = this.map.get(key);
    if (!t) return false;
    this.map.delete(key);
    this.used -= t.byteSize;
    return true;
  }

  /** The cached tile, or the loader's (cached) result; a loader returning null marks "no tile". */
  getOrLoad(key: string, load: (key: string) => DemTile | null): DemTile | null {
    const hit = this.get(key);
    if (hit) return hit;
    const tile = load(key);
    if (tile) this.set(key, tile);
    return tile;
  }
}

/**
 * Samples heights across many tiles: `keyOf` names the tile holding a point
 * (e.g. srtmTileName) and `load` produces it (null where there is no data,
 * which samples as NaN).
 */
export class DemMosaic implements HeightSampler {
  private lastKey = '';
  private lastTile: DemTile | null = null;

  constructor(
    private readonly cache: DemTileCache,
    private readonly keyOf: (lonDeg: number, latDeg: number) => string,
    private readonly load: (key: string) => DemTile | null,
  ) {}

  sample(lonDeg: number, latDeg: number): number {
    const key = this.keyOf(lonDeg, latDeg);
    if (key !== this.lastKey || (this.lastTile && !this.cache.has(key))) {
      this.lastTile = this.cache.getOrLoad(key, this.load);
      this.lastKey = key;
    }
    return this.lastTile ? this.lastTile.sample(lonDeg, latDeg) : NaN;
  }
}
