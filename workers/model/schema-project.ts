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

/** Most issues one entity list reports; the parse of that list stops there. */
export const MAX_LIST_ISSUES = 50;

/**
 * An array of `element` whose parse stops after {@link MAX_LIST_ISSUES}
 * issues. zod reports every issue of a parse, so a million bad meters would
 * otherwise build millions of issue objects (30 s and 2.3 GB for 10^6 bad
 * meters, test/fuzz/project-file.fuzz.test.ts); this keeps the time and
 * memory of a bad file bounded. Issues keep their message and path.
 */
export function boundedArray<T extends z.ZodType>(element: T) {
  return z.array(z.unknown()).transform((items, ctx): z.output<T>[] => {
    const out: z.output<T>[] = new Array(items.length);
    let issues = 0;
    for (let i = 0; i < items.length; i++) {
      const r = element.safeParse(items[i]);
      if (r.success) { out[i] = r.data; continue; }
      for (const issue of r.error.issues) {
        if (issues++ >= MAX_LIST_ISSUES) break;
        ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
      }
      if (issues >= MAX_LIST_ISSUES) return z.NEVER;
    }
    return out;
  });
}

export const projectSchema = z.strictObject({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  meta: projectMetaSchema,
  meters: boundedArray(meterSchema).default([]),
  collectors: boundedArray(collectorSchema).default([]),
  candidateSites: boundedArray(candidateSiteSchema).default([]),
  areas: boundedArray(areaSchema).default([]),
  buildings: boundedArray(buildingSchema).default([]),
  roads: boundedArray(roadSchema).default([]),
  grid: gridSchema.default({ transformers: [], feeders: [] }),
  profiles: z.array(technologyProfileSchema).default([]),
  costs: costAssumptionsSchema.default({ currency: 'JPY', horizonYears: 15, discountRate: 0.035, manualReadCost: 0, presets: [] }),
  terrain: z.array(terrainRefSchema).default([]),
  settings: simulationSettingsSchema.default({ seed: 1, readsPerDay: 48, rereadsPerDay: 3, readSuccessTarget: 0.995, locationProbability: 0.95, defaultMeterHeightM: 1.5, neighbourRadiusM: 300 }),
  map: mapSettingsSchema.default({ onlineBasemapEnabled: false }),
}).superRefine((p, rawCtx) => {
  // Cross-reference issues are capped too (a million duplicate ids must not mean a million issues).
  let budget = MAX_LIST_ISSUES;
  const ctx = { addIssue: (issue: z.core.$ZodRawIssue) => { if (budget-- > 0) rawCtx.addIssue(issue); } } as z.RefinementCtx;
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
