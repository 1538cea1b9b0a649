/** RF link-model defaults from datasets/links/rf-link-defaults.json, with sources. */
import preset from '../../../datasets/links/rf-link-defaults.json';
import type { P2109BuildingType } from '../propagation/p2109';

type Sourced<T> = { value: T; source: string };
const { about: _about, ...sourced } = preset;

/** The defaults with their sources, for display. */
export const RF_LINK_DEFAULTS_SOURCED = sourced as unknown as {
  sensitivityReferencePer: Sourced<number>;
  sensitivityReferenceBytes: Sourced<number>;
  phyOverheadBytes: Sourced<number>;
  ackBytes: Sourced<number>;
  maxLinkEtx: Sourced<number>;
  candidateFactor: Sourced<number>;
  buildingType: Sourced<P2109BuildingType>;
  entryLossProbability: Sourced<number>;
  minDistanceM: Sourced<number>;
  floorHeightM: Sourced<number>;
};

/** Plain default values. */
export type RfLinkDefaults = { [K in keyof typeof RF_LINK_DEFAULTS_SOURCED]: (typeof RF_LINK_DEFAULTS_SOURCED)[K]['value'] };

export function rfLinkDefaults(): RfLinkDefaults {
  return Object.fromEntries(Object.entries(RF_LINK_DEFAULTS_SOURCED).map(([k, v]) => [k, v.value])) as RfLinkDefaults;
}
