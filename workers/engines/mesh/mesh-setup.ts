/**
 * Turns a Scenario and a mesh profile into the inputs of the link builder:
 * the mesh collectors of that profile, shadowing sigma per area class,
 * indoor parameters and link defaults, all from the preset files.
 */
import { AREA_CLASSES, MEDIA, type AreaClass, type MeshProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import { rfLinkDefaults, type RfLinkDefaults } from '../links/link-defaults';
import type { MeshLinkInput, MeshLinkOptions } from '../links/mesh-links';
import { defaultIndoorParams, defaultShadowingMethods, INDOOR_DEFAULTS_SOURCED } from '../propagation/presets';
import { defaultPropagationRegistry } from '../propagation/registry';
import { areaClassSigmaDb } from '../propagation/variability';

/** Options of a mesh run. */
export interface MeshRunOptions {
  /** Mesh profile to simulate (default: the one most mesh collectors use, else the first mesh profile). */
  profileId?: string;
  /** Override the propagation model per area class (registry names). */
  modelByClass?: Partial<Record<AreaClass, string>>;
  /** Link-model default overrides. */
  linkDefaults?: Partial<RfLinkDefaults>;
  /** Compute N-1 collector outages and single points of failure (default true). */
  resilience?: boolean;
  /** Return the link graph (CSR arrays) with the run. */
  includeEdges?: boolean;
}

export interface MeshSetup {
  profile: MeshProfile;
  /** Scenario indices of the collectors simulated (mesh collectors of the profile). */
  collectorIndex: Int32Array;
  linkInput: MeshLinkInput;
  linkOptions: MeshLinkOptions;
}

/** Pick the mesh profile for a run. Throws when the project has none. */
export function pickMeshProfile(s: Scenario, profileId?: string): MeshProfile {
  const mesh = s.profiles.filter((p): p is MeshProfile => p.medium === 'mesh');
  if (profileId !== undefined) {
    const p = mesh.find((x) => x.id === profileId);
    if (!p) throw new RangeError(`no mesh profile "${profileId}" in the project`);
    return p;
  }
  const counts = new Map<number, number>();
  for (let i = 0; i < s.collectors.count; i++) if (s.collectors.mediumCode[i] === MEDIA.indexOf('mesh')) counts.set(s.collectors.profileIndex[i], (counts.get(s.collectors.profileIndex[i]) ?? 0) + 1);
  const used = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const p = used ? s.profiles[used[0]] : mesh[0];
  if (!p || p.medium !== 'mesh') throw new RangeError('the project has no mesh technology profile');
  return p;
}

export function meshSetup(s: Scenario, o: MeshRunOptions = {}): MeshSetup {
  const profile = pickMeshProfile(s, o.profileId);
  const profileIdx = s.profiles.indexOf(profile);
  const idx: number[] = [];
  for (let i = 0; i < s.collectors.count; i++) if (s.collectors.profileIndex[i] === profileIdx) idx.push(i);
  const collectorIndex = Int32Array.from(idx);
  const methods = defaultShadowingMethods();
  const sigmaDbByClass = Object.fromEntries(AREA_CLASSES.map((c) => [c, areaClassSigmaDb(c, profile.freqMHz, methods)])) as Record<AreaClass, number>;
  return {
    profile,
    collectorIndex,
    linkInput: {
      meters: s.meters,
      collectors: {
        count: idx.length,
        xM: Float64Array.from(idx, (i) => s.collectors.xM[i]),
        yM: Float64Array.from(idx, (i) => s.collectors.yM[i]),
        heightM: Float32Array.from(idx, (i) => s.collectors.heightM[i]),
      },
      areaClassCode: s.areas.classCode,
    },
    linkOptions: {
      profile,
      registry: defaultPropagationRegistry(),
      sigmaDbByClass,
      outsideAreaClass: 'suburban',
      indoorSigmaDb: INDOOR_DEFAULTS_SOURCED.indoorSigmaDb.value,
      indoor: defaultIndoorParams(),
      defaults: { ...rfLinkDefaults(), ...o.linkDefaults },
      modelByClass: o.modelByClass,
    },
  };
}
