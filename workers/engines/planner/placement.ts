/**
 * Collector placement per medium on one area: candidate sites (poles,
 * rooftops, transformers… thinned to the cheapest per grid cell) → proxy
 * coverage per site → least-cost cover (cover.ts) → verification with the
 * real engine → repair rounds that add the sites best covering the engine's
 * orphans, until the area's target is met or nothing improves.
 * Capacity and hop limits: the proxy caps each site at the profile's nodes
 * per collector within its hop limit, and the engine verifies both.
 */
import type { MeshProfile, Medium, TechnologyProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import type { ProfilePrices } from '../cost';
import { annuityFactor } from '../cost';
import type { RunControl } from '../run-control';
import { runStar } from '../star';
import { extendEconomically, solveCover, type CoverProblem } from './cover';
import { evaluateMesh, meshGraphBuilder, meshProxyCovers, type MeshLinkOverrides } from './mesh-eval';
import { candidateSitesOfAll, withCollectorsAt } from './scenario-subset';
import { mean, missedShare } from './stats';

type StarProfile = Extract<TechnologyProfile, { medium: 'star' }>;

/** Marginal value of one chosen site. */
export interface SiteValue {
  siteId: string;
  siteIndex: number;
  costFactor: number;
  /** Lifetime cost of the site (CAPEX + PV of its own OPEX). */
  cost: number;
  /** Meters the engine homes on it. */
  metersServed: number;
  /** Meters only it covers (proxy) per unit of cost. */
  metersGainedPerCost: number;
  /** Drop of the area's mean read success if it were removed (its only-covered meters lost; engine success × proxy exclusivity). */
  successLostIfRemoved: number;
}

export interface Placement {
  medium: Medium;
  profileId: string;
  /** Scenario site indices chosen. */
  sites: number[];
  /** Per area meter (order of the area's meter list). */
  dailyReadSuccess: Float32Array;
  candidates: number;
  method: string;
  engineRuns: number;
  siteValues: SiteValue[];
}

export interface PlacementOptions {
  target: number;
  prices: ProfilePrices;
  discountRate: number;
  horizonYears: number;
  /** Hops of the mesh proxy (capped by the profile's hop limit). Default 8. */
  proxyHops?: number;
  maxRepairRounds?: number;
  /** Mesh link-model overrides (sigma offset, indoor losses). */
  meshLinks?: MeshLinkOverrides;
  /** Evaluate meter–meter links once and re-link only the meters near each layout's collectors (exact; default true). False rebuilds every link per layout (the reference path of tests and benchmarks). */
  reuseMeshLinks?: boolean;
  /**
   * Value of serving one more meter over the horizon (PV of the manual reads
   * it saves). Once the target is met, repair rounds still add sites that
   * cover the engine's remaining orphans while they pay for themselves
   * (sites' lifetime cost below the manual reads saved). Default 0.
   */
  valuePerMeter?: number;
}

/** Lifetime cost of one site: CAPEX × (1 + (maintenance + failure) · A) + fees · 12 · A. */
export function siteLifetimeCost(p: ProfilePrices, costFactor: number, rate: number, years: number): number {
  const a = annuityFactor(rate, years);
  const capex = p.collector + p.backhaulSetup + p.collectorInstall * costFactor;
  return capex * (1 + p.maintenanceRateOfCapex * a) + p.collector * p.failureRatePerYear * a + p.feePerCollectorPerMonth * 12 * a;
}

interface Engine { evaluate(sites: number[]): { success: Float32Array; home: Int32Array } }

function place(s: Scenario, medium: Medium, profileId: string, cand: { sites: Int32Array; cluster: Int32Array }, covers: Int32Array[], engine: Engine, o: PlacementOptions, control?: RunControl): Placement {
  const n = s.meters.count;
  const cost = Float64Array.from(cand.sites, (j) => siteLifetimeCost(o.prices, s.sites.costFactor[j], o.discountRate, o.horizonYears));
  const problem: CoverProblem = { meterCount: n, siteCost: cost, covers, required: Math.ceil(o.target * n), cluster: cand.cluster };
  const sol = solveCover(problem);
  let chosen = sol.sites.slice();
  let ev = engine.evaluate(chosen.map((k) => cand.sites[k]));
  const value = o.valuePerMeter ?? 0;
  // objective once the target is met: site lifetime costs + the PV of manual reads of the meters still missed
  const objective = (sites: number[], success: Float32Array) => sites.reduce((a, k) => a + cost[k], 0) + value * missedShare(success);
  let runs = 1, best = mean(ev.success), economic = 0;
  for (let round = 0; round < (o.maxRepairRounds ?? 3) && chosen.length < covers.length; round++) {
    control?.isCancelled?.();
    const short = best < o.target;
    const orphan = new Uint8Array(n);
    let orphans = 0;
    for (let i = 0; i < n; i++) if (ev.success[i] < o.target) { orphan[i] = 1; orphans++; }
    if (orphans === 0) break;
    const inSet = new Set(chosen);
    const sub: CoverProblem = { meterCount: n, siteCost: cost, covers: covers.map((c, k) => (inSet.has(k) ? new Int32Array(0) : c.filter((m) => orphan[m] === 1))), required: short ? Math.ceil(orphans - (1 - o.target) * n) : 0 };
    const add = extendEconomically(sub, short ? solveCover(sub, { exactMaxSites: 0 }).sites : [], value).filter((k) => !inSet.has(k));
    if (add.length === 0) break;
    const next = [...chosen, ...add];
    const ev2 = engine.evaluate(next.map((k) => cand.sites[k]));
    runs++;
    const m2 = mean(ev2.success);
    const better = short ? m2 > best : m2 >= o.target && objective(next, ev2.success) < objective(chosen, ev.success);
    if (!better) break;
    if (!short) economic += add.length;
    chosen = next; ev = ev2; best = m2;
  }
  const method = economic > 0 ? `${sol.method}+${economic} economic` : sol.method;
  // marginal values: proxy exclusivity × engine success
  const count = new Int32Array(n);
  for (const k of chosen) for (const m of covers[k]) count[m]++;
  const mark = new Int32Array(n).fill(-1);
  const homed: number[][] = chosen.map(() => []);
  for (let i = 0; i < n; i++) if (ev.home[i] >= 0 && ev.home[i] < chosen.length) homed[ev.home[i]].push(i);
  const siteValues: SiteValue[] = chosen.map((k, c) => {
    let only = 0, lost = 0;
    for (const m of covers[k]) { mark[m] = c; if (count[m] === 1) only++; }
    // a homed meter is lost when no other chosen site covers it
    for (const i of homed[c]) if (count[i] - (mark[i] === c ? 1 : 0) === 0) lost += ev.success[i];
    const served = homed[c].length;
    const j = cand.sites[k];
    return { siteId: s.sites.ids[j], siteIndex: j, costFactor: s.sites.costFactor[j], cost: cost[k], metersServed: served, metersGainedPerCost: cost[k] > 0 ? only / cost[k] : only, successLostIfRemoved: n ? lost / n : 0 };
  });
  return { medium, profileId, sites: chosen.map((k) => cand.sites[k]), dailyReadSuccess: ev.success, candidates: covers.length, method, engineRuns: runs, siteValues };
}

/** Mesh collectors for the meters of `s` (a one-area Scenario). */
export function placeMesh(s: Scenario, profile: MeshProfile, o: PlacementOptions, control?: RunControl): Placement {
  const pi = s.profiles.indexOf(profile);
  const cand = candidateSitesOfAll(s, profile.maxRangeM, profile.maxRangeM / 2);
  // meter–meter links are evaluated once; each layout re-links only the meters near its collectors
  const links = o.reuseMeshLinks === false ? undefined : meshGraphBuilder(s, profile.id, o.meshLinks, control);
  const covers = cand.sites.length ? meshProxyCovers(withCollectorsAt(s, cand.sites, 'mesh', pi), profile, o.proxyHops ?? 8, 0.9, o.meshLinks, control, links) : [];
  return place(s, 'mesh', profile.id, cand, covers, {
    evaluate(sites) {
      const e = evaluateMesh(withCollectorsAt(s, sites, 'mesh', pi), profile.id, o.meshLinks, control, links);
      return { success: e.dailyReadSuccess, home: e.collector };
    },
  }, o, control);
}

/** Own star sites (private 1:N, LoRaWAN) at the candidate sites' own antenna heights: proxy = best and alternate servers with a positive margin over all candidates. */
export function placeStar(s: Scenario, profile: StarProfile, o: PlacementOptions, control?: RunControl): Placement {
  const isd = profile.interSiteDistanceM ?? 3000;
  const cand = candidateSitesOfAll(s, isd, isd / 3);
  const run = (sites: ArrayLike<number>) => runStar(s, { profileId: profile.id, siteList: Array.from(sites, (j) => ({ id: s.sites.ids[j], xM: s.sites.xM[j], yM: s.sites.yM[j], heightM: s.sites.heightM[j] })) }, control);
  const covers: number[][] = Array.from(cand.sites, () => []);
  if (cand.sites.length) {
    const r = run(cand.sites), k = r.k, m = r.meters;
    for (let i = 0; i < s.meters.count; i++) {
      if (m.dailyReadSuccess[i] < o.target) continue;
      for (let q = 0; q < k; q++) {
        const cell = m.servers[i * k + q];
        if (cell < 0) continue;
        if (m.couplingLossDb[i * k + q] <= m.couplingLossDb[i * k] + m.marginDb[i]) covers[r.cells.siteIndex[cell]].push(i);
      }
    }
  }
  return place(s, 'star', profile.id, cand, covers.map((c) => Int32Array.from(new Set(c))), {
    evaluate(sites) {
      if (sites.length === 0) return { success: new Float32Array(s.meters.count), home: new Int32Array(s.meters.count).fill(-1) };
      const r = run(sites);
      return { success: r.meters.dailyReadSuccess, home: Int32Array.from({ length: s.meters.count }, (_, i) => (r.meters.servers[i * r.k] >= 0 ? r.cells.siteIndex[r.meters.servers[i * r.k]] : -1)) };
    },
  }, o, control);
}
