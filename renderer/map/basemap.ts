/**
 * Offline basemap: Natural Earth 1:10m countries from the world-atlas package,
 * served with the app (no network). An optional online raster basemap can be
 * layered underneath when the user enables it in the project's map settings.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-10m.json?url';

export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth (public domain), via world-atlas';

/** The base style: sea background plus empty land/border sources filled by {@link loadBasemapData}. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f1ea', 'fill-outline-color': '#b9b3a3' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a59f8f', 'line-width': 0.8, 'line-dasharray': [3, 2] } },
    ],
  };
}

/** Fetch the bundled TopoJSON and convert it to land polygons and country borders. */
export async function loadBasemapData(): Promise<{ land: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }> {
  const res = await fetch(countriesUrl);
  if (!res.ok) throw new Error(`basemap asset missing (${res.status})`);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b) as GeoJSON.MultiLineString;
  return { land, borders };
}
