/** One engine run of one medium on a (scoped) document, returned as a store entry. */
import type { Progress } from '../../workers/clients/analysis-client';
import type { MeshRunResult } from '../../workers/clients/mesh-client';
import type { Project } from '../../workers/model';
import { revisionKey } from '../analysis';
import { meshClient, plcClient, starClient } from './clients';
import { normaliseMesh, normalisePlc, normaliseStar } from './normalise';
import { hopLimitOf, profileFor } from './profiles';
import { scopedProject, scopeKey } from './scope';
import type { MediumEntry, Medium, RunScope } from './types';

export interface RunControl {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** The N-1 headline of a mesh run (null when the run skipped it, e.g. incremental updates). */
export function resilienceOf(run: MeshRunResult): MediumEntry['resilience'] {
  const r = run.resilience;
  if (!r) return undefined;
  const worst = r.outages.reduce<(typeof r.outages)[number] | null>((a, b) => (!a || b.lost > a.lost ? b : a), null);
  return { worstCollector: worst?.collectorId ?? '—', worstLost: worst?.lost ?? 0, singlePointMeters: r.singlePointMeters };
}

/** Full run of `medium` over `scope` of `doc`. */
export async function runMedium(doc: Project, medium: Medium, scope: RunScope, control: RunControl = {}): Promise<MediumEntry> {
  const t0 = performance.now();
  const { project, meterIndex } = scopedProject(doc, scope);
  const key = revisionKey(doc) + scopeKey(scope);
  const n = doc.meters.length;
  const profileId = profileFor(doc, medium);
  const base = { medium, key, doc, scope, finishedAt: Date.now() };
  if (medium === 'mesh') {
    const run = await meshClient().run(project, key, { profileId }, control);
    return { ...base, mode: run.mode, ...normaliseMesh(run, n, meterIndex), hopLimit: hopLimitOf(doc, run.profileId), resilience: resilienceOf(run), warnings: run.warnings, elapsedMs: performance.now() - t0 };
  }
  if (medium === 'star') {
    const run = await starClient().run(project, key, { profileId }, control);
    return { ...base, mode: 'full', ...normaliseStar(run, n, meterIndex), warnings: run.result.warnings, elapsedMs: performance.now() - t0 };
  }
  const run = await plcClient().run(project, key, { profileId }, control);
  return {
    ...base, mode: 'full', ...normalisePlc(run, n, meterIndex), hopLimit: hopLimitOf(doc, run.result.profileId),
    feederMinSnrDb: run.result.segments.feederMinSnrDb, warnings: run.result.warnings, elapsedMs: performance.now() - t0,
  };
}

/**
 * Incremental mesh update after collector `collectorId` moved since `prev`
 * (the worker recomputes only the links around the old and new position).
 */
export async function moveMeshCollector(doc: Project, prev: MediumEntry, collectorId: string, control: RunControl = {}): Promise<MediumEntry> {
  const t0 = performance.now();
  const key = revisionKey(doc);
  const profileId = profileFor(doc, 'mesh');
  const run = await meshClient().moveCollector(doc, key, prev.key, collectorId, { profileId }, control);
  return {
    medium: 'mesh', key, doc, scope: prev.scope, finishedAt: Date.now(), mode: run.mode, ...normaliseMesh(run, doc.meters.length, null), resilience: resilienceOf(run),
    hopLimit: hopLimitOf(doc, run.profileId), warnings: run.warnings, elapsedMs: performance.now() - t0,
  };
}
