/**
 * Path parameters from a terrain profile [Algorithm §3 "Preparatory
 * subprograms": hzns, zlsq1, dlthx, qlrpfl]. A profile is in NTIA PFL form
 * [n, xi, z_0 … z_n]: n intervals of xi metres, n + 1 elevations in metres.
 * These loops are the only O(n) work of a point-to-point call; they read the
 * array in place and allocate nothing.
 */
import type { ItmPath } from './path-state';

/** A terrain profile in PFL form. */
export type Pfl = ArrayLike<number>;

/** Least-squares fit result: fitted heights at x = 0 and x = n·xi. */
let fitY1 = 0;
let fitY2 = 0;

/**
 * Horizon angles and distances of both terminals (hzns) [TN101 Eqn 6.15]:
 * start from the line-of-sight geometry, then take the point of largest
 * elevation angle seen from each end, with the earth's bulge d²/(2a_e).
 */
export function findHorizons(pfl: Pfl, np: number, xi: number, aE: number, path: ItmPath): void {
  const d = np * xi;
  const zTx = pfl[2] + path.hTxM;
  const zRx = pfl[np + 2] + path.hRxM;
  const inv2a = 1 / (2 * aE);
  let thTx = (zRx - zTx) / d - d * inv2a;
  let thRx = -(zRx - zTx) / d - d * inv2a;
  let dTxBest = d;
  let dRxBest = d;
  let dTx = 0;
  let dRx = d;
  for (let i = 1; i < np; i++) {
    dTx += xi;
    dRx -= xi;
    const z = pfl[i + 2];
    const t1 = (z - zTx) / dTx - dTx * inv2a;
    const t2 = (z - zRx) / dRx - dRx * inv2a;
    if (t1 > thTx) { thTx = t1; dTxBest = dTx; }
    if (t2 > thRx) { thRx = t2; dRxBest = dRx; }
  }
  path.thetaHznTx = thTx;
  path.thetaHznRx = thRx;
  path.dHznTxM = dTxBest;
  path.dHznRxM = dRxBest;
}

const fdim = (x: number, y: number): number => (x > y ? x - y : 0);

/**
 * Least-squares straight line through the elevations between dStart and
 * dEnd (zlsq1) [Algorithm §3]. Elevations are read at `z[off + i]`,
 * i = 0…np, spaced xi. Results in the module variables fitY1 (at x = 0) and
 * fitY2 (at x = np·xi).
 */
function linearLeastSquaresFit(z: ArrayLike<number>, off: number, np: number, xi: number, dStart: number, dEnd: number): void {
  let iStart = Math.trunc(fdim(dStart / xi, 0));
  let iEnd = np - Math.trunc(fdim(np, dEnd / xi));
  if (iEnd <= iStart) {
    iStart = Math.trunc(fdim(iStart, 1));
    iEnd = np - Math.trunc(fdim(np, iEnd + 1));
  }
  const xLen = iEnd - iStart;
  let mid = -0.5 * xLen;
  const midEnd = iEnd + mid;
  let sumY = 0.5 * (z[off + iStart] + z[off + iEnd]);
  let sumXY = 0.5 * (z[off + iStart] - z[off + iEnd]) * mid;
  for (let i = 2; i <= xLen; i++) {
    iStart++;
    mid++;
    const v = z[off + iStart];
    sumY += v;
    sumXY += v * mid;
  }
  sumY /= xLen;
  sumXY = (sumXY * 12) / ((xLen * xLen + 2) * xLen);
  fitY1 = sumY - sumXY * midEnd;
  fitY2 = sumY + sumXY * (np - midEnd);
}

// At most 10·25 − 5 = 245 resampled points.
const resampled = new Float64Array(245);
const diffs = new Float64Array(245);

/** Value of rank k (0-based) in descending order among a[0…n−1]; reorders a. */
function selectDescending(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i]; a[i] = a[j]; a[j] = t;
        i++; j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * Terrain irregularity parameter Δh (dlthx) [Algorithm §3; ERL 79-ITS 67,
 * Eqn 3]: resample the profile between dStart and dEnd at 10·p10 − 5 points,
 * remove the least-squares line, take the interdecile range Δh(d) of the
 * residuals, and invert Δh(d) = Δh·(1 − 0.8·exp(−d/50 km)).
 */
