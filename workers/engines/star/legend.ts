/**
 * Colour scales of the star coverage raster, for the map layer and the
 * report legend: stops are linear in value between colours (CSS hex), values
 * below the first stop take the first colour, NaN takes `noDataColor`. The
 * probability scale marks the usual KPI tiers (DOMAIN-PARAMETERS §6: 90/95/99 %).
 */

/** One linear colour scale. */
export interface ColourScale {
  title: string;
  unit: string;
  stops: { value: number; color: string; label: string }[];
  noDataColor: string;
}

/** Legends of the raster's value arrays. */
export interface StarRasterLegend {
  bestSignalDbm: ColourScale;
  marginDb: ColourScale;
  coverageProbability: ColourScale;
}

/** Default legend. */
export const STAR_RASTER_LEGEND: StarRasterLegend = {
  bestSignalDbm: {
    title: 'Best-server uplink signal', unit: 'dBm', noDataColor: '#00000000',
    stops: [
      { value: -145, color: '#3b0f70', label: '≤ −145' }, { value: -130, color: '#8c2981', label: '−130' }, { value: -115, color: '#de4968', label: '−115' },
      { value: -100, color: '#fe9f6d', label: '−100' }, { value: -85, color: '#fcfdbf', label: '≥ −85' },
    ],
  },
  marginDb: {
    title: 'Link margin at the best server', unit: 'dB', noDataColor: '#00000000',
    stops: [
      { value: -10, color: '#b2182b', label: '≤ −10' }, { value: 0, color: '#f4a582', label: '0' }, { value: 10, color: '#92c5de', label: '10' }, { value: 20, color: '#2166ac', label: '≥ 20' },
    ],
  },
  coverageProbability: {
    title: 'Coverage probability', unit: '', noDataColor: '#00000000',
    stops: [
      { value: 0, color: '#d7191c', label: '0 %' }, { value: 0.5, color: '#fdae61', label: '50 %' }, { value: 0.9, color: '#ffffbf', label: '90 %' },
      { value: 0.95, color: '#a6d96a', label: '95 %' }, { value: 0.99, color: '#1a9641', label: '99 %' },
    ],
  },
};

function parseHex(c: string): [number, number, number, number] {
  const h = c.replace('#', '');
  const v = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [v(0), v(2), v(4), h.length >= 8 ? v(6) : 255];
}

/**
 * Colour a value array with a scale into RGBA bytes (row-major, 4 per cell),
 * for a canvas / MapLibre image source: linear between stops, clamped at the
 * ends, NaN → noDataColor.
 */
export function colourise(values: ArrayLike<number>, scale: ColourScale): Uint8ClampedArray {
  const stops = scale.stops.map((s) => ({ v: s.value, c: parseHex(s.color) }));
  const none = parseHex(scale.noDataColor);
  const out = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    let c: number[];
    if (x !== x) c = none;
    else if (x <= stops[0].v) c = stops[0].c;
    else if (x >= stops[stops.length - 1].v) c = stops[stops.length - 1].c;
    else {
      let j = 1;
      while (stops[j].v < x) j++;
      const a = stops[j - 1], b = stops[j], f = (x - a.v) / (b.v - a.v);
      c = a.c.map((ch, q) => ch + f * (b.c[q] - ch));
    }
    out[4 * i] = c[0]; out[4 * i + 1] = c[1]; out[4 * i + 2] = c[2]; out[4 * i + 3] = c[3];
  }
  return out;
}
