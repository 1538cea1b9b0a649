/**
 * Named pure updaters of the project: each takes a project and arguments and
 * returns a new project (or the same object when nothing changes). They are
 * the only way user edits change the document, so every edit is undoable.
 */
import type { Collector, Meter, Project } from '../../workers/model';

/** Kinds of point entity a user can select, move and delete. */
export type EntityKind = 'meter' | 'collector' | 'site' | 'transformer';

/** A reference to one entity. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
}

type Positioned = { id: string; lon: number; lat: number };

function movePoints<T extends Positioned>(items: T[], moves: Map<string, [number, number]>): T[] {
  let changed = false;
  const out = items.map((it) => {
    const to = moves.get(it.id);
    if (!to || (to[0] === it.lon && to[1] === it.lat)) return it;
    changed = true;
    return { ...it, lon: to[0], lat: to[1] };
  });
  return changed ? out : items;
}

export const updaters = {
  /** Add a meter. */
  addMeter(p: Project, meter: Meter): Project {
    return { ...p, meters: [...p.meters, meter] };
  },
  /** Add a collector. */
  addCollector(p: Project, collector: Collector): Project {
    return { ...p, collectors: [...p.collectors, collector] };
  },
  /** Move entities of one kind to new positions (lon, lat). */
  moveEntities(p: Project, kind: EntityKind, moves: Map<string, [number, number]>): Project {
    switch (kind) {
      case 'meter': { const m = movePoints(p.meters, moves); return m === p.meters ? p : { ...p, meters: m }; }
      case 'collector': { const c = movePoints(p.collectors, moves); return c === p.collectors ? p : { ...p, collectors: c }; }
      case 'site': { const s = movePoints(p.candidateSites, moves); return s === p.candidateSites ? p : { ...p, candidateSites: s }; }
      case 'transformer': { const t = movePoints(p.grid.transformers, moves); return t === p.grid.transformers ? p : { ...p, grid: { ...p.grid, transformers: t } }; }
    }
  },
  /** Delete the referenced entities. Feeders of deleted transformers go with them. */
  deleteEntities(p: Project, refs: readonly EntityRef[]): Project {
    if (refs.length === 0) return p;
    const ids = (k: EntityKind) => new Set(refs.filter((r) => r.kind === k).map((r) => r.id));
    const m = ids('meter'), c = ids('collector'), s = ids('site'), t = ids('transformer');
    return {
      ...p,
      meters: m.size ? p.meters.filter((x) => !m.has(x.id)) : p.meters,
      collectors: c.size ? p.collectors.filter((x) => !c.has(x.id)) : p.collectors,
      candidateSites: s.size ? p.candidateSites.filter((x) => !s.has(x.id)) : p.candidateSites,
      grid: t.size ? { transformers: p.grid.transformers.filter((x) => !t.has(x.id)), feeders: p.grid.feeders.filter((f) => !t.has(f.transformerId)) } : p.grid,
    };
  },
  /** Rename the project. */
  renameProject(p: Project, name: string): Project {
    return name === p.meta.name ? p : { ...p, meta: { ...p.meta, name } };
  },
};

/** A fresh id with a prefix that does not collide with existing ids. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  let max = 0;
  const re = new RegExp(`^${prefix}-(\\d+)$`);
  for (const e of existing) {
    const m = re.exec(e.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${max + 1}`;
}
