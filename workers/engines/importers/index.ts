/**
 * Importers: pure functions from file contents to a preview-able
 * {@link ImportResult} (valid entities, counts, bbox, source CRS, per-row or
 * per-feature errors and warnings). They never throw on bad input.
 */
export { type BBox, type ImportIssue, type ImportResult, MAX_IMPORT_ITEMS, MAX_ISSUES } from './types';
export { resolveCrs, WGS84, type CrsConverter } from './crs';
export { importMetersCsv, type MeterColumn, type MetersCsvOptions } from './meters-csv';
export { importMetersGeoJson, type MetersGeoJsonOptions } from './meters-geojson';
export { importBuildingsGeoJson, metersFromBuildings, type BuildingImport, type BuildingMeterOptions, type BuildingsGeoJsonOptions } from './meters-buildings';
export { importOsm, roadKind, type OsmImport, type OsmOptions } from './osm';
export { importAreasGeoJson, areasFromFeatures, type AreaClassMapping, type AreaImportOptions } from './areas';
export { importAreasShapefile, type ShapefileParts } from './areas-shapefile';
export { importGridGeoJson, type GridGeoJsonOptions } from './grid-geojson';
export { importGeoTiff, importHgt, type GeoTiffOptions, type TerrainImport } from './terrain';
