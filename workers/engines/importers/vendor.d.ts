/** Minimal typings of untyped importer libraries (only what the importers use). */
declare module 'osmtogeojson' {
  import type { FeatureCollection } from 'geojson';
  /** Convert OSM JSON (Overpass `elements`) or an OSM XML document to GeoJSON. */
  function osmtogeojson(data: unknown, options?: { flatProperties?: boolean; verbose?: boolean }): FeatureCollection;
  export default osmtogeojson;
}

declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  type Bytes = ArrayBuffer | ArrayBufferView;
  /** Parse a .shp; with a .prj (WKT) the geometries are reprojected to WGS 84 by proj4. */
  export function parseShp(shp: Bytes, prj?: string | Bytes | false): (Geometry | null)[];
  /** Parse a .dbf with an optional code page (.cpg). */
  export function parseDbf(dbf: Bytes, cpg?: string | Bytes): Record<string, unknown>[];
}
