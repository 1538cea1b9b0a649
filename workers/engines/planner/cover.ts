/**
 * Least-cost covering of meters by collector sites (the placement core).
 *
 * Problem: candidate sites j with cost c_j each cover a set of meters C_j
 * (proxy coverage, already capped at the collector's capacity and hop limit
 * by the caller); choose S minimising Σ c_j subject to |∪_{j∈S} C_j| ≥ R.
 * When no S reaches R, the maximum coverage reachable is the requirement.
 *
 * Method: exact depth-first branch and bound when there are at most
 * `exactMaxSites` candidates; otherwise greedy by new-meters-per-cost
 * (the classic ln n-approximation of weighted set cover), then local
 * improvement: drop redundant sites (costliest first) and 1-for-1 swaps to
 * cheaper sites that overlap the dropped one's coverage, until no move helps.
 * The result is never costlier than the baseline (one site per cluster,
 * pruned the same way) when that baseline is feasible: both are computed and
 * the cheaper feasible one is returned.
 */

export interface CoverProblem {
  meterCount: number;
  /** Cost per candidate site. */
  siteCost: ArrayLike<number>;
  /** Meters (0…meterCount−1) each site covers. */
  covers: readonly Int32Array[];
  /** Meters that must be covered (capped at what all sites together cover). */
  required: number;
  /** Baseline: one site per candidate cluster (cluster id per site, −1 = none). */
  cluster?: Int32Array;
}

export interface CoverSolution {
  sites: number[];
  covered: number;
  cost: number;
  required: number;
  feasible: boolean;
  method: 'exact' | 'greedy+swap' | 'baseline';
}

export interface CoverOptions {
  exactMaxSites?: number;
  maxSwapRounds?: number;
}

/** Meters covered by the union of `sites`. */
export function coverageOf(p: CoverProblem, sites: readonly number[]): number {
  const seen = new Uint8Array(p.meterCount);
  let n = 0;
  for (const s of sites) for (const m of p.covers[s]) if (!seen[m]) { seen[m] = 1; n++; }
  return n;
}

const costOf = (p: CoverProblem, sites: readonly number[]) => sites.reduce((a, s) => a + p.siteCost[s], 0);

