/**
 * Star-engine presets, read from datasets/star/*.json (never literals in the
 * engine). Every value keeps its source so the UI can show it.
 */
import cellularJson from '../../../datasets/star/cellular.json';
import loraPreset from '../../../datasets/star/lorawan.json';
import privatePreset from '../../../datasets/star/private-1n.json';
import defaultsPreset from '../../../datasets/star/star-defaults.json';
import type { LoraModem } from './lora-airtime';

/** A LoRaWAN region's uplink rules. */
export interface LoraRegion {
  allowedSf: number[];
  maxPayloadBytes: Record<string, number>;
  dwellTimeMs: number | null;
  dwellAllowedSf: number[];
  maxPayloadBytesDwell: Record<string, number>;
  dutyCycle: number;
  source: string;
}

/** One coverage-enhancement level of a cellular technology. */
export interface CeLevel {
  name: string;
  mclDb: number;
  repetitions: number;
  uplinkRateBps: number;
}

export const LORA_PRESET = loraPreset;
export const CELLULAR_PRESET = cellularJson;
export const PRIVATE_1N_PRESET = privatePreset;
export const STAR_DEFAULTS = defaultsPreset;

/** LoRaWAN region names in the preset. */
export const LORA_REGIONS = Object.keys(loraPreset.regions) as (keyof typeof loraPreset.regions)[];
export type LoraRegionName = (typeof LORA_REGIONS)[number];

/** The preset's modem settings for one SF. */
export function loraModem(sf: number): LoraModem {
  const a = loraPreset.airtime;
  return {
    sf, bandwidthHz: a.bandwidthHz.value, codingRate: a.codingRate.value, preambleSymbols: a.preambleSymbols.value,
    explicitHeader: a.explicitHeader.value, crc: a.crc.value, ldroAboveSymbolMs: a.lowDataRateOptimizeAboveSymbolMs.value,
  };
}

/** A LoRaWAN region from the preset. */
export function loraRegion(name: string): LoraRegion {
  const r = (loraPreset.regions as Record<string, LoraRegion | undefined>)[name];
  if (!r) throw new RangeError(`unknown LoRaWAN region ${name}; known: ${LORA_REGIONS.join(', ')}`);
  return r;
}

/** CE ladder and capacity constants of a cellular technology. */
export function cellularPreset(technology: 'lte-m' | 'nb-iot'): { levels: CeLevel[]; parallelUplinkChannels: number; retries: number; overheadBytes: number } {
  const t = cellularJson.technologies[technology];
  return { levels: t.levels, parallelUplinkChannels: t.parallelUplinkChannels.value, retries: t.retries.value, overheadBytes: t.overheadBytes.value };
}
