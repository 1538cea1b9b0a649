/**
 * Named pure updaters of the project: each takes a project and arguments and
 * returns a new project (or the same object when nothing changes). They are
 * the only way user edits change the document, so every edit is undoable.
 * Point edits live here; areas, multi-edit and profile/cost/settings edits in
 * area-updaters.ts, multi-edit.ts and config-updaters.ts.
 */
import type { CandidateSite, Collector, Meter, Project } from '../../workers/model';
import { areaUpdaters } from './area-updaters';
import { configUpdaters } from './config-updaters';
import { multiEditUpdaters } from './multi-edit';

/** Kinds of entity a user can select; points can also be moved. */
export type EntityKind = 'meter' | 'collector' | 'site' | 'transformer' | 'area';

/** A reference to one entity. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
}

type Positioned = { id: string; lon: number; lat: number };

function movePoints<T extends Positioned>(items: T[], moves: Map<string, [number, number]>, clear?: keyof T): T[] {
  let changed = false;
  const out = items.map((it) => {
    const to = moves.get(it.id);
    if (!to || (to[0] === it.lon && to[1] === it.lat)) return it;
    changed = true;
    const next = { ...it, lon: to[0], lat: to[1] };
    if (clear) delete next[clear];
    return next;
  });
  return changed ? out : items;
}

const pointUpdaters = {
  /** Add a meter. */
  addMeter(p: Project, meter: Meter): Project {
    return { ...p, meters: [...p.meters, meter] };
  },
  /** Add a collector (with `siteId` when it was placed on a candidate site). */
  addCollector(p: Project, collector: Collector): Project {
    return { ...p, collectors: [...p.collectors, collector] };
  },
  /** Move entities of one kind to new positions (lon, lat). A moved collector leaves its candidate site. */
  moveEntities(p: Project, kind: EntityRef['kind'], moves: Map<string, [number, number]>): Project {
    switch (kind) {
      case 'meter': { const m = movePoints(p.meters, moves); return m === p.meters ? p : { ...p, meters: m }; }
      case 'collector': { const c = movePoints(p.collectors, moves, 'siteId'); return c === p.collectors ? p : { ...p, collectors: c }; }
      case 'site': { const s = movePoints(p.candidateSites, moves); return s === p.candidateSites ? p : { ...p, candidateSites: s }; }
      case 'transformer': { const t = movePoints(p.grid.transformers, moves); return t === p.grid.transformers ? p : { ...p, grid: { ...p.grid, transformers: t } }; }
      case 'area': return p;
    }
  },
  /** Put a collector on a candidate site: its position becomes the site's and it records the site id. */
  snapCollectorToSite(p: Project, collectorId: string, site: CandidateSite): Project {
    let changed = false;
    const collectors = p.collectors.map((c) => {
      if (c.id !== collectorId || (c.siteId === site.id && c.lon === site.lon && c.lat === site.lat)) return c;
      changed = true;
      return { ...c, lon: site.lon, lat: site.lat, siteId: site.id };
    });
    return changed ? { ...p, collectors } : p;
  },
  /**
   * Delete the referenced entities. Feeders of deleted transformers go with
   * them; meters that named a deleted area lose that membership.
   */
  deleteEntities(p: Project, refs: readonly EntityRef[]): Project {
    if (refs.length === 0) return p;
    const ids = (k: EntityKind) => new Set(refs.filter((r) => r.kind === k).map((r) => r.id));
    const m = ids('meter'), c = ids('collector'), s = ids('site'), t = ids('transformer'), a = ids('area');
    let meters = m.size ? p.meters.filter((x) => !m.has(x.id)) : p.meters;
    if (a.size && meters.some((x) => x.areaId !== undefined && a.has(x.areaId))) {
      meters = meters.map((x) => { if (x.areaId === undefined || !a.has(x.areaId)) return x; const { areaId: _gone, ...rest } = x; return rest; });
    }
    return {
      ...p,
      meters,
      collectors: c.size ? p.collectors.filter((x) => !c.has(x.id)) : p.collectors,
      candidateSites: s.size ? p.candidateSites.filter((x) => !s.has(x.id)) : p.candidateSites,
      areas: a.size ? p.areas.filter((x) => !a.has(x.id)) : p.areas,
      grid: t.size ? { transformers: p.grid.transformers.filter((x) => !t.has(x.id)), feeders: p.grid.feeders.filter((f) => !t.has(f.transformerId)) } : p.grid,
    };
  },
  /** Rename the project. */
  renameProject(p: Project, name: string): Project {
    return name === p.meta.name ? p : { ...p, meta: { ...p.meta, name } };
  },
};

/** Every named updater, one per user action. */
export const updaters = { ...pointUpdaters, ...areaUpdaters, ...multiEditUpdaters, ...configUpdaters };

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