export function computeDeltaH(pfl: Pfl, np: number, xi: number, dStart: number, dEnd: number): number {
  let xStart = dStart / xi;
  const xEndIdx = dEnd / xi;
  if (xEndIdx - xStart < 2) return 0;
  let p10 = Math.trunc(0.1 * (xEndIdx - xStart + 8));
  p10 = Math.min(Math.max(4, p10), 25);
  const n = 10 * p10 - 5;
  const p90 = n - p10;
  const npS = n - 1;
  const step = (xEndIdx - xStart) / npS;
  let i = Math.trunc(xStart);
  xStart -= i + 1;
  for (let j = 0; j < n; j++) {
    while (xStart > 0 && i + 1 < np) {
      xStart--;
      i++;
    }
    const z1 = pfl[i + 3];
    resampled[j] = z1 + (z1 - pfl[i + 2]) * xStart;
    xStart += step;
  }
  linearLeastSquaresFit(resampled, 0, npS, 1, 0, npS);
  let y = fitY1;
  const slope = (fitY2 - fitY1) / npS;
  for (let j = 0; j < n; j++) {
    diffs[j] = resampled[j] - y;
    y += slope;
  }
  const q10 = selectDescending(diffs, n, p10 - 1);
  const q90 = selectDescending(diffs, n, p90);
  return (q10 - q90) / (1 - 0.8 * Math.exp(-(dEnd - dStart) / 50e3));
}

/**
 * Point-to-point path preparation (qlrpfl) [Algorithm §3]: horizons, Δh over
 * the profile less 15 tower heights (or a tenth of the horizon distance) at
 * each end [Hufford 1982, p 25], and effective heights above the fitted
 * terrain line. When the horizons lie far beyond the path (d_L1 + d_L2 >
 * 1.5·d) the path is line of sight and horizons are re-estimated as in area
 * mode [Algorithm, Eqns 3.3–3.4].
 */
export function quickPfl(pfl: Pfl, np: number, xi: number, path: ItmPath): void {
  const d = np * xi;
  const aE = 1 / path.gammaE;
  findHorizons(pfl, np, xi, aE, path);
  const hTx = path.hTxM;
  const hRx = path.hRxM;
  const dStart = Math.min(15 * hTx, 0.1 * path.dHznTxM);
  const dEnd = d - Math.min(15 * hRx, 0.1 * path.dHznRxM);
  const dh = computeDeltaH(pfl, np, xi, dStart, dEnd);
  path.deltaHM = dh;
  if (path.dHznTxM + path.dHznRxM > 1.5 * d) {
    linearLeastSquaresFit(pfl, 2, np, xi, dStart, dEnd);
    let he0 = hTx + fdim(pfl[2], fitY1);
    let he1 = hRx + fdim(pfl[np + 2], fitY2);
    let dh0 = Math.sqrt(2 * he0 * aE) * Math.exp(-0.07 * Math.sqrt(dh / Math.max(he0, 5)));
    let dh1 = Math.sqrt(2 * he1 * aE) * Math.exp(-0.07 * Math.sqrt(dh / Math.max(he1, 5)));
    const sum = dh0 + dh1;
    if (sum <= d) {
      const q = (d / sum) * (d / sum);
      he0 *= q;
      he1 *= q;
      dh0 = Math.sqrt(2 * he0 * aE) * Math.exp(-0.07 * Math.sqrt(dh / Math.max(he0, 5)));
      dh1 = Math.sqrt(2 * he1 * aE) * Math.exp(-0.07 * Math.sqrt(dh / Math.max(he1, 5)));
    }
    const q0 = Math.sqrt(2 * he0 * aE);
    const q1 = Math.sqrt(2 * he1 * aE);
    path.thetaHznTx = (0.65 * dh * (q0 / dh0 - 1) - 2 * he0) / q0;
    path.thetaHznRx = (0.65 * dh * (q1 / dh1 - 1) - 2 * he1) / q1;
    path.heTxM = he0;
    path.heRxM = he1;
    path.dHznTxM = dh0;
    path.dHznRxM = dh1;
  } else {
    linearLeastSquaresFit(pfl, 2, np, xi, dStart, 0.9 * path.dHznTxM);
    path.heTxM = hTx + fdim(pfl[2], fitY1);
    linearLeastSquaresFit(pfl, 2, np, xi, d - 0.9 * path.dHznRxM, dEnd);
    path.heRxM = hRx + fdim(pfl[np + 2], fitY2);
  }
}

/**
 * Mean elevation of the profile ignoring the first and last 10 % of points:
 * the system height h_s used to scale N_0 to N_s [TN101, Eqn 4.3].
 */
export function meanPathElevationM(pfl: Pfl, np: number): number {
  const p10 = Math.trunc(0.1 * np);
  let s = 0;
  for (let i = p10; i <= np - p10; i++) s += pfl[i + 2];
  return s / (np - 2 * p10 + 1);
}