/** Exact minimum-cost cover by enumeration with pruning (small instances only). */
export function exactCover(p: CoverProblem): CoverSolution {
  const n = p.covers.length;
  const required = Math.min(p.required, coverageOf(p, Array.from({ length: n }, (_, i) => i)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p.siteCost[a] - p.siteCost[b]);
  let best: number[] | null = null, bestCost = Infinity;
  const count = new Int32Array(p.meterCount);
  const chosen: number[] = [];
  let covered = 0;
  const dfs = (k: number, cost: number) => {
    if (covered >= required) { if (cost < bestCost) { bestCost = cost; best = chosen.slice(); } return; }
    if (k >= n) return;
    const j = order[k];
    if (cost + p.siteCost[j] < bestCost) {
      for (const m of p.covers[j]) if (count[m]++ === 0) covered++;
      chosen.push(j);
      dfs(k + 1, cost + p.siteCost[j]);
      chosen.pop();
      for (const m of p.covers[j]) if (--count[m] === 0) covered--;
    }
    dfs(k + 1, cost);
  };
  dfs(0, 0);
  const sites = (best ?? []) as number[];
  return { sites: sites.sort((a, b) => a - b), covered: coverageOf(p, sites), cost: bestCost === Infinity ? 0 : bestCost, required, feasible: true, method: 'exact' };
}

/** Greedy by new meters per unit cost, from an optional starting set. */
export function greedyCover(p: CoverProblem, start: readonly number[] = []): number[] {
  const count = new Int32Array(p.meterCount);
  const chosen = new Set(start);
  let covered = 0;
  for (const s of chosen) for (const m of p.covers[s]) if (count[m]++ === 0) covered++;
  const required = Math.min(p.required, coverageOf(p, Array.from({ length: p.covers.length }, (_, i) => i)));
  // lazy greedy: gains only shrink (submodular), so a stale upper bound can be re-evaluated on pop
  const bound = Float64Array.from(p.covers, (c, j) => (chosen.has(j) ? -1 : c.length / Math.max(p.siteCost[j], 1e-9)));
  while (covered < required) {
    let pick = -1;
    for (;;) {
      let j = -1, b = 0;
      for (let i = 0; i < bound.length; i++) if (bound[i] > b) { b = bound[i]; j = i; }
      if (j < 0) break;
      let gain = 0;
      for (const m of p.covers[j]) if (count[m] === 0) gain++;
      const ratio = gain / Math.max(p.siteCost[j], 1e-9);
      bound[j] = ratio;
      if (gain === 0) { bound[j] = -1; continue; }
      let next = 0;
      for (let i = 0; i < bound.length; i++) if (i !== j && bound[i] > next) next = bound[i];
      if (ratio >= next) { pick = j; break; }
    }
    if (pick < 0) break;
    bound[pick] = -1;
    chosen.add(pick);
    for (const m of p.covers[pick]) if (count[m]++ === 0) covered++;
  }
  return [...chosen];
}

/** Drop redundant sites (costliest first), then 1-for-1 swaps to cheaper overlapping sites. */
export function improveCover(p: CoverProblem, sites: readonly number[], maxRounds = 20): number[] {
  const required = Math.min(p.required, coverageOf(p, sites));
  const count = new Int32Array(p.meterCount);
  const chosen = new Set(sites);
  let covered = 0;
  for (const s of chosen) for (const m of p.covers[s]) if (count[m]++ === 0) covered++;
  const lossOf = (s: number) => { let l = 0; for (const m of p.covers[s]) if (count[m] === 1) l++; return l; };
  const remove = (s: number) => { chosen.delete(s); for (const m of p.covers[s]) if (--count[m] === 0) covered--; };
  const add = (s: number) => { chosen.add(s); for (const m of p.covers[s]) if (count[m]++ === 0) covered++; };
  const sitesOf: number[][] = Array.from({ length: p.meterCount }, () => []);
  p.covers.forEach((c, j) => { for (const m of c) sitesOf[m].push(j); });
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (const s of [...chosen].sort((a, b) => p.siteCost[b] - p.siteCost[a])) {
      if (covered - lossOf(s) >= required) { remove(s); improved = true; }
    }
    for (const s of [...chosen].sort((a, b) => p.siteCost[b] - p.siteCost[a])) {
      if (!chosen.has(s)) continue;
      const near = new Set<number>();
      for (const m of p.covers[s]) for (const u of sitesOf[m]) if (!chosen.has(u) && p.siteCost[u] < p.siteCost[s]) near.add(u);
      remove(s);
      let best = -1;
      for (const u of [...near].sort((a, b) => p.siteCost[a] - p.siteCost[b])) {
        let gain = 0;
        for (const m of p.covers[u]) if (count[m] === 0) gain++;
        if (covered + gain >= required) { best = u; break; }
      }
      if (best >= 0) { add(best); improved = true; } else add(s);
    }
    if (!improved) break;
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Economic extension beyond the requirement: keep adding the site with the
 * best new-meters-per-cost while new meters × `valuePerMeter` (e.g. the
 * present value of the manual reads a served meter saves) exceed its cost.
 */
export function extendEconomically(p: CoverProblem, sites: readonly number[], valuePerMeter: number): number[] {
  if (!(valuePerMeter > 0)) return sites.slice();
  const count = new Int32Array(p.meterCount);
  const chosen = new Set(sites);
  for (const s of chosen) for (const m of p.covers[s]) count[m]++;
  for (;;) {
    let best = -1, bestRatio = 0;
    p.covers.forEach((c, j) => {
      if (chosen.has(j)) return;
      let gain = 0;
      for (const m of c) if (count[m] === 0) gain++;
      const ratio = gain / Math.max(p.siteCost[j], 1e-9);
      if (gain * valuePerMeter > p.siteCost[j] && ratio > bestRatio) { bestRatio = ratio; best = j; }
    });
    if (best < 0) break;
    chosen.add(best);
    for (const m of p.covers[best]) count[m]++;
  }
  return [...chosen].sort((a, b) => a - b);
}

/** One site per cluster: the cheapest covering site of each cluster (the simple feasible baseline). */
export function baselineCover(p: CoverProblem): number[] {
  const pick = new Map<number, number>();
  p.covers.forEach((c, j) => {
    const k = p.cluster ? p.cluster[j] : j;
    if (k < 0 || c.length === 0) return;
    const cur = pick.get(k);
    if (cur === undefined || p.siteCost[j] < p.siteCost[cur] || (p.siteCost[j] === p.siteCost[cur] && c.length > p.covers[cur].length)) pick.set(k, j);
  });
  return [...pick.values()].sort((a, b) => a - b);
}

/** Solve a cover problem (see the module comment). */
export function solveCover(p: CoverProblem, o: CoverOptions = {}): CoverSolution {
  const all = Array.from({ length: p.covers.length }, (_, i) => i);
  const reachable = coverageOf(p, all);
  const required = Math.min(p.required, reachable);
  if (p.covers.length <= (o.exactMaxSites ?? 16)) return { ...exactCover(p), feasible: p.required <= reachable };
  const q = { ...p, required };
  const g = improveCover(q, greedyCover(q), o.maxSwapRounds);
  const candidates: CoverSolution[] = [{ sites: g, covered: coverageOf(q, g), cost: costOf(q, g), required, feasible: p.required <= reachable, method: 'greedy+swap' }];
  const base = baselineCover(q);
  if (coverageOf(q, base) >= required) {
    const b = improveCover(q, base, o.maxSwapRounds);
    candidates.push({ sites: b, covered: coverageOf(q, b), cost: costOf(q, b), required, feasible: p.required <= reachable, method: 'baseline' });
  }
  return candidates.filter((c) => c.covered >= required).sort((a, b) => a.cost - b.cost)[0] ?? candidates[0];
}
