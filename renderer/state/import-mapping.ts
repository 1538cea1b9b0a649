/**
 * The attribute → area class mapping step of an area import: guess which
 * attribute holds the class, pre-map values that already name a class, and
 * turn the user's choices into the importer's {@link AreaClassMapping}.
 */
import type { AreaClassMapping, AttributeSummary } from '../../workers/clients/import-client';
import { AREA_CLASSES, type AreaClass } from '../../workers/model';

/** The user's mapping as edited in the dialog ('' = not mapped / no default). */
export interface MappingDraft {
  attribute: string | null;
  valueToClass: Record<string, AreaClass | ''>;
  defaultClass: AreaClass | '';
}

const PREFERRED = ['class', 'area_class', 'areaclass', 'landuse', 'zone', 'zoning', 'type', 'category'];

/** The class a value names itself (case-insensitive), or ''. */
export function classNamedBy(value: string): AreaClass | '' {
  const v = value.trim().toLowerCase();
  return (AREA_CLASSES as readonly string[]).includes(v) ? (v as AreaClass) : '';
}

/**
 * The attribute most likely to hold the class: one whose values name area
 * classes, else a conventional name (class, landuse, zone…), else the one with
 * the fewest distinct values (at least 2), else the first; null when there are none.
 */
export function guessAttribute(attrs: readonly AttributeSummary[]): string | null {
  if (attrs.length === 0) return null;
  const naming = attrs.find((a) => a.values.some((v) => classNamedBy(v.value) !== ''));
  if (naming) return naming.name;
  for (const name of PREFERRED) {
    const hit = attrs.find((a) => a.name.toLowerCase() === name);
    if (hit) return hit.name;
  }
  const few = attrs.filter((a) => a.distinct >= 2).sort((a, b) => a.distinct - b.distinct)[0];
  return (few ?? attrs[0]).name;
}

/** A fresh draft for an attribute: values that name a class map to it, others are unmapped. */
export function draftFor(attr: AttributeSummary | undefined, defaultClass: AreaClass | '' = 'suburban'): MappingDraft {
  const valueToClass: Record<string, AreaClass | ''> = {};
  for (const v of attr?.values ?? []) valueToClass[v.value] = classNamedBy(v.value);
  return { attribute: attr?.name ?? null, valueToClass, defaultClass };
}

/** The importer's mapping from a draft (unmapped values are left out). */
export function toMapping(d: MappingDraft): AreaClassMapping {
  const valueToClass: Record<string, AreaClass> = {};
  for (const [k, v] of Object.entries(d.valueToClass)) if (v) valueToClass[k] = v;
  return { attribute: d.attribute ?? '\u0000none', valueToClass, ...(d.defaultClass ? { defaultClass: d.defaultClass } : {}) };
}

/** Features whose value is not mapped: they take the default class, or are rejected without one. */
export function unmappedFeatures(attr: AttributeSummary | undefined, d: MappingDraft): number {
  if (!attr) return 0;
  return attr.values.reduce((n, v) => n + (d.valueToClass[v.value] ? 0 : v.count), 0);
}

/** Features per class under a draft (for the mapping summary); unmapped go to the default or to 'rejected'. */
export function classTotals(attr: AttributeSummary | undefined, d: MappingDraft): Partial<Record<AreaClass | 'rejected', number>> {
  const out: Partial<Record<AreaClass | 'rejected', number>> = {};
  for (const v of attr?.values ?? []) {
    const c = d.valueToClass[v.value] || d.defaultClass || 'rejected';
    out[c] = (out[c] ?? 0) + v.count;
  }
  return out;
}
