import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { defaultCostPreset } from '../../../workers/engines/cost';
import { generateDemoProject } from '../../../workers/engines/demo';
import { candidateSites, evaluateMesh, mean, metersByArea, placeMesh, siteLifetimeCost, subScenario, withCollectorsAt } from '../../../workers/engines/planner';
import type { MeshProfile } from '../../../workers/model';

const s = compileProject(generateDemoProject({ seed: 4, meters: 2000 }));
const dense = s.areas.ids.indexOf('area-dense-residential');
const sub = subScenario(s, metersByArea(s)[dense]);
const base = s.profiles.find((p) => p.id === 'mesh-wisun-jp') as MeshProfile;
const prices = defaultCostPreset().profiles['mesh-wisun-jp'];
const opts = { target: 0.995, prices, discountRate: 0.035, horizonYears: 15 };
const costOf = (sites: number[]) => sites.reduce((a, j) => a + siteLifetimeCost(prices, s.sites.costFactor[j], 0.035, 15), 0);

describe('mesh collector placement on demo housing', () => {
  it('meets the target, verified by the mesh engine, honouring capacity and the hop limit', () => {
    const profile: MeshProfile = { ...base, maxNodesPerCollector: 150, hopLimit: 6 };
    const pi = sub.profiles.indexOf(base);
    const sc = { ...sub, profiles: sub.profiles.map((p, i) => (i === pi ? profile : p)) };
    const pl = placeMesh(sc, profile, opts);
    expect(mean(pl.dailyReadSuccess)).toBeGreaterThanOrEqual(0.995);
    const ev = evaluateMesh(withCollectorsAt(sc, pl.sites, 'mesh', pi), profile.id);
    const load = new Map<number, number>();
    for (let i = 0; i < ev.collector.length; i++) {
      if (ev.collector[i] < 0) continue;
      load.set(ev.collector[i], (load.get(ev.collector[i]) ?? 0) + 1);
      expect(ev.hops[i]).toBeLessThanOrEqual(6);
    }
    for (const n of load.values()) expect(n).toBeLessThanOrEqual(150);
    expect(pl.sites.length).toBeGreaterThanOrEqual(Math.ceil(sub.meters.count * 0.995 / 150));
    // marginal values: every chosen site serves meters, and the values are finite
    for (const v of pl.siteValues) {
      expect(v.metersServed).toBeGreaterThan(0);
      expect(v.successLostIfRemoved).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(v.metersGainedPerCost)).toBe(true);
    }
  });

  it('is never costlier than one collector per candidate cluster when that baseline meets the target', () => {
    const pl = placeMesh(sub, base, opts);
    const pi = sub.profiles.indexOf(base);
    const all = Int32Array.from({ length: sub.meters.count }, (_, i) => i);
    const cand = candidateSites(sub, all, base.maxRangeM, base.maxRangeM / 2);
    const firstPerCluster = new Map<number, number>();
    cand.sites.forEach((j, k) => { if (!firstPerCluster.has(cand.cluster[k])) firstPerCluster.set(cand.cluster[k], j); });
    const baseline = [...firstPerCluster.values()];
    const baseSuccess = mean(evaluateMesh(withCollectorsAt(sub, baseline, 'mesh', pi), base.id).dailyReadSuccess);
    expect(mean(pl.dailyReadSuccess)).toBeGreaterThanOrEqual(0.995);
    if (baseSuccess >= 0.995) expect(costOf(pl.sites)).toBeLessThanOrEqual(costOf(baseline));
    expect(pl.sites.length).toBeLessThan(cand.sites.length);
  });
});
