/** TypeScript types of the project model, inferred from the zod schemas so the two never drift. */
import type { z } from 'zod';
import type { areaSchema, buildingSchema, candidateSiteSchema, collectorSchema, feederSchema, gridSchema, meterSchema, roadSchema, transformerSchema } from './schema-entities';
import type { meshProfileSchema, plcProfileSchema, starProfileSchema, technologyProfileSchema } from './schema-profiles';
import type { projectMetaSchema, projectSchema } from './schema-project';
import type { costAssumptionsSchema, mapSettingsSchema, simulationSettingsSchema, terrainRefSchema } from './schema-settings';

export type Meter = z.output<typeof meterSchema>;
export type Collector = z.output<typeof collectorSchema>;
export type CandidateSite = z.output<typeof candidateSiteSchema>;
export type Area = z.output<typeof areaSchema>;
export type Building = z.output<typeof buildingSchema>;
export type Road = z.output<typeof roadSchema>;
export type Transformer = z.output<typeof transformerSchema>;
export type Feeder = z.output<typeof feederSchema>;
export type LvGrid = z.output<typeof gridSchema>;
export type MeshProfile = z.output<typeof meshProfileSchema>;
export type StarProfile = z.output<typeof starProfileSchema>;
export type PlcProfile = z.output<typeof plcProfileSchema>;
export type TechnologyProfile = z.output<typeof technologyProfileSchema>;
export type CostAssumptions = z.output<typeof costAssumptionsSchema>;
export type TerrainRef = z.output<typeof terrainRefSchema>;
export type SimulationSettings = z.output<typeof simulationSettingsSchema>;
export type MapSettings = z.output<typeof mapSettingsSchema>;
export type ProjectMeta = z.output<typeof projectMetaSchema>;
/** A validated project with all defaults filled in. */
export type Project = z.output<typeof projectSchema>;
