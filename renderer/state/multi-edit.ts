/**
 * Editing the properties of many selected entities at once: the value the
 * selection shares (or "mixed"), and updaters that patch every selected item
 * in one undo step. A patch value of `null` removes an optional property.
 */
import type { Area, Collector, Meter, Project } from '../../workers/model';

/** What a set of items holds for one property. */
export type Common<V> = { kind: 'none' } | { kind: 'same'; value: V | undefined } | { kind: 'mixed' };

/** The value every item shares for `key`, or mixed; `none` for no items. */
export function commonValue<T, K extends keyof T>(items: readonly T[], key: K): Common<T[K]> {
  if (items.length === 0) return { kind: 'none' };
  const first = items[0][key];
  for (let i = 1; i < items.length; i++) if (items[i][key] !== first) return { kind: 'mixed' };
  return { kind: 'same', value: first };
}

/** A patch: a new value per property, or null to remove an optional property. */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

/** Editable meter properties. */
export type MeterPatch = Patch<Pick<Meter, 'indoor' | 'floor' | 'heightM'>>;
/** Editable collector properties (medium and profile change together via setCollectorProfile). */
export type CollectorPatch = Patch<Pick<Collector, 'heightM' | 'name'>>;
/** Editable area properties. */
export type AreaPatch = Patch<Pick<Area, 'name' | 'class' | 'medium' | 'readSuccessTarget'>>;

/** Apply a patch to one item; the same object when nothing changes. */
export function applyPatch<T extends object>(item: T, patch: Patch<T>): T {
  let out: T | null = null;
  for (const [k, v] of Object.entries(patch) as [keyof T, T[keyof T] | null | undefined][]) {
    if (v === undefined) continue;
    if (v === null) {
      if (!(k in item)) continue;
      out ??= { ...item };
      delete out[k];
    } else if (item[k] !== v) {
      out ??= { ...item };
      out[k] = v;
    }
  }
  return out ?? item;
}

/** Patch the items whose id is in `ids`; the same array when nothing changes. */
export function patchItems<T extends { id: string }>(items: T[], ids: ReadonlySet<string>, patch: Patch<Partial<T>>): T[] {
  let changed = false;
  const out = items.map((it) => {
    if (!ids.has(it.id)) return it;
    const next = applyPatch(it, patch as Patch<T>);
    if (next !== it) changed = true;
    return next;
  });
  return changed ? out : items;
}

export const multiEditUpdaters = {
  /** Set indoor class, floor or height on many meters. */
  updateMeters(p: Project, ids: readonly string[], patch: MeterPatch): Project {
    const meters = patchItems<Meter>(p.meters, new Set(ids), patch);
    return meters === p.meters ? p : { ...p, meters };
  },
  /** Set height or name on many collectors. */
  updateCollectors(p: Project, ids: readonly string[], patch: CollectorPatch): Project {
    const collectors = patchItems<Collector>(p.collectors, new Set(ids), patch);
    return collectors === p.collectors ? p : { ...p, collectors };
  },
  /** Give many collectors one technology profile; their medium follows the profile's. */
  setCollectorProfile(p: Project, ids: readonly string[], profileId: string): Project {
    const profile = p.profiles.find((x) => x.id === profileId);
    if (!profile) return p;
    const collectors = patchItems<Collector>(p.collectors, new Set(ids), { medium: profile.medium, profileId });
    return collectors === p.collectors ? p : { ...p, collectors };
  },
  /** Set class, medium, name or read-success target on many areas. */
  updateAreas(p: Project, ids: readonly string[], patch: AreaPatch): Project {
    const areas = patchItems<Area>(p.areas, new Set(ids), patch);
    return areas === p.areas ? p : { ...p, areas };
  },
};
