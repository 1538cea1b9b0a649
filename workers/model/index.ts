/** The project model: schemas, types, file format and factories, shared by every layer. */
export * from './enums';
export * from './errors';
export * from './types';
export { projectSchema, projectMetaSchema, CURRENT_FORMAT_VERSION } from './schema-project';
export { meterSchema, collectorSchema, candidateSiteSchema, areaSchema, buildingSchema, roadSchema, transformerSchema, feederSchema, gridSchema } from './schema-entities';
export { technologyProfileSchema, meshProfileSchema, starProfileSchema, plcProfileSchema } from './schema-profiles';
export { costAssumptionsSchema, simulationSettingsSchema, terrainRefSchema, mapSettingsSchema } from './schema-settings';
export { readProjectFile, writeProjectFile, MAX_PROJECT_BYTES, type ReadResult, type WriteOptions } from './project-file';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { createEmptyProject, defaultProfiles } from './defaults';
