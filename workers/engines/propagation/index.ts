/**
 * Propagation models (one per file, each citing its standard) and the
 * registry. Every model returns a {@link ModelResult}.
 */
export { fail, ok, type ModelResult } from './types';
export { inverseComplementaryNormal, inverseNormalCdf, normalCdf } from './normal';
export { freeSpaceLoss, freeSpaceLossDb, type FreeSpaceInput } from './free-space';
export { logDistanceLoss, type LogDistanceInput } from './log-distance';
export { cost231HataLoss, hataLoss, hataMobileCorrectionLargeCityDb, hataMobileCorrectionSmallCityDb, type HataEnvironment, type HataInput } from './hata';
export { seamcatHataLoss, seamcatHataSigmaDb, type SeamcatEnvironment, type SeamcatHataInput, type SeamcatPathMode } from './seamcat-hata';
export { P1411_LOW_HEIGHT_URBAN_DB, P1411_TABLE4, p1411BelowRooftopLoss, p1411LowHeightLoss, type P1411BelowRooftopInput, type P1411Environment, type P1411LowHeightEnvironment, type P1411LowHeightInput } from './p1411';
export { P2108_CLUTTER_TYPES, P2108_DEFAULT_CLUTTER_HEIGHT_M, knifeEdgeJDb, p2108AeronauticalClutterLoss, p2108HeightGainCorrection, p2108TerrestrialClutterLoss, type P2108ClutterType } from './p2108';
export { P2109_COEFFICIENTS, p2109BuildingEntryLoss, p2109LossDb, type P2109BuildingType, type P2109Input } from './p2109';
export { indoorAdjunctLoss, type IndoorAdjunctInput, type IndoorParams } from './indoor';
export { areaClassSigmaDb, fadeMargin, okumuraSuburbanSigmaDb, okumuraUrbanSigmaDb, p1812LocationSigmaDb, shadowingSigmaDb, type ShadowingMethod } from './variability';
export { INDOOR_DEFAULTS_SOURCED, defaultIndoorParams, defaultShadowingMethods } from './presets';
export { ITM_ENGINE, defaultItmParams, type ItmBinding, type ItmLinkParams } from './itm-adapter';
export type { LinkQuery } from './link-query';
export { createPropagationRegistry, defaultPropagationRegistry, type ModelChoice, type PropagationModel, type PropagationRegistry } from './registry';
