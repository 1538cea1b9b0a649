/**
 * Map figures as inline SVG, drawn from the project geometry in a local
 * metric projection (equirectangular around the figure centre: metres east
 * and north). No network, no map library: area outline, meters as dots
 * coloured by a per-meter value, collectors as squares, a scale bar.
 */
import { esc, n2 } from './escape';

/** A point layer: lon/lat per item and its fill colour. */
export interface MapPoints {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  colour: (i: number) => string;
}

/** What one map figure shows. */
export interface MapFigure {
  /** Polygons as rings of [lon, lat]. */
  polygons: readonly (readonly (readonly (readonly [number, number])[])[])[];
  meters: MapPoints;
  collectors: { lon: number; lat: number; colour: string; label?: string }[];
  widthPx: number;
  heightPx: number;
  /** Dot radius in px. */
  meterRadiusPx?: number;
  scaleLabel: (metres: number) => string;
  title?: string;
}

const M_PER_DEG_LAT = 111_320;

/** Nice round scale-bar length (1, 2, 5 × 10^k metres) of at most `maxM`. */
export function niceLengthM(maxM: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, maxM)));
  for (const f of [5, 2, 1]) if (f * p <= maxM) return f * p;
  return p;
}

/** Render a map figure as an SVG element string. */
export function mapSvg(f: MapFigure): string {
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  const ext = (lon: number, lat: number) => { if (lon < minLon) minLon = lon; if (lon > maxLon) maxLon = lon; if (lat < minLat) minLat = lat; if (lat > maxLat) maxLat = lat; };
  for (const poly of f.polygons) for (const ring of poly) for (const [x, y] of ring) ext(x, y);
  if (!Number.isFinite(minLon)) for (let i = 0; i < f.meters.lon.length; i++) ext(f.meters.lon[i], f.meters.lat[i]);
  if (!Number.isFinite(minLon)) { minLon = maxLon = 0; minLat = maxLat = 0; }
  const lat0 = (minLat + maxLat) / 2, lon0 = (minLon + maxLon) / 2;
  const kx = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  const wM = Math.max(1, (maxLon - minLon) * kx), hM = Math.max(1, (maxLat - minLat) * M_PER_DEG_LAT);
  const pad = 16, titleH = f.title ? 18 : 0;
  const s = Math.min((f.widthPx - 2 * pad) / wM, (f.heightPx - 2 * pad - titleH - 20) / hM);
  const cx = f.widthPx / 2, cy = titleH + (f.heightPx - titleH - 20) / 2;
  const px = (lon: number) => cx + (lon - lon0) * kx * s;
  const py = (lat: number) => cy - (lat - lat0) * M_PER_DEG_LAT * s;
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="map" width="${f.widthPx}" height="${f.heightPx}" viewBox="0 0 ${f.widthPx} ${f.heightPx}">`,
    `<rect width="100%" height="100%" fill="#f4f6f8"/>`];
  if (f.title) parts.push(`<text x="${pad}" y="14" font-size="12" font-weight="bold">${esc(f.title)}</text>`);
  for (const poly of f.polygons) {
    const d = poly.map((ring) => 'M' + ring.map(([x, y]) => `${n2(px(x))},${n2(py(y))}`).join('L') + 'Z').join('');
    parts.push(`<path d="${d}" fill="#e3ebf3" stroke="#34495e" stroke-width="1.2" fill-rule="evenodd"/>`);
  }
  const r = f.meterRadiusPx ?? 1.6;
  // Group dots by colour: one <g> per colour keeps the file small.
  const byColour = new Map<string, string[]>();
  for (let i = 0; i < f.meters.lon.length; i++) {
    const c = f.meters.colour(i);
    let list = byColour.get(c);
    if (!list) byColour.set(c, (list = []));
    list.push(`<circle cx="${n2(px(f.meters.lon[i]))}" cy="${n2(py(f.meters.lat[i]))}" r="${r}"/>`);
  }
  for (const [c, list] of byColour) parts.push(`<g fill="${esc(c)}">${list.join('')}</g>`);
  for (const c of f.collectors) {
    const x = px(c.lon), y = py(c.lat);
    parts.push(`<rect x="${n2(x - 4)}" y="${n2(y - 4)}" width="8" height="8" fill="${esc(c.colour)}" stroke="#000" stroke-width="1"><title>${esc(c.label ?? '')}</title></rect>`);
  }
  const barM = niceLengthM((f.widthPx * 0.3) / s), barPx = barM * s, by = f.heightPx - 10;
  parts.push(`<g stroke="#000" stroke-width="2"><line x1="${pad}" y1="${by}" x2="${n2(pad + barPx)}" y2="${by}"/><line x1="${pad}" y1="${by - 4}" x2="${pad}" y2="${by}"/><line x1="${n2(pad + barPx)}" y1="${by - 4}" x2="${n2(pad + barPx)}" y2="${by}"/></g>`,
    `<text x="${n2(pad + barPx + 6)}" y="${by + 3}" font-size="10">${esc(f.scaleLabel(barM))}</text>`,
    `<g transform="translate(${f.widthPx - 20},${titleH + 24})"><path d="M0,-12 L5,2 L0,-1 L-5,2 Z" fill="#000"/><text y="12" font-size="10" text-anchor="middle">N</text></g>`, '</svg>');
  return parts.join('');
}

/** Colour of a daily read success (0…1): red below 90 %, orange, yellow, green at or above the target. */
export function readSuccessColour(v: number, target: number): string {
  if (!(v > 0)) return '#7f8c8d';
  if (v >= target) return '#1e8449';
  if (v >= 0.99) return '#a3d65c';
  if (v >= 0.95) return '#f1c40f';
  if (v >= 0.9) return '#e67e22';
  return '#c0392b';
}

/** The read-success colour classes, for legends: [colour, label]. */
export function readSuccessLegend(target: number, none: string): [string, string][] {
  return [['#1e8449', `≥ ${(100 * target).toFixed(1)} %`], ['#a3d65c', '99 %…'], ['#f1c40f', '95…99 %'], ['#e67e22', '90…95 %'], ['#c0392b', '< 90 %'], ['#7f8c8d', none]];
}

/** Fixed colours per medium (mesh, star, plc, none). */
export const MEDIUM_COLOURS: Record<string, string> = { mesh: '#2e86c1', star: '#d35400', plc: '#8e44ad', none: '#7f8c8d' };

/** An HTML legend of colour swatches. */
export function legendHtml(items: [string, string][]): string {
  return `<div class="legend">${items.map(([c, l]) => `<span><i style="background:${esc(c)}"></i>${esc(l)}</span>`).join('')}</div>`;
}
