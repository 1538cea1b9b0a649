/**
 * Indoor adjuncts added on top of an outdoor path loss and the P.2109
 * building entry loss: height gain per floor above ground, and extra loss
 * for meters in basements, meter rooms and underground vaults. All values
 * are parameters; their defaults and sources live in
 * datasets/propagation/indoor-defaults.json (see indoor-presets.ts).
 *
 *   outdoor:     0
 *   indoor:      −g·min(floor, F_max)           (floor 0 = ground floor)
 *   meter-room:  L_mr − g·min(floor, F_max)
 *   basement:    L_b
 *   underground: L_u
 * where g = floor gain per floor (dB), F_max the floor cap.
 */
import type { IndoorClass } from '../../model/enums';
import { fail, ok, requireFinite, type ModelResult } from './types';

/** Indoor adjunct parameters (dB unless named otherwise). */
export interface IndoorParams {
  floorGainDbPerFloor: number;
  floorGainMaxFloors: number;
  basementExtraLossDb: number;
  meterRoomExtraLossDb: number;
  undergroundExtraLossDb: number;
}

/** Inputs of {@link indoorAdjunctLoss}. */
export interface IndoorAdjunctInput {
  indoorClass: IndoorClass;
  /** Floor number above ground (0 = ground floor); ignored for basement/underground. */
  floor: number;
  params: IndoorParams;
}

/** Extra loss (dB, negative for a height gain) for where the meter sits in its building. */
export function indoorAdjunctLoss({ indoorClass, floor, params }: IndoorAdjunctInput): ModelResult {
  const bad = requireFinite({ floor, ...params });
  if (bad) return bad;
  if (params.floorGainMaxFloors < 0) return fail('invalid-input', `floorGainMaxFloors must be ≥ 0, got ${params.floorGainMaxFloors}`);
  const warnings: string[] = [];
  const aboveGround = (): number => {
    if (floor < 0) {
      warnings.push(`floor ${floor} is below ground for class ${indoorClass}; no height gain applied`);
      return 0;
    }
    if (floor > params.floorGainMaxFloors) warnings.push(`floor ${floor} is above the ${params.floorGainMaxFloors}-floor cap of the height gain`);
    return -params.floorGainDbPerFloor * Math.min(floor, params.floorGainMaxFloors);
  };
  switch (indoorClass) {
    case 'outdoor':
      return ok(0);
    case 'indoor':
      return ok(aboveGround(), warnings);
    case 'meter-room':
      return ok(params.meterRoomExtraLossDb + aboveGround(), warnings);
    case 'basement':
      return ok(params.basementExtraLossDb);
    case 'underground':
      return ok(params.undergroundExtraLossDb);
    default:
      return fail('invalid-input', `unknown indoor class ${String(indoorClass)}`);
  }
}
