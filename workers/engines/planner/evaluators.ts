/**
 * Medium evaluators: per-meter daily read success and the collectors a
 * layout needs, per medium, behind one interface so the planner treats
 * mesh, star and PLC alike.
 * - public star (LTE-M / NB-IoT): the operator's network as a hexagonal grid
 *   (runStar sites 'hex'), evaluated once over the region; no own sites.
 * - PLC: the PLC engine (runPlc, one concentrator per transformer by
 *   default), evaluated once over the region; the collectors of an area are
 *   the concentrators of the transformers feeding its meters.
 * Mesh, private 1:N and LoRaWAN need placement (placement.ts).
 */
import type { PlcProfile, TechnologyProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import { runPlc, type PlcInput } from '../plc';
import type { RunControl } from '../run-control';
import { runStar } from '../star';

/** Per-meter outcome of a medium over the whole region (or "not available" with the reason). */
export interface RegionEvaluation {
  available: boolean;
  note?: string;
  /** Per scenario meter. */
  dailyReadSuccess: Float32Array;
  /** Collector group per meter (PLC: the LV network = transformer index), −1 when none; collectors of a set of meters = distinct groups. */
  collectorGroup: Int32Array;
}

/** A medium evaluated once over the region. */
export interface MediumEvaluator {
  medium: TechnologyProfile['medium'];
  profileId: string;
  evaluate(s: Scenario, control?: RunControl): RegionEvaluation;
}

/** Public cellular network: hexagonal grid of the profile's inter-site distance. */
export function publicStarEvaluator(profileId: string): MediumEvaluator {
  return {
    medium: 'star', profileId,
    evaluate(s, control) {
      const r = runStar(s, { profileId, sites: 'hex' }, control);
      return { available: true, dailyReadSuccess: r.meters.dailyReadSuccess, collectorGroup: new Int32Array(s.meters.count).fill(-1) };
    },
  };
}

/** PLC through the PLC engine; "not available" without the LV-grid input. */
export function plcEvaluator(profile: PlcProfile, input: PlcInput | undefined): MediumEvaluator {
  return {
    medium: 'plc', profileId: profile.id,
    evaluate(s, control) {
      const n = s.meters.count;
      if (!input) return { available: false, note: 'PLC needs the LV grid (PlcInput from the Project); none was given', dailyReadSuccess: new Float32Array(n), collectorGroup: new Int32Array(n).fill(-1) };
      const r = runPlc(input, { profile, settings: s.settings, concentrators: 'transformers', nMinusOne: false, dominators: false }, control);
      const group = new Int32Array(n).fill(-1);
      for (let i = 0; i < n; i++) {
        const c = r.meters.concentrator[i];
        group[i] = c >= 0 ? r.concentrators.transformerIndex[c] : r.meters.network[i];
      }
      return { available: true, dailyReadSuccess: r.meters.dailyReadSuccess, collectorGroup: group };
    },
  };
}

/** Distinct collectors serving `meters` (PLC: one concentrator per LV network feeding them, served or not). */
export function collectorsFor(e: RegionEvaluation, meters: Int32Array): number {
  const seen = new Set<number>();
  for (const i of meters) if (e.collectorGroup[i] >= 0) seen.add(e.collectorGroup[i]);
  return seen.size;
}
