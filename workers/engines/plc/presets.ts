/**
 * PLC constants, read from datasets/plc/plc-defaults.json (DOMAIN-PARAMETERS
 * §3: sourced values, DERIVED ones with their working, ESTIMATE ones meant to
 * be edited). Engines never hold these as literals: they take a
 * {@link PlcPresets}, built by {@link plcPresets} from the file and the
 * user's overrides.
 */
import preset from '../../../datasets/plc/plc-defaults.json';
import { AREA_CLASSES, PLC_BANDS, type AreaClass, type PlcBand } from '../../model/enums';

/** G3-PLC modulations, most robust first (their order is the modulation code). */
export const MODULATIONS = ['ROBO', 'DBPSK', 'DQPSK', 'D8PSK'] as const;
export type Modulation = (typeof MODULATIONS)[number];

/** One cable type: attenuation α(f) = a0 + a1·f^k in dB/km with f in kHz (Zimmermann & Dostert 2002 form). */
export interface CableSpec {
  a0DbPerKm: number;
  a1DbPerKm: number;
  k: number;
  source?: string;
}

export interface BandSpec {
  lowKHz: number;
  highKHz: number;
  tones: number;
  dataRatesKbps: Record<Modulation, number>;
  source?: string;
}

/** Every PLC constant the engine uses (plain values; sources stay in the preset file). */
export interface PlcPresets {
  bands: Record<PlcBand, BandSpec>;
  frequencyEvaluation: 'centre' | 'tone-mean';
  thresholdSnrDb: Record<Modulation, number>;
  thresholdFrameErrorRate: number;
  thresholdFrameBytes: number;
  selectionMarginDb: number;
  ackBytes: number;
  cables: Record<string, CableSpec>;
  fallbackCableType: string;
  serviceDropCableType: string;
  riserCableType: string;
  synthesizedCableType: Record<'pole' | 'pad' | 'indoor', string>;
  branchLossDb: number;
  noisePsdDbmPerHz: Record<AreaClass, Record<PlcBand, number>>;
  outsideAreaClass: AreaClass;
  dbuvPerDbm50Ohm: number;
  snapToleranceM: number;
  minServiceDropM: number;
  defaultFloorHeightM: number;
  riserMinFloor: number;
  maxStreetPathM: number;
  maxNeighbours: number;
  crossTransformer: { lossDb: number; radiusM: number };
  reliability: { phyOverheadBytes: number; perAttemptOverheadMs: number; perHopFixedMs: number; dutyLimit: number; collisionVulnerability: number };
}

/** Overrides: any top-level field, with the record-valued ones merged key by key. */
export type PlcPresetOverrides = Partial<Omit<PlcPresets, 'cables' | 'thresholdSnrDb' | 'noisePsdDbmPerHz' | 'bands'>> & {
  cables?: Record<string, CableSpec>;
  thresholdSnrDb?: Partial<Record<Modulation, number>>;
  noisePsdDbmPerHz?: Partial<Record<AreaClass, Partial<Record<PlcBand, number>>>>;
  bands?: Partial<Record<PlcBand, Partial<BandSpec>>>;
};

/** The file's values with their sources, for the UI. */
export const PLC_PRESET_FILE = preset;

