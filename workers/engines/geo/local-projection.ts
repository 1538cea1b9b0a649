/**
 * Local metric coordinates around a project centre: a Transverse Mercator
 * projection on the GRS80 ellipsoid (JGD2011 / WGS 84 agree to well under a
 * millimetre here), central meridian and false origin at the centre, scale 1.
 *
 * Equations: Krüger's series to fourth order in the third flattening n, as in
 * Karney (2011) "Transverse Mercator with an accuracy of a few nanometers",
 * J. Geodesy 85:475–485, eqs. (7)–(11) and (35)–(36) truncated at n⁴ — the
 * form used for UTM. Truncation error is below 1 mm within ±4° of the central
 * meridian, far beyond a project's extent. x is east, y is north, in metres.
 */

const A_GRS80 = 6378137;
const F_GRS80 = 1 / 298.257222101;

const n = F_GRS80 / (2 - F_GRS80);
const n2 = n * n, n3 = n2 * n, n4 = n3 * n;
/** Rectifying radius A. */
const RECT_A = (A_GRS80 / (1 + n)) * (1 + n2 / 4 + n4 / 64);
const ALPHA = [n / 2 - (2 * n2) / 3 + (5 * n3) / 16 + (41 * n4) / 180, (13 * n2) / 48 - (3 * n3) / 5 + (557 * n4) / 1440, (61 * n3) / 240 - (103 * n4) / 140, (49561 * n4) / 161280];
const BETA = [n / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360, n2 / 48 + n3 / 15 - (437 * n4) / 1440, (17 * n3) / 480 - (37 * n4) / 840, (4397 * n4) / 161280];
const DELTA = [2 * n - (2 * n2) / 3 - 2 * n3 + (116 * n4) / 45, (7 * n2) / 3 - (8 * n3) / 5 - (227 * n4) / 45, (56 * n3) / 15 - (136 * n4) / 35, (4279 * n4) / 630];
const E_FACTOR = (2 * Math.sqrt(n)) / (1 + n);
const DEG = Math.PI / 180;

/** A projection between WGS 84 degrees and local metres around an origin. */
export interface LocalProjection {
  readonly lon0Deg: number;
  readonly lat0Deg: number;
  /** Project lon/lat degrees to [xM, yM]. */
  toLocal(lonDeg: number, latDeg: number): [number, number];
  /** Inverse of {@link toLocal}. */
  toLonLat(xM: number, yM: number): [number, number];
  /** Project many points into preallocated arrays (no per-point allocation). */
  toLocalArrays(lonDeg: ArrayLike<number>, latDeg: ArrayLike<number>, xM: Float64Array, yM: Float64Array): void;
}

function forward(lonDeg: number, latDeg: number, lon0Deg: number): [number, number] {
  const phi = latDeg * DEG;
  const dl = (lonDeg - lon0Deg) * DEG;
  const s = Math.sin(phi);
  const t = Math.sinh(Math.atanh(s) - E_FACTOR * Math.atanh(E_FACTOR * s));
  const xi = Math.atan2(t, Math.cos(dl));
  const eta = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let e = eta, nn = xi;
  for (let j = 1; j <= 4; j++) {
    e += ALPHA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    nn += ALPHA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
  }
  return [RECT_A * e, RECT_A * nn];
}

function inverse(eM: number, nM: number, lon0Deg: number): [number, number] {
  const xi = nM / RECT_A, eta = eM / RECT_A;
  let xp = xi, ep = eta;
  for (let j = 1; j <= 4; j++) {
    xp -= BETA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    ep -= BETA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xp) / Math.cosh(ep));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += DELTA[j - 1] * Math.sin(2 * j * chi);
  const lon = lon0Deg + Math.atan2(Math.sinh(ep), Math.cos(xp)) / DEG;
  return [lon, phi / DEG];
}

/** Create the local projection centred on (lon0, lat0). */
export function createLocalProjection(lon0Deg: number, lat0Deg: number): LocalProjection {
  if (!Number.isFinite(lon0Deg) || !Number.isFinite(lat0Deg) || Math.abs(lat0Deg) > 89) throw new RangeError(`invalid projection origin ${lon0Deg}, ${lat0Deg}`);
  const northing0 = forward(lon0Deg, lat0Deg, lon0Deg)[1];
  return {
    lon0Deg,
    lat0Deg,
    toLocal(lon, lat) {
      const [x, y] = forward(lon, lat, lon0Deg);
      return [x, y - northing0];
    },
    toLonLat(x, y) {
      return inverse(x, y + northing0, lon0Deg);
    },
    toLocalArrays(lon, lat, xM, yM) {
      for (let i = 0; i < lon.length; i++) {
        const [x, y] = forward(lon[i], lat[i], lon0Deg);
        xM[i] = x;
        yM[i] = y - northing0;
      }
    },
  };
}
