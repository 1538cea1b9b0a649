/**
 * Coordinate reference systems for importers: proj4 definitions of the EPSG
 * codes common in Japanese data (JGD2000/JGD2011 geographic, the 19 plane
 * rectangular zones, UTM 51–56N) and a resolver for 'EPSG:n', WKT (.prj)
 * and proj strings that returns a converter to WGS 84, or an error message.
 *
 * Axis order: x is easting (or longitude) and y northing (or latitude),
 * whatever the EPSG axis order says (the surveyors' X/Y of the plane
 * rectangular systems is swapped).
 */
import proj4 from 'proj4';

/** Origins (lat, lon) of the Japanese plane rectangular coordinate systems I–XIX. */
const JPRCS_ORIGINS: [number, number][] = [
  [33, 129.5], [33, 131], [36, 132 + 10 / 60], [33, 133.5], [36, 134 + 20 / 60], [36, 136], [36, 137 + 10 / 60], [36, 138.5], [36, 139 + 50 / 60],
  [40, 140 + 50 / 60], [44, 140.25], [44, 142.25], [44, 144.25], [26, 142], [26, 127.5], [26, 124], [26, 131], [20, 136], [26, 154],
];

const GEOGRAPHIC_GRS80 = '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs';

function registerJapaneseCodes(): void {
  const defs: [string, string][] = [['EPSG:4612', GEOGRAPHIC_GRS80], ['EPSG:6668', GEOGRAPHIC_GRS80], ['EPSG:6667', GEOGRAPHIC_GRS80]];
  JPRCS_ORIGINS.forEach(([lat, lon], i) => {
    const tm = `+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=0.9999 +x_0=0 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
    defs.push([`EPSG:${2443 + i}`, tm], [`EPSG:${6669 + i}`, tm]);
  });
  for (let zone = 51; zone <= 56; zone++) defs.push([`EPSG:${32600 + zone}`, `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`]);
  for (let zone = 51; zone <= 55; zone++) {
    const utm = `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
    defs.push([`EPSG:${3046 + zone}`, utm], [`EPSG:${6637 + zone}`, utm]);
  }
  for (const [code, def] of defs) proj4.defs(code, def);
}
registerJapaneseCodes();

/** A converter from a source CRS to WGS 84 lon/lat. */
export interface CrsConverter {
  /** Normalised name, e.g. 'EPSG:6677', or 'WKT: JGD2011'. */
  name: string;
  /** True for geographic (degree) coordinates. */
  geographic: boolean;
  /** Source x/y to [lon, lat]; returns NaNs when the point cannot be converted. */
  toWgs84(x: number, y: number): [number, number];
  /** [lon, lat] to source x/y (NaNs when it cannot be converted). */
  fromWgs84(lon: number, lat: number): [number, number];
}

const WGS84_NAMES = new Set(['EPSG:4326', 'WGS84', 'CRS:84', 'OGC:CRS84', 'URN:OGC:DEF:CRS:OGC:1.3:CRS84', 'URN:OGC:DEF:CRS:EPSG::4326']);

/** The identity converter for WGS 84. */
export const WGS84: CrsConverter = { name: 'EPSG:4326', geographic: true, toWgs84: (x, y) => [x, y], fromWgs84: (lon, lat) => [lon, lat] };

/**
 * Resolve a CRS given as 'EPSG:n' (also 'urn:ogc:def:crs:EPSG::n'), a WKT
 * string (e.g. a .prj file) or a proj string. Returns a converter or a
 * message saying why it is not supported.
 */
export function resolveCrs(text: string): { ok: true; crs: CrsConverter } | { ok: false; message: string } {
  const t = text.trim();
  const upper = t.toUpperCase();
  if (WGS84_NAMES.has(upper)) return { ok: true, crs: WGS84 };
  const urn = /^URN:OGC:DEF:CRS:EPSG:[0-9.]*:(\d+)$/.exec(upper);
  const code = urn ? `EPSG:${urn[1]}` : /^EPSG:\d+$/.test(upper) ? upper : undefined;
  if (code === 'EPSG:4326') return { ok: true, crs: WGS84 };
  let def: string;
  let name: string;
  if (code) {
    if (!proj4.defs(code)) return { ok: false, message: `the CRS ${code} is not known; supported: WGS 84, JGD2000/JGD2011 (EPSG:4612, 6668, plane rectangular 2443–2461 and 6669–6687, UTM 3097–3101 and 6688–6692), WGS 84 UTM 32651–32656, EPSG:3857` };
    def = code;
    name = code;
  } else {
    def = t;
    const wktName = /^[A-Z_]+\[\s*"([^"]*)"/i.exec(t);
    name = wktName ? `WKT: ${wktName[1]}` : t.startsWith('+') ? t : 'custom CRS';
  }
  try {
    const conv = proj4(def, 'EPSG:4326');
    const geographic = (proj4 as unknown as { Proj(d: string): { projName?: string } }).Proj(def).projName === 'longlat';
    return {
      ok: true,
      crs: {
        name, geographic,
        toWgs84(x, y) {
          try {
            const r = conv.forward([x, y]) as number[];
            return [r[0], r[1]];
          } catch {
            return [NaN, NaN];
          }
        },
        fromWgs84(lon, lat) {
          try {
            const r = conv.inverse([lon, lat]) as number[];
            return [r[0], r[1]];
          } catch {
            return [NaN, NaN];
          }
        },
      },
    };
  } catch (e) {
    return { ok: false, message: `cannot use the CRS ${name.length > 80 ? name.slice(0, 80) + '…' : name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
