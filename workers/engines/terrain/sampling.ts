/**
 * Bilinear sampling of a height grid with void handling. A void (the
 * `noData` marker such as SRTM's −32768, or NaN) is never used as a height:
 * - all four neighbours valid: plain bilinear interpolation;
 * - some void: the bilinear weights of the valid neighbours, renormalised
 *   (flag `filled`);
 * - all four void: inverse-distance average of valid samples within a search
 *   radius of `fillRadius` cells (flag `filled`);
 * - nothing valid, or the point is off the grid: NaN (flag `void`).
 */

/** Height at a point and how it was obtained. */
export interface SampleResult {
  /** Height, m; NaN when no valid data is near. */
  heightM: number;
  /** True when one or more voids were bridged from valid neighbours. */
  filled: boolean;
  /** True when no height could be given (NaN returned). */
  void: boolean;
}

const VOID: SampleResult = Object.freeze({ heightM: NaN, filled: false, void: true });

function isVoid(v: number, noData: number): boolean {
  return v === noData || v !== v;
}

/**
 * Bilinear sample at fractional grid coordinates (col, row) of a row-major
 * `width` × `height` grid. Points within 1e−9 cells outside the grid are
 * clamped onto it (tile edges); farther points are void.
 */
export function bilinearSample(
  grid: ArrayLike<number>, width: number, height: number, col: number, row: number, noData: number, fillRadius = 3,
): SampleResult {
  const eps = 1e-9;
  if (!(col >= -eps && row >= -eps && col <= width - 1 + eps && row <= height - 1 + eps)) return VOID;
  let c0 = Math.floor(col);
  let r0 = Math.floor(row);
  if (c0 >= width - 1) c0 = width - 2;
  if (r0 >= height - 1) r0 = height - 2;
  if (c0 < 0) c0 = 0;
  if (r0 < 0) r0 = 0;
  const fx = Math.min(1, Math.max(0, col - c0));
  const fy = Math.min(1, Math.max(0, row - r0));
  const i = r0 * width + c0;
  const v00 = grid[i];
  const v10 = grid[i + 1];
  const v01 = grid[i + width];
  const v11 = grid[i + width + 1];
  const w00 = (1 - fx) * (1 - fy);
  const w10 = fx * (1 - fy);
  const w01 = (1 - fx) * fy;
  const w11 = fx * fy;
  if (!isVoid(v00, noData) && !isVoid(v10, noData) && !isVoid(v01, noData) && !isVoid(v11, noData)) {
    return { heightM: v00 * w00 + v10 * w10 + v01 * w01 + v11 * w11, filled: false, void: false };
  }
  let sum = 0;
  let wsum = 0;
  if (!isVoid(v00, noData)) { sum += v00 * w00; wsum += w00; }
  if (!isVoid(v10, noData)) { sum += v10 * w10; wsum += w10; }
  if (!isVoid(v01, noData)) { sum += v01 * w01; wsum += w01; }
  if (!isVoid(v11, noData)) { sum += v11 * w11; wsum += w11; }
  if (wsum > 1e-12) return { heightM: sum / wsum, filled: true, void: false };
  return fillFromRing(grid, width, height, col, row, noData, fillRadius);
}

function fillFromRing(grid: ArrayLike<number>, width: number, height: number, col: number, row: number, noData: number, radius: number): SampleResult {
  let sum = 0;
  let wsum = 0;
  const cMin = Math.max(0, Math.floor(col) - radius);
  const cMax = Math.min(width - 1, Math.ceil(col) + radius);
  const rMin = Math.max(0, Math.floor(row) - radius);
  const rMax = Math.min(height - 1, Math.ceil(row) + radius);
  for (let r = rMin; r <= rMax; r++) {
    for (let c = cMin; c <= cMax; c++) {
      const v = grid[r * width + c];
      if (isVoid(v, noData)) continue;
      const d2 = (c - col) * (c - col) + (r - row) * (r - row);
      if (d2 > (radius + 0.5) * (radius + 0.5)) continue;
      const w = 1 / Math.max(d2, 1e-12);
      sum += v * w;
      wsum += w;
    }
  }
  return wsum > 0 ? { heightM: sum / wsum, filled: true, void: false } : VOID;
}
