/** Terrain: DEM tiles (SRTM .hgt; any reader producing a DemTile), LRU tile cache, bilinear sampling and PFL path profiles. */
export { GridDemTile, type DemTile, type GridGeoref, type HeightArray, type HeightSampler } from './dem-tile';
export { bilinearSample, type SampleResult } from './sampling';
export { parseSrtmName, readHgt, readHgtOrZip, srtmTileName, unzipHgt } from './srtm';
export { DemMosaic, DemTileCache } from './tile-cache';
export { EARTH_RADIUS_M, greatCircleDistanceM, greatCircleInterpolator } from './geodesy';
export { earthBulgeM, pathProfile, type LonLat, type ProfileOptions, type ProfileResult } from './profile';
