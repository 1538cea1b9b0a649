import { describe, expect, it } from 'vitest';
import presets from '../../../datasets/profiles/default-profiles.json';
import { meshProfileSchema } from '../../../workers/model/schema-profiles';
import { reliabilityOptionsFromProfile, RELIABILITY_DEFAULTS_SOURCED } from '../../../workers/engines/reliability/params';
import { computeReliability } from '../../../workers/engines/reliability/reliability';
import { CancelledError, type Progress } from '../../../workers/engines/run-control';
import { ROUTING_DEFAULTS_SOURCED, routingOptionsFromProfile } from '../../../workers/engines/routing/params';
import { routeForest } from '../../../workers/engines/routing/route';
import { lineGraph } from './helpers';

describe('routing and reliability options', () => {
  it('come from the sourced presets and the technology profile', () => {
    const mesh = meshProfileSchema.parse(presets.profiles.find((p) => p.medium === 'mesh'));
    const r = routingOptionsFromProfile(mesh);
    expect(r.hopLimit).toBe(24);
    expect(r.maxBackupParents).toBe(2);
    expect(r.capacity).toBe(mesh.maxNodesPerCollector);
    expect(r.maxLinkEtx).toBe(ROUTING_DEFAULTS_SOURCED.maxLinkEtx.value);
    expect(ROUTING_DEFAULTS_SOURCED.maxLinkEtx.source).toMatch(/RFC 6719/);
    const rel = reliabilityOptionsFromProfile(mesh, { readsPerDay: 48, rereadsPerDay: 2, readSuccessTarget: 0.99 });
    expect(rel.dataRateKbps).toBe(50);
    expect(rel.macRetries).toBe(mesh.macRetries);
    expect(rel.rereadsPerDay).toBe(2);
    expect(rel.dutyLimit).toBe(0.1);
    expect(RELIABILITY_DEFAULTS_SOURCED.dutyLimit.source).toMatch(/360 s/);
    for (const v of Object.values(RELIABILITY_DEFAULTS_SOURCED)) expect(v.source.length).toBeGreaterThan(10);
  });
});

describe('progress and cancellation', () => {
  const g = lineGraph(Array.from({ length: 200 }, () => 0.9));

  it('report progress stages', () => {
    const seen: Progress[] = [];
    const r = routeForest(g, Int32Array.of(0), undefined, { progress: (p) => seen.push(p) });
    computeReliability(g, r, undefined, { progress: (p) => seen.push(p) });
    expect(seen.some((p) => p.stage === 'routing')).toBe(true);
    expect(seen.some((p) => p.stage === 'reliability')).toBe(true);
  });

  it('stop with CancelledError when the flag is set', () => {
    expect(() => routeForest(g, Int32Array.of(0), undefined, { isCancelled: () => true })).toThrow(CancelledError);
    const r = routeForest(g, Int32Array.of(0));
    expect(() => computeReliability(g, r, undefined, { isCancelled: () => true })).toThrow(CancelledError);
  });
});
