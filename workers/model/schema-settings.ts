/**
 * Cost assumptions, terrain references and simulation settings. Defaults are
 * the engine defaults of DOMAIN-PARAMETERS.md §5–6; ESTIMATE values are meant
 * to be changed by the user.
 */
import { z } from 'zod';
import { finite, id } from './schema-geo';

const fraction = () => finite().refine((v) => v >= 0 && v <= 1, { message: 'must be within 0…1' });
const nonNegative = () => finite().refine((v) => v >= 0, { message: 'must be ≥ 0' });

/** Neutral cost assumptions shared by all profiles (prices per profile come with the profiles' cost presets). */
export const costAssumptionsSchema = z.strictObject({
  /** ISO 4217 currency code. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as JPY'),
  horizonYears: z.int().min(1).max(50).default(15),
  discountRate: fraction().default(0.035),
  manualReadCost: nonNegative().default(0),
  /** Preset file names in datasets/costs the profiles' prices come from. */
  presets: z.array(z.string().max(200)).default([]),
});

/** A DEM stored in a file (SRTM .hgt / GeoTIFF). */
const fileTerrainRefSchema = z.strictObject({
  id: id(),
  format: z.enum(['hgt', 'geotiff']),
  /** Path relative to the project file, or a name in the app's terrain cache. */
  path: z.string().min(1).max(4096),
  /** Optional CRS override (e.g. EPSG:6668); read from the file when absent. */
  crs: z.string().max(100).optional(),
});

/**
 * Parameters of a procedural DEM (synthetic demo terrain), materialised by
 * workers/engines/demo/procedural-dem.ts: the same parameters always give the
 * same heights, so a project references the terrain without shipping a file.
 */
export const proceduralDemSchema = z.strictObject({
  seed: z.int().min(0).max(2 ** 32 - 1),
  /** Bounding box of the grid, degrees (WGS 84). */
  west: finite().refine((v) => v >= -180 && v <= 180, { message: 'must be within −180…180°' }),
  south: finite().refine((v) => v >= -89 && v <= 89, { message: 'must be within −89…89°' }),
  east: finite().refine((v) => v >= -180 && v <= 180, { message: 'must be within −180…180°' }),
  north: finite().refine((v) => v >= -89 && v <= 89, { message: 'must be within −89…89°' }),
  /** Grid spacing of the materialised height grid, metres. */
  cellSizeM: finite().refine((v) => v >= 1 && v <= 1000, { message: 'must be within 1…1000 m' }),
  /** Plain elevation at the east edge, metres. */
  baseHeightM: finite().refine((v) => v >= -100 && v <= 5000, { message: 'must be within −100…5000 m' }),
  /** Longitude west of which the mountains rise. */
  mountainLon: finite().refine((v) => v >= -180 && v <= 180, { message: 'must be within −180…180°' }),
  /** Ridge crest height above the valley floors, metres. */
  reliefM: finite().refine((v) => v >= 0 && v <= 5000, { message: 'must be within 0…5000 m' }),
  /** Distance between parallel valley floors (east–west valleys), metres. */
  valleySpacingM: finite().refine((v) => v >= 200 && v <= 50_000, { message: 'must be within 200…50000 m' }),
}).refine((p) => p.east > p.west && p.north > p.south, { message: 'east must exceed west and north must exceed south' });

/** A procedural DEM referenced by its parameters (format 'procedural'). */
const proceduralTerrainRefSchema = z.strictObject({
  id: id(),
  format: z.literal('procedural'),
  procedural: proceduralDemSchema,
});

/** A digital elevation model the engines may sample: a file, or procedural parameters. */
export const terrainRefSchema = z.discriminatedUnion('format', [fileTerrainRefSchema, proceduralTerrainRefSchema]);

/** How engines are run. */
export const simulationSettingsSchema = z.strictObject({
  /** Seed for every engine's PRNG, so runs repeat exactly. */
  seed: z.int().min(0).max(2 ** 32 - 1).default(1),
  /** Interval reads per day (30-minute reads: 48). */
  readsPerDay: z.int().min(1).max(1440).default(48),
  /** Re-read requests the head end issues per missed read per day. */
  rereadsPerDay: z.int().min(0).max(48).default(3),
  /** Daily read-success target (0…1). */
  readSuccessTarget: fraction().default(0.995),
  /** Target location probability for fade margins (0…1). */
  locationProbability: fraction().default(0.95),
  /** Antenna height of a meter whose height is not given, metres (ESTIMATE: wall-mounted meter). */
  defaultMeterHeightM: finite().refine((v) => v >= -100 && v <= 1000, { message: 'must be within −100…1000 m' }).default(1.5),
  /** Radius for the neighbour-density statistics, metres. */
  neighbourRadiusM: finite().refine((v) => v > 0 && v <= 10_000, { message: 'must be within (0, 10000] m' }).default(300),
});

/** User-level map settings kept with the project. */
export const mapSettingsSchema = z.strictObject({
  /** Optional online raster basemap (XYZ template); off unless the user sets it. */
  onlineBasemapUrl: z.string().url().max(2000).optional(),
  onlineBasemapEnabled: z.boolean().default(false),
});
