/**
 * Owns the MapLibre map: builds the offline style, adds the project layers,
 * overlays and registered plugin layers, keeps their sources in step with the
 * store, and applies layer visibility, focus requests and tool settings.
 * Pointer interactions live in interactions.ts and tools/.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Project } from '../../workers/model';
import { t } from '../i18n/messages';
import type { AppState, AppStore } from '../state/app-state';
import { baseStyle, loadBasemapData } from './basemap';
import { projectBounds } from './bounds';
import { attachInteractions } from './interactions';
import { registeredMapLayers } from './layer-registry';
import { projectLayerSpecs } from './layer-style';
import { clearMeterStates, setMeterStates } from './meter-states';
import { OVERLAY_SOURCES, overlayLayerSpecs } from './overlay-layers';
import { draftGeoJson, selectionGeoJson, vertexGeoJson } from './overlay-geojson';
import { areasGeoJson, buildingsGeoJson, collectorFeature, collectorsGeoJson, feedersGeoJson, meterFeature, metersGeoJson, roadsGeoJson, siteFeature, sitesGeoJson } from './project-geojson';
import { SourceSync } from './source-sync';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  readonly map: maplibregl.Map;
  private readonly syncs: { run(p: Project): void }[] = [];
  private readonly cleanups: (() => void)[] = [];
  private last: Partial<Pick<AppState, 'layers' | 'selection' | 'draft' | 'focus' | 'tool' | 'locale'>> & { doc?: Project } = {};
  private fittedGeneration = -1;
  private onlineKey = '';

  constructor(container: HTMLElement, private readonly store: AppStore) {
    this.map = new maplibregl.Map({
      container, style: baseStyle(), center: [139.69, 35.69], zoom: 9,
      attributionControl: false, maxPitch: 0, dragRotate: false, boxZoom: false, canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: { 'NavigationControl.ZoomIn': t('map.zoomIn'), 'NavigationControl.ZoomOut': t('map.zoomOut') },
    });
    this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: 'FANplan' }), 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => this.onLoad());
  }

  private onLoad(): void {
    for (const { layers } of projectLayerSpecs()) {
      for (const l of layers) {
        const source = (l as { source: string }).source;
        if (!this.map.getSource(source)) this.map.addSource(source, { type: 'geojson', data: EMPTY });
        this.map.addLayer(l);
      }
    }
    for (const p of registeredMapLayers()) {
      for (const [id, spec] of Object.entries(p.sources)) this.map.addSource(id, spec);
      for (const l of p.layers) this.map.addLayer(l, p.beforeId);
      if (p.attach) this.cleanups.push(p.attach(this.map, this.store));
    }
    for (const s of OVERLAY_SOURCES) this.map.addSource(s, { type: 'geojson', data: EMPTY });
    for (const l of overlayLayerSpecs()) this.map.addLayer(l);
    const add = <T>(source: string, pick: (p: Project) => readonly T[], fc: (x: readonly T[]) => GeoJSON.FeatureCollection, f?: (x: T, i: number) => GeoJSON.Feature) => {
      const s = new SourceSync<T>(this.map, source, fc, f);
      this.syncs.push({ run: (p) => s.sync(pick(p)) });
    };
    add('areas', (p) => p.areas, areasGeoJson);
    add('buildings', (p) => p.buildings, buildingsGeoJson);
    add('roads', (p) => p.roads, roadsGeoJson);
    add('feeders', (p) => p.grid.feeders, feedersGeoJson);
    add('sites', (p) => p.candidateSites, sitesGeoJson, siteFeature);
    add('meters', (p) => p.meters, metersGeoJson, meterFeature);
    add('collectors', (p) => p.collectors, collectorsGeoJson, collectorFeature);
    this.cleanups.push(attachInteractions(this.map, this.store));
    this.cleanups.push(this.store.subscribe(() => this.render()));
    this.render();
    loadBasemapData().then(({ land, borders }) => {
      (this.map.getSource('land') as maplibregl.GeoJSONSource).setData(land);
      (this.map.getSource('borders') as maplibregl.GeoJSONSource).setData(borders);
    }).catch((e: Error) => this.store.set({ notice: { level: 'error', title: t('notice.basemap'), lines: [e.message] } }));
    this.map.getContainer().dataset.mapReady = 'true';
  }

  private render(): void {
    const s = this.store.getState();
    const last = this.last;
    if (s.doc !== last.doc) {
      if (last.doc && last.doc.meters.length !== s.doc.meters.length) clearMeterStates(this.map);
      for (const sync of this.syncs) sync.run(s.doc);
    }
    if (s.layers !== last.layers) {
      for (const { id, layers } of projectLayerSpecs()) for (const l of layers) this.map.setLayoutProperty(l.id, 'visibility', s.layers[id] ? 'visible' : 'none');
    }
    if (s.selection !== last.selection || s.doc !== last.doc) {
      this.setSource('selection', selectionGeoJson(s.doc, s.selection));
      this.setSource('area-vertices', vertexGeoJson(s.doc, s.selection));
    }
    if (s.draft !== last.draft) this.setSource('draft', draftGeoJson(s.draft));
    if (s.tool !== last.tool) {
      if (s.tool === 'draw-area') this.map.doubleClickZoom.disable(); else this.map.doubleClickZoom.enable();
      this.map.getCanvas().style.cursor = s.tool === 'select' ? '' : 'crosshair';
    }
    if (s.focus && s.focus !== last.focus) this.map.fitBounds(s.focus.bounds, { padding: 60, duration: 300, maxZoom: 18 });
    if (s.locale !== last.locale) this.localizeControls();
    this.renderOnlineBasemap(s.doc);
    this.last = { doc: s.doc, layers: s.layers, selection: s.selection, draft: s.draft, focus: s.focus, tool: s.tool, locale: s.locale };
    if (this.store.generation !== this.fittedGeneration) {
      this.fittedGeneration = this.store.generation;
      this.fit(s.doc);
    }
  }

  /** Re-label MapLibre's own controls after a language switch (they read their strings once, when added). */
  private localizeControls(): void {
    const label = (sel: string, text: string) => {
      const b = this.map.getContainer().querySelector<HTMLElement>(sel);
      if (b) { b.title = text; b.setAttribute('aria-label', text); }
    };
    label('.maplibregl-ctrl-zoom-in', t('map.zoomIn'));
    label('.maplibregl-ctrl-zoom-out', t('map.zoomOut'));
  }

  private setSource(id: string, data: GeoJSON.FeatureCollection): void {
    (this.map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(data);
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

  /** Colour meters by a per-meter result (see meter-states.ts). */
  setMeterStates(values: Float32Array, key = 'result'): Promise<void> {
    return setMeterStates(this.map, values, key);
  }

  /** Frame the project's extent (on load and when a new document is opened). */
  fit(p: Project): void {
    const b = projectBounds(p);
    if (b) this.map.fitBounds(b, { padding: 40, duration: 0, maxZoom: 17 });
  }

  destroy(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.map.remove();
  }
}
