/**
 * Closed vocabularies of the project model. Engines index typed arrays by the
 * position of a value in these lists, so their order is part of the Scenario
 * contract: append only, never reorder.
 */

/** The six area classes of DESIGN.md §2; they select propagation models and shadowing sigma. */
export const AREA_CLASSES = ['dense-residential', 'high-rise', 'underground', 'suburban', 'rural', 'mountainous'] as const;
export type AreaClass = (typeof AREA_CLASSES)[number];

/** The three media FANplan compares. */
export const MEDIA = ['mesh', 'star', 'plc'] as const;
export type Medium = (typeof MEDIA)[number];

/** Where a meter's antenna sits relative to the building shell; drives entry and basement losses. */
export const INDOOR_CLASSES = ['outdoor', 'indoor', 'meter-room', 'basement', 'underground'] as const;
export type IndoorClass = (typeof INDOOR_CLASSES)[number];

/** Kinds of candidate collector site. */
export const SITE_KINDS = ['pole', 'rooftop', 'transformer', 'tower'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Wireless star technologies. */
export const STAR_TECHNOLOGIES = ['private-1n', 'lte-m', 'nb-iot', 'lorawan'] as const;
export type StarTechnology = (typeof STAR_TECHNOLOGIES)[number];

/** G3-PLC / PRIME band plans (DOMAIN-PARAMETERS.md §3). */
export const PLC_BANDS = ['cenelec-a', 'arib', 'fcc'] as const;
export type PlcBand = (typeof PLC_BANDS)[number];

/** Road classes kept for map context and PLC street graphs. */
export const ROAD_KINDS = ['primary', 'secondary', 'residential', 'service', 'track', 'other'] as const;
export type RoadKind = (typeof ROAD_KINDS)[number];

/** Index of a value in one of the vocabularies above (for typed-array encoding). */
export function codeOf<T extends string>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new RangeError(`unknown value ${value}`);
  return i;
}
