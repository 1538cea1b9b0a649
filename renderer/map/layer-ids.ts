/**
 * Map layers the user can toggle: the contract's layers (the native View menu
 * knows them) plus renderer-only layers such as candidate sites. Result
 * layers added later register here too (see layer-registry.ts).
 */
import { LAYER_IDS } from '../../contract/ipc';

/** Every toggleable map layer, in legend order. */
export const MAP_LAYER_IDS = LAYER_IDS;
export type MapLayerId = (typeof MAP_LAYER_IDS)[number];

/** Type guard for layer ids arriving as strings (menu commands). */
export function isMapLayerId(s: string): s is MapLayerId {
  return (MAP_LAYER_IDS as readonly string[]).includes(s);
}