function fromFile(): PlcPresets {
  const p = preset;
  const strip = <T extends object>(o: T): Omit<T, 'source'> => { const { source: _s, ...rest } = o as T & { source?: string }; return rest; };
  return {
    bands: Object.fromEntries(PLC_BANDS.map((b) => [b, { ...p.bands[b] }])) as Record<PlcBand, BandSpec>,
    frequencyEvaluation: p.frequencyEvaluation.value as 'centre' | 'tone-mean',
    thresholdSnrDb: Object.fromEntries(MODULATIONS.map((m) => [m, p.modulations[m].thresholdSnrDb])) as Record<Modulation, number>,
    thresholdFrameErrorRate: p.thresholdFrameErrorRate.value,
    thresholdFrameBytes: p.thresholdFrameBytes.value,
    selectionMarginDb: p.selectionMarginDb.value,
    ackBytes: p.ackBytes.value,
    cables: Object.fromEntries(Object.entries(p.cables).map(([k, v]) => [k, { ...v }])),
    fallbackCableType: p.fallbackCableType.value,
    serviceDropCableType: p.serviceDropCableType.value,
    riserCableType: p.riserCableType.value,
    synthesizedCableType: strip(p.synthesizedCableType),
    branchLossDb: p.branchLossDb.value,
    noisePsdDbmPerHz: Object.fromEntries(AREA_CLASSES.map((c) => [c, { ...p.noisePsdDbmPerHz[c] }])) as Record<AreaClass, Record<PlcBand, number>>,
    outsideAreaClass: p.outsideAreaClass.value as AreaClass,
    dbuvPerDbm50Ohm: p.dbuvPerDbm50Ohm.value,
    snapToleranceM: p.snapToleranceM.value,
    minServiceDropM: p.minServiceDropM.value,
    defaultFloorHeightM: p.defaultFloorHeightM.value,
    riserMinFloor: p.riserMinFloor.value,
    maxStreetPathM: p.maxStreetPathM.value,
    maxNeighbours: p.maxNeighbours.value,
    crossTransformer: strip(p.crossTransformer),
    reliability: strip(p.reliability),
  };
}

/** The preset file's values with `overrides` applied (record fields merge per key). Throws on nonsense. */
export function plcPresets(overrides: PlcPresetOverrides = {}): PlcPresets {
  const base = fromFile();
  const { cables, thresholdSnrDb, noisePsdDbmPerHz, bands, ...rest } = overrides;
  const out: PlcPresets = { ...base, ...rest };
  if (cables) out.cables = { ...base.cables, ...cables };
  if (thresholdSnrDb) out.thresholdSnrDb = { ...base.thresholdSnrDb, ...thresholdSnrDb };
  if (noisePsdDbmPerHz) for (const c of AREA_CLASSES) out.noisePsdDbmPerHz[c] = { ...base.noisePsdDbmPerHz[c], ...noisePsdDbmPerHz[c] };
  if (bands) for (const b of PLC_BANDS) out.bands[b] = { ...base.bands[b], ...bands[b] };
  validatePresets(out);
  return out;
}

function validatePresets(p: PlcPresets): void {
  for (const [k, c] of Object.entries(p.cables)) {
    if (!(c.a0DbPerKm >= 0 && c.a1DbPerKm >= 0 && c.k >= 0 && Number.isFinite(c.a0DbPerKm + c.a1DbPerKm + c.k))) throw new RangeError(`cable ${k}: a0, a1 and k must be finite and ≥ 0`);
  }
  if (!p.cables[p.fallbackCableType]) throw new RangeError(`fallback cable type ${p.fallbackCableType} is not in the cable table`);
  for (let i = 1; i < MODULATIONS.length; i++) {
    if (!(p.thresholdSnrDb[MODULATIONS[i]] > p.thresholdSnrDb[MODULATIONS[i - 1]])) throw new RangeError('modulation thresholds must increase from ROBO to D8PSK');
  }
  for (const b of PLC_BANDS) if (!(p.bands[b].highKHz > p.bands[b].lowKHz && p.bands[b].lowKHz > 0)) throw new RangeError(`band ${b}: need 0 < lowKHz < highKHz`);
  if (!(p.thresholdFrameErrorRate > 0 && p.thresholdFrameErrorRate < 1)) throw new RangeError('thresholdFrameErrorRate must be within (0, 1)');
  const nonNeg = ['branchLossDb', 'snapToleranceM', 'minServiceDropM', 'selectionMarginDb'] as const;
  for (const k of nonNeg) if (!(p[k] >= 0)) throw new RangeError(`${k} must be ≥ 0`);
  if (!(p.defaultFloorHeightM > 0) || !(p.maxStreetPathM > 0)) throw new RangeError('defaultFloorHeightM and maxStreetPathM must be > 0');
  if (!Number.isInteger(p.maxNeighbours) || p.maxNeighbours < 1) throw new RangeError('maxNeighbours must be an integer ≥ 1');
}
