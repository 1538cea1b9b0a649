/**
 * One overall progress figure for a plan run. The planner reports many
 * stages (compile, regional public networks, then per area the placement
 * engines' own stages), each counting from 0; this folds them into a single
 * monotone 0…1000 scale so the bar and ETA do not jump back at every stage.
 */
import type { Progress } from '../../workers/clients/analysis-client';

/** Share of the bar for the phases before the per-area loop. */
const COMPILE_END = 50, REGIONAL_END = 200, TOTAL = 1000;

/** A folding function: feed engine progress, get bar progress (done/total out of 1000). */
export function planProgressFolder(): (p: Progress) => Progress {
  let areaIndex = -1, areaCount = 0, best = 0;
  return (p) => {
    const frac = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
    let v: number;
    if (p.stage === 'areas') {
      areaIndex = p.done; areaCount = p.total;
      v = REGIONAL_END + (TOTAL - REGIONAL_END) * (areaCount > 0 ? areaIndex / areaCount : 0);
    } else if (areaIndex >= 0 && areaCount > 0) {
      // an engine stage inside the current area: move within that area's share (at most 90 % of it)
      const share = (TOTAL - REGIONAL_END) / areaCount;
      v = REGIONAL_END + share * areaIndex + share * 0.9 * frac;
    } else if (p.stage === 'regional') {
      v = COMPILE_END + (REGIONAL_END - COMPILE_END) * frac;
    } else {
      v = COMPILE_END * frac;
    }
    best = Math.max(best, Math.min(TOTAL, v));
    return { stage: p.stage, done: best, total: TOTAL };
  };
}

/**
 * Progress of a job that runs the planner `passes` times (the tornado: the
 * base plan, then shadowing sigma and read-success target low/high). A new
 * pass starts when the 'regional' stage follows the per-area stage.
 */
export function multiPassFolder(passes: number): (p: Progress) => Progress {
  let pass = 0, inner = planProgressFolder(), sawAreas = false, best = 0;
  const n = Math.max(1, passes);
  return (p) => {
    if (p.stage === 'areas') sawAreas = true;
    else if (p.stage === 'regional' && sawAreas) { pass = Math.min(n - 1, pass + 1); inner = planProgressFolder(); sawAreas = false; }
    const f = inner(p);
    best = Math.max(best, (pass * TOTAL + f.done) / n);
    return { stage: p.stage, done: best, total: TOTAL };
  };
}
