/** Exports: GeoJSON, CSV and KML of meters (with results), collectors, routes and areas; the per-area table; PNG + world file and GeoTIFF rasters; whole result exports. */
export { areasToGeoJson, collectorsToGeoJson, geoJsonText, metersToGeoJson } from './geojson';
export { areasToCsv, collectorsToCsv, metersToCsv, polygonWkt } from './csv';
export { metersWithResultsToCsv, metersWithResultsToGeoJson, meshRouteSegments, perAreaToCsv, routesToCsv, routesToGeoJson, PER_AREA_COLUMNS, type ResultColumns, type RouteSegment } from './results';
export { featureCollectionToKml, kmlColour, xmlEscape } from './kml';
export { crc32, encodePng, worldFile, PNG_SIGNATURE, type LonLatGrid } from './png';
export { areaRaster, exportRuns, meterResultColumns, rasterToPng, type ExportRuns } from './run-data';
export { rasterToGeoTiff, RASTER_GEOTIFF_BANDS } from './geotiff';
export { buildResultExport, exportRequestProblem, EXPORT_FORMATS, type ExportedFile, type ExportWhat, type ResultExport, type ResultExportFormat, type ResultExportRequest } from './result-export';
