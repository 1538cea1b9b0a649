/** The wireless star engine: best server, coverage probability, LPWA/cellular capacity, coverage rasters. */
export { runStar, reasonOf, STAR_REASONS, type StarMeterResults, type StarReason, type StarResult } from './engine';
export { computeStarRaster, type StarRaster, type StarRasterRequest } from './raster';
export { georeference, localGridForBox, lonLatGridForBox, metresPerDegree, ringsBox, type RasterGeoref, type RasterGrid } from './raster-grid';
export { colourise, STAR_RASTER_LEGEND, type ColourScale, type StarRasterLegend } from './legend';
export { prepareStar, starProfile, type StarOptions, type StarSetup } from './setup';
export { buildCells, hexGridSites, sectorsFromOverride, type SiteOverride, type StarCells, type StarSiteInput } from './sites';
export { defaultSector, sectorAttenuationDb, type SectorPattern } from './antenna';
export { loraAirtimeMs, loraPayloadSymbols, loraSymbolMs, type LoraModem } from './lora-airtime';
export { CaptureLoad, pureAlohaSuccess, pureAlohaThroughput } from './aloha';
export { erlangB } from './erlang';
export { coverageProbability, chooseMode } from './coverage';
export { capacity, type CapacityResult } from './capacity';
export { techPlan, modeMarginDb, type TechMode, type TechPlan } from './technology';
export { localTerrainFromSampler, localProfile, localHeightM, type LocalTerrain } from './local-terrain';
export { CouplingEvaluator, type BestServers, type Receivers } from './coupling';
