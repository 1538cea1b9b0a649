/**
 * The whole project as saved in a `.fanplan` file (format version 1).
 * Cross-references (collector → profile, feeder → transformer, unique ids)
 * are checked here too, so an error names the offending path.
 */
import { z } from 'zod';
import { areaSchema, buildingSchema, candidateSiteSchema, collectorSchema, gridSchema, meterSchema, roadSchema } from './schema-entities';
import { technologyProfileSchema } from './schema-profiles';
import { costAssumptionsSchema, mapSettingsSchema, simulationSettingsSchema, terrainRefSchema } from './schema-settings';

/** The format version this build writes. Older versions are migrated on load (see migrations.ts). */
export const CURRENT_FORMAT_VERSION = 1;

export const projectMetaSchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().max(20_000).default(''),
  /** True for procedurally generated demo data: the UI and reports label it as synthetic. */
  synthetic: z.boolean().default(false),
  /** ISO 8601 creation time; omitted by deterministic generators. */
  createdUtc: z.string().max(40).optional(),
});

export const projectSchema = z.strictObject({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  meta: projectMetaSchema,
  meters: z.array(meterSchema).default([]),
  collectors: z.array(collectorSchema).default([]),
  candidateSites: z.array(candidateSiteSchema).default([]),
  areas: z.array(areaSchema).default([]),
  buildings: z.array(buildingSchema).default([]),
  roads: z.array(roadSchema).default([]),
  grid: gridSchema.default({ transformers: [], feeders: [] }),
  profiles: z.array(technologyProfileSchema).default([]),
  costs: costAssumptionsSchema.default({ currency: 'JPY', horizonYears: 15, discountRate: 0.035, manualReadCost: 0, presets: [] }),
  terrain: z.array(terrainRefSchema).default([]),
  settings: simulationSettingsSchema.default({ seed: 1, readsPerDay: 48, rereadsPerDay: 3, readSuccessTarget: 0.995, locationProbability: 0.95, defaultMeterHeightM: 1.5, neighbourRadiusM: 300 }),
  map: mapSettingsSchema.default({ onlineBasemapEnabled: false }),
}).superRefine((p, ctx) => {
  uniqueIds(p.meters, 'meters', ctx);
  uniqueIds(p.collectors, 'collectors', ctx);
  uniqueIds(p.candidateSites, 'candidateSites', ctx);
  uniqueIds(p.areas, 'areas', ctx);
  uniqueIds(p.profiles, 'profiles', ctx);
  uniqueIds(p.grid.transformers, 'grid.transformers', ctx);
  const profiles = new Map(p.profiles.map((x) => [x.id, x.medium]));
  p.collectors.forEach((c, i) => {
    const medium = profiles.get(c.profileId);
    if (medium === undefined) ctx.addIssue({ code: 'custom', path: ['collectors', i, 'profileId'], message: `unknown profile "${c.profileId}"` });
    else if (medium !== c.medium) ctx.addIssue({ code: 'custom', path: ['collectors', i, 'profileId'], message: `profile "${c.profileId}" is for ${medium}, not ${c.medium}` });
  });
  const transformers = new Set(p.grid.transformers.map((t) => t.id));
  p.grid.feeders.forEach((f, i) => {
    if (!transformers.has(f.transformerId)) ctx.addIssue({ code: 'custom', path: ['grid', 'feeders', i, 'transformerId'], message: `unknown transformer "${f.transformerId}"` });
  });
  const areas = new Set(p.areas.map((a) => a.id));
  p.meters.forEach((m, i) => {
    if (m.areaId !== undefined && !areas.has(m.areaId)) ctx.addIssue({ code: 'custom', path: ['meters', i, 'areaId'], message: `unknown area "${m.areaId}"` });
  });
});

function uniqueIds(items: readonly { id: string }[], path: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [...path.split('.'), i, 'id'], message: `duplicate id "${x.id}"` });
    seen.add(x.id);
  });
}
