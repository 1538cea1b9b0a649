/**
 * Zod schemas for the things a planner places on the map: meters, collectors,
 * candidate sites, areas, buildings, roads and the LV grid.
 */
import { z } from 'zod';
import { AREA_CLASSES, INDOOR_CLASSES, MEDIA, ROAD_KINDS, SITE_KINDS } from './enums';
import { finite, id, latDeg, lineLonLat, lonDeg, polygonLonLat } from './schema-geo';

const nonNegative = () => finite().refine((v) => v >= 0, { message: 'must be ≥ 0' });

/** A smart meter: one communication endpoint. */
export const meterSchema = z.strictObject({
  id: id(),
  lon: lonDeg(),
  lat: latDeg(),
  /** Antenna height above local ground, metres (negative below ground). */
  heightM: finite().refine((v) => v >= -100 && v <= 1000, { message: 'must be within −100…1000 m' }).optional(),
  /** Floor number, 0 = ground floor, negative = basement levels. */
  floor: z.int().min(-10).max(200).optional(),
  indoor: z.enum(INDOOR_CLASSES).optional(),
  buildingId: id().optional(),
  transformerId: id().optional(),
  /** Explicit area membership; when absent the compile step locates the meter by polygon. */
  areaId: id().optional(),
});

/** A placed collector: mesh border router, star base station / gateway, or PLC concentrator. */
export const collectorSchema = z.strictObject({
  id: id(),
  lon: lonDeg(),
  lat: latDeg(),
  heightM: nonNegative().default(10),
  medium: z.enum(MEDIA),
  profileId: id(),
  siteId: id().optional(),
  name: z.string().max(200).optional(),
});

/** A place where a collector could be installed, with its kind and relative cost. */
export const candidateSiteSchema = z.strictObject({
  id: id(),
  lon: lonDeg(),
  lat: latDeg(),
  heightM: nonNegative().default(10),
  kind: z.enum(SITE_KINDS),
  /** Multiplier on the profile's installation cost (rooftop leases cost more than poles). */
  costFactor: nonNegative().default(1),
});

/** A planning area: a polygon with a class, an optional forced medium and a read-success target. */
export const areaSchema = z.strictObject({
  id: id(),
  name: z.string().max(200),
  class: z.enum(AREA_CLASSES),
  polygon: polygonLonLat,
  /** 'auto' lets the planner pick the medium; otherwise the planner's choice is fixed. */
  medium: z.enum(['auto', ...MEDIA]).default('auto'),
  /** Daily read-success target, 0…1; falls back to the simulation settings when absent. */
  readSuccessTarget: finite().refine((v) => v > 0 && v <= 1, { message: 'must be within (0, 1]' }).optional(),
});

/** A building footprint (map context, and a source of meters). */
export const buildingSchema = z.strictObject({
  id: id(),
  polygon: polygonLonLat,
  levels: z.int().min(0).max(200).optional(),
  heightM: nonNegative().optional(),
  unitsPerFloor: z.int().min(0).max(500).optional(),
});

/** A street centre line. */
export const roadSchema = z.strictObject({
  id: id(),
  kind: z.enum(ROAD_KINDS).default('other'),
  name: z.string().max(200).optional(),
  line: lineLonLat,
});

/** A distribution transformer: the root of one LV network. */
export const transformerSchema = z.strictObject({
  id: id(),
  lon: lonDeg(),
  lat: latDeg(),
  ratingKva: nonNegative().optional(),
  /** Height of the transformer (pole-top in Japan), metres. */
  heightM: nonNegative().default(10),
  /** Pole-top (Japan typical) or pad/ground-mounted. */
  mount: z.enum(['pole', 'pad', 'indoor']).default('pole'),
});

/** An LV feeder section along a line, of one cable type, belonging to one transformer. */
export const feederSchema = z.strictObject({
  id: id(),
  transformerId: id(),
  /** Key into the PLC cable table (datasets/plc); unknown keys are reported by the PLC engine. */
  cableType: z.string().min(1).max(100),
  line: lineLonLat,
});

export const gridSchema = z.strictObject({
  transformers: z.array(transformerSchema).default([]),
  feeders: z.array(feederSchema).default([]),
});
