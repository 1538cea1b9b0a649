/**
 * ITS Irregular Terrain Model (Longley-Rice) v1.2.2, as in the NTIA/ITS
 * reference library: point-to-point over a terrain profile and area mode,
 * each with time/location/situation or confidence/reliability variability.
 *
 * Standard: G. A. Hufford, "The ITS Irregular Terrain Model, version 1.2.2:
 * the Algorithm" (NTIA/ITS, 1995); P. L. Rice et al., NBS Technical Note 101;
 * A. G. Longley and P. L. Rice, ERL 79-ITS 67 (1968).
 * Validity: 20 MHz–20 GHz, terminal heights 0.5–3000 m, distances 1–2000 km.
 */
export { itmP2PTls, itmP2PCr } from './p2p';
export { itmAreaTls, itmAreaCr } from './area';
export { itmMdvar, itmWarningMessages, freeSpaceLossDb } from './results';
export {
  ITM_ERROR, ITM_ERROR_MESSAGES, ITM_WARNING, ITM_WARNING_MESSAGES, ITM_CLIMATE, ITM_POLARIZATION,
  ITM_SITING, ITM_PROPAGATION_MODE, ITM_MDVAR,
} from './constants';
export type { ItmErrorCode } from './constants';
export type {
  ItmRadioInput, ItmTlsPercentages, ItmCrPercentages, ItmProfile, ItmP2PPath, ItmAreaPath,
  ItmP2PTlsInput, ItmP2PCrInput, ItmAreaTlsInput, ItmAreaCrInput, ItmIntermediate,
  ItmSuccess, ItmFailure, ItmResult,
} from './types';
