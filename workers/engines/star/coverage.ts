/**
 * Coverage probability under log-normal shadowing, and the mode choice.
 *
 * With a median margin M (dB) and a total location-variability sigma σ (dB),
 * the link closes at a fraction of locations
 *   P_cov = P(X < M) = Q(−M/σ) = Φ(M/σ),       X ~ N(0, σ²)
 * (the Gaussian tail; Jakes 1974, Rappaport §4.9.1). σ combines the outdoor
 * shadowing sigma of the area class (propagation/variability.ts) and, for
 * receivers inside buildings, the indoor sigma (datasets/propagation/indoor-defaults.json),
 * as independent terms: σ = √(σ_out² + σ_in²). σ = 0 gives a step at M = 0.
 *
 * Gateway diversity (LoRaWAN): a read decoded by any of the k best gateways
 * succeeds; treating the shadowing towards different gateways as independent,
 *   P_cov = 1 − Π_g (1 − Φ(M_g/σ)).
 * Independence is optimistic where the paths share the building entry and the
 * local clutter; it is the usual first-order assumption (e.g. Georgiou & Raza,
 * IEEE WCL 6(2), 2017 treat gateways independently).
 */
import { normalCdf } from '../propagation/normal';
import { modeMarginDb, type TechPlan } from './technology';

/** Φ(M/σ): the probability that a link with median margin M closes. */
export function coverageProbability(marginDb: number, sigmaDb: number): number {
  if (marginDb !== marginDb) return 0;
  if (!(sigmaDb > 0)) return marginDb >= 0 ? 1 : 0;
  return normalCdf(marginDb / sigmaDb);
}

/** Outcome of the mode choice for one receiver. */
export interface ModeChoice {
  /** Index into plan.modes, or −1 when no mode/server exists. */
  mode: number;
  /** Margin at the best server in the chosen mode, dB. */
  marginDb: number;
  /** Coverage probability (combined over servers when the plan has diversity). */
  coverageProbability: number;
}

/**
 * Choose the first mode reaching `target` coverage; else the most robust.
 * `clDb` holds the k best coupling losses (NaN = none); `perServer` receives
 * each server's coverage probability in the chosen mode.
 */
export function chooseMode(plan: TechPlan, clDb: ArrayLike<number>, k: number, offset: number, sigmaDb: number, target: number, perServer: Float64Array): ModeChoice {
  const best = clDb[offset];
  if (!plan.modes.length || best !== best) { perServer.fill(0); return { mode: -1, marginDb: NaN, coverageProbability: 0 }; }
  const servers = plan.diversity ? k : 1;
  let choice: ModeChoice = { mode: -1, marginDb: NaN, coverageProbability: 0 };
  for (let m = 0; m < plan.modes.length; m++) {
    let miss = 1;
    for (let j = 0; j < k; j++) {
      const cl = clDb[offset + j];
      const p = j < servers && cl === cl ? coverageProbability(modeMarginDb(plan, plan.modes[m], cl), sigmaDb) : 0;
      perServer[j] = p;
      miss *= 1 - p;
    }
    choice = { mode: m, marginDb: modeMarginDb(plan, plan.modes[m], best), coverageProbability: 1 - miss };
    if (choice.coverageProbability >= target) break;
  }
  return choice;
}
