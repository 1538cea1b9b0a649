/**
 * Owns the MapLibre map: builds the offline style, adds the project layers,
 * keeps their sources in step with the store, and applies layer visibility.
 * Pointer interactions live in interactions.ts.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { LayerId } from '../../contract/ipc';
import type { Project } from '../../workers/model';
import type { AppStore } from '../state/app-state';
import { baseStyle, loadBasemapData } from './basemap';
import { projectBounds } from './bounds';
import { attachInteractions } from './interactions';
import { projectLayerSpecs } from './layer-style';
import { areasGeoJson, buildingsGeoJson, collectorFeature, collectorsGeoJson, feedersGeoJson, meterFeature, metersGeoJson, roadsGeoJson } from './project-geojson';
import { SourceSync } from './source-sync';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  readonly map: maplibregl.Map;
  private readonly syncs: { run(p: Project): void }[] = [];
  private unsubscribe: (() => void) | null = null;
  private lastLayers: Record<LayerId, boolean> | null = null;
  private fittedGeneration = -1;
  private onlineKey = '';

  constructor(container: HTMLElement, private readonly store: AppStore) {
    this.map = new maplibregl.Map({
      container, style: baseStyle(), center: [139.69, 35.69], zoom: 9,
      attributionControl: false, maxPitch: 0, dragRotate: false, canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: 'FANplan' }), 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => this.onLoad());
  }

  private onLoad(): void {
    for (const { layers } of projectLayerSpecs()) {
      for (const l of layers) {
        if (!this.map.getSource((l as { source: string }).source)) this.map.addSource((l as { source: string }).source, { type: 'geojson', data: EMPTY });
        this.map.addLayer(l);
      }
    }
    this.map.addSource('selection', { type: 'geojson', data: EMPTY });
    this.map.addLayer({ id: 'selection-ring', type: 'circle', source: 'selection', paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#ffbe0b', 'circle-stroke-width': 3 } });
    const add = <T>(source: string, pick: (p: Project) => readonly T[], fc: (x: readonly T[]) => GeoJSON.FeatureCollection, f?: (x: T, i: number) => GeoJSON.Feature) => {
      const s = new SourceSync<T>(this.map, source, fc, f);
      this.syncs.push({ run: (p) => s.sync(pick(p)) });
    };
    add('areas', (p) => p.areas, areasGeoJson);
    add('buildings', (p) => p.buildings, buildingsGeoJson);
    add('roads', (p) => p.roads, roadsGeoJson);
    add('feeders', (p) => p.grid.feeders, feedersGeoJson);
    add('meters', (p) => p.meters, metersGeoJson, meterFeature);
    add('collectors', (p) => p.collectors, collectorsGeoJson, collectorFeature);
    attachInteractions(this.map, this.store);
    this.unsubscribe = this.store.subscribe(() => this.render());
    this.render();
    loadBasemapData().then(({ land, borders }) => {
      (this.map.getSource('land') as maplibregl.GeoJSONSource).setData(land);
      (this.map.getSource('borders') as maplibregl.GeoJSONSource).setData(borders);
    }).catch((e: Error) => this.store.set({ notice: { level: 'error', title: 'Basemap unavailable', lines: [e.message] } }));
    this.map.getContainer().dataset.mapReady = 'true';
  }

  private render(): void {
    const s = this.store.getState();
    for (const sync of this.syncs) sync.run(s.doc);
    if (s.layers !== this.lastLayers) {
      this.lastLayers = s.layers;
      for (const { id, layers } of projectLayerSpecs()) for (const l of layers) this.map.setLayoutProperty(l.id, 'visibility', s.layers[id] ? 'visible' : 'none');
    }
    this.renderSelection();
    this.renderOnlineBasemap(s.doc);
    if (this.store.generation !== this.fittedGeneration) {
      this.fittedGeneration = this.store.generation;
      this.fit(s.doc);
    }
  }

  private renderSelection(): void {
    const s = this.store.getState();
    const byId = new Map<string, [number, number]>();
    for (const m of s.doc.meters) byId.set(`meter:${m.id}`, [m.lon, m.lat]);
    for (const c of s.doc.collectors) byId.set(`collector:${c.id}`, [c.lon, c.lat]);
    const features = s.selection.flatMap((r) => { const at = byId.get(`${r.kind}:${r.id}`); return at ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: at }, properties: {} }] : []; });
    (this.map.getSource('selection') as maplibregl.GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }

  private renderOnlineBasemap(p: Project): void {
    const url = p.map.onlineBasemapEnabled ? p.map.onlineBasemapUrl ?? '' : '';
    if (url === this.onlineKey) return;
    this.onlineKey = url;
    if (this.map.getLayer('online-basemap')) this.map.removeLayer('online-basemap');
    if (this.map.getSource('online-basemap')) this.map.removeSource('online-basemap');
    if (!url) return;
    this.map.addSource('online-basemap', { type: 'raster', tiles: [url], tileSize: 256, attribution: 'Online basemap as configured in settings' });
    this.map.addLayer({ id: 'online-basemap', type: 'raster', source: 'online-basemap' }, 'areas-fill');
  }

  /** Frame the project's extent (on load and when a new document is opened). */
  fit(p: Project): void {
    const b = projectBounds(p);
    if (b) this.map.fitBounds(b, { padding: 40, duration: 0, maxZoom: 17 });
  }

  destroy(): void {
    this.unsubscribe?.();
    this.map.remove();
  }
}
