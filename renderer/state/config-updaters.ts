/**
 * Updaters for the project's configuration: technology profiles, cost
 * assumptions and simulation settings. Callers validate first (see
 * validation/); these only replace values, so each edit is one undo step.
 */
import type { CostAssumptions, MapSettings, Project, SimulationSettings, TechnologyProfile } from '../../workers/model';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const configUpdaters = {
  /** Replace the profile with the same id. */
  updateProfile(p: Project, profile: TechnologyProfile): Project {
    const i = p.profiles.findIndex((x) => x.id === profile.id);
    if (i < 0 || sameJson(p.profiles[i], profile)) return p;
    const profiles = p.profiles.slice();
    profiles[i] = profile;
    return { ...p, profiles };
  },
  /** Add a copy of a profile under a new id (a second vendor proposal to edit). */
  duplicateProfile(p: Project, id: string, newId: string, newName: string): Project {
    const src = p.profiles.find((x) => x.id === id);
    if (!src || p.profiles.some((x) => x.id === newId)) return p;
    return { ...p, profiles: [...p.profiles, { ...structuredClone(src), id: newId, name: newName }] };
  },
  /** Delete a profile no collector uses (the project would be invalid otherwise). */
  deleteProfile(p: Project, id: string): Project {
    if (p.collectors.some((c) => c.profileId === id) || !p.profiles.some((x) => x.id === id)) return p;
    return { ...p, profiles: p.profiles.filter((x) => x.id !== id) };
  },
  /** Change cost assumptions. */
  updateCosts(p: Project, patch: Partial<CostAssumptions>): Project {
    const costs = { ...p.costs, ...patch };
    return sameJson(costs, p.costs) ? p : { ...p, costs };
  },
  /** Change the map settings kept with the project (online basemap). */
  updateMapSettings(p: Project, map: MapSettings): Project {
    return sameJson(map, p.map) ? p : { ...p, map };
  },
  /** Change simulation settings. */
  updateSettings(p: Project, patch: Partial<SimulationSettings>): Project {
    const settings = { ...p.settings, ...patch };
    return sameJson(settings, p.settings) ? p : { ...p, settings };
  },
};
