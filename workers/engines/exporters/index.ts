/** Model exports (results come later): GeoJSON and CSV of meters, collectors and areas. */
export { areasToGeoJson, collectorsToGeoJson, geoJsonText, metersToGeoJson } from './geojson';
export { areasToCsv, collectorsToCsv, metersToCsv, polygonWkt } from './csv';
