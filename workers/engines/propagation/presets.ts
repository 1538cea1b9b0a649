/**
 * Default parameters of the propagation adjuncts, read from the preset files
 * in datasets/propagation (never literals in the engines). Each value keeps
 * its source so the UI can show it.
 */
import indoorPreset from '../../../datasets/propagation/indoor-defaults.json';
import shadowingPreset from '../../../datasets/propagation/shadowing-defaults.json';
import type { AreaClass } from '../../model/enums';
import type { IndoorParams } from './indoor';
import type { ShadowingMethod } from './variability';

type Sourced = { value: number; source: string };

/** Indoor adjunct defaults with their sources (the preset minus its "about" note). */
export const INDOOR_DEFAULTS_SOURCED: Readonly<Record<keyof IndoorParams | 'groundFloorPenetrationLossDb' | 'indoorSigmaDb', Sourced>> = (() => {
  const { about: _about, ...values } = indoorPreset;
  return values;
})();

/** Indoor adjunct defaults as plain parameters. */
export function defaultIndoorParams(): IndoorParams {
  const s = INDOOR_DEFAULTS_SOURCED;
  return {
    floorGainDbPerFloor: s.floorGainDbPerFloor.value,
    floorGainMaxFloors: s.floorGainMaxFloors.value,
    basementExtraLossDb: s.basementExtraLossDb.value,
    meterRoomExtraLossDb: s.meterRoomExtraLossDb.value,
    undergroundExtraLossDb: s.undergroundExtraLossDb.value,
  };
}

/** Shadowing sigma method per area class, with sources. */
export function defaultShadowingMethods(): Record<AreaClass, ShadowingMethod & { source: string }> {
  return shadowingPreset.classes as Record<AreaClass, ShadowingMethod & { source: string }>;
}
