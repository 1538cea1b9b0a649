/**
 * Per-node losses at a link end that do not depend on the other end: the
 * ITU-R P.2109 building entry loss (median, horizontal path) for meters
 * inside buildings, plus the indoor adjuncts (floor height gain, basement,
 * meter room, underground vault) of propagation/indoor.ts.
 *
 *   outdoor      0
 *   indoor       BEL + adjunct(floor)        (floor gain is negative loss)
 *   meter-room   BEL + meter-room extra + adjunct(floor)
 *   basement     BEL + basement extra
 *   underground  underground extra (no façade: the path is through the vault)
 */
import { INDOOR_CLASSES } from '../../model/enums';
import { indoorAdjunctLoss, type IndoorParams } from '../propagation/indoor';
import { p2109BuildingEntryLoss, type P2109BuildingType } from '../propagation/p2109';

export interface EndLossOptions {
  freqMHz: number;
  indoor: IndoorParams;
  buildingType: P2109BuildingType;
  /** P.2109 probability (0.5 = median; shadowing is modelled separately). */
  entryLossProbability: number;
}

/** Loss (dB) per indoor class and floor, for every meter. Throws on invalid parameters. */
export function endLossesDb(indoorCode: Uint8Array, floor: Int16Array, o: EndLossOptions): Float32Array {
  const bel = p2109BuildingEntryLoss({ freqGHz: o.freqMHz / 1000, probability: o.entryLossProbability, buildingType: o.buildingType, elevationDeg: 0 });
  if (!bel.ok) throw new RangeError(`building entry loss: ${bel.error}`);
  const out = new Float32Array(indoorCode.length);
  const cache = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const key = indoorCode[i] * 4096 + floor[i] + 2048;
    let v = cache.get(key);
    if (v === undefined) {
      const cls = INDOOR_CLASSES[indoorCode[i]];
      const adj = indoorAdjunctLoss({ indoorClass: cls, floor: Math.max(0, floor[i]), params: o.indoor });
      if (!adj.ok) throw new RangeError(`indoor adjunct: ${adj.error}`);
      v = cls === 'outdoor' ? 0 : cls === 'underground' ? adj.lossDb : bel.lossDb + adj.lossDb;
      cache.set(key, v);
    }
    out[i] = v;
  }
  return out;
}
