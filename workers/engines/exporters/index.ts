/** Exports: GeoJSON, CSV and KML of meters (with results), collectors, routes and areas; the per-area table; PNG + world file. */
export { areasToGeoJson, collectorsToGeoJson, geoJsonText, metersToGeoJson } from './geojson';
export { areasToCsv, collectorsToCsv, metersToCsv, polygonWkt } from './csv';
export { metersWithResultsToCsv, metersWithResultsToGeoJson, meshRouteSegments, perAreaToCsv, routesToCsv, routesToGeoJson, PER_AREA_COLUMNS, type ResultColumns, type RouteSegment } from './results';
export { featureCollectionToKml, kmlColour, xmlEscape } from './kml';
export { crc32, encodePng, worldFile, PNG_SIGNATURE, type LonLatGrid } from './png';
