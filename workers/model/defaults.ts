/**
 * Factories for new projects. Default profiles come from the preset file
 * datasets/profiles/default-profiles.json, never from literals in engines.
 */
import presets from '../../datasets/profiles/default-profiles.json';
import { CURRENT_FORMAT_VERSION, projectSchema } from './schema-project';
import { technologyProfileSchema } from './schema-profiles';
import type { Project, TechnologyProfile } from './types';

/** The default technology profiles, validated. */
export function defaultProfiles(): TechnologyProfile[] {
  return presets.profiles.map((p) => technologyProfileSchema.parse(p));
}

/** An empty project with default profiles, costs and settings. */
export function createEmptyProject(name = 'Untitled'): Project {
  return projectSchema.parse({ formatVersion: CURRENT_FORMAT_VERSION, meta: { name }, profiles: defaultProfiles() });
}
