/**
 * OpenStreetMap XML (.osm, or gzip-compressed .osm.gz) to project entities:
 * buildings (with building:levels and height) and their meter candidates,
 * streets from highway=*, and power=pole / transformer / minor_line when
 * present. XML is parsed with @xmldom/xmldom (DOMParser does not exist in Web
 * Workers), turned into OSM JSON elements and converted by osmtogeojson.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import type { Feature, Position } from 'geojson';
import osmtogeojson from 'osmtogeojson';
import type { RoadKind } from '../../model/enums';
import { gunzipBounded } from '../../model/gunzip';
import type { Building, CandidateSite, Feeder, Meter, Road, Transformer } from '../../model/types';
import { WGS84 } from './crs';
import { ringCentroid, toLine, toPolygon } from './geojson-read';
import { buildingAttributes, largest, metersFromBuildings, type BuildingMeterOptions } from './meters-buildings';
import { countUpTo, failedImport, IssueLog, MAX_IMPORT_ITEMS, type ImportResult } from './types';

/** What an OSM extract yields. */
export interface OsmImport {
  buildings: Building[];
  /** Meter candidates made from the buildings (and from building nodes). */
  meters: Meter[];
  roads: Road[];
  /** power=pole nodes as candidate collector sites. */
  poles: CandidateSite[];
  transformers: Transformer[];
  /** power=minor_line ways attached to the nearest transformer within 300 m. */
  feeders: Feeder[];
}

/** Options of {@link importOsm}. */
export interface OsmOptions extends BuildingMeterOptions {
  fileName?: string;
  /** Cable type key given to feeders from power=minor_line (default 'lv-overhead-ow-60'). */
  cableType?: string;
  /** Largest XML accepted, bytes after decompression (default {@link MAX_OSM_BYTES}). */
  maxBytes?: number;
}

/** Largest OSM XML accepted, bytes after decompression: about V8's longest string, which the XML text must fit in (also the .osm.gz bomb limit). */
export const MAX_OSM_BYTES = 512 * 1024 * 1024 - 64;

const empty = (): OsmImport => ({ buildings: [], meters: [], roads: [], poles: [], transformers: [], feeders: [] });

/** Import an OSM XML extract from bytes (plain or gzip) or text. */
export function importOsm(data: Uint8Array | string, options: OsmOptions = {}): ImportResult<OsmImport> {
  const file = options.fileName ?? 'extract.osm';
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
      const g = gunzipBounded(data, options.maxBytes ?? MAX_OSM_BYTES);
      if (!g.ok) return failedImport(file, empty(), g.message, 'EPSG:4326');
      data = g.bytes;
    }
    if (data.length > (options.maxBytes ?? MAX_OSM_BYTES)) return failedImport(file, empty(), `the file is larger than the ${options.maxBytes ?? MAX_OSM_BYTES}-byte limit for OSM XML`, 'EPSG:4326');
    text = strFromU8(data);
  }
  const elementCount = ['<node', '<way', '<relation'].reduce((n, tag) => n + countUpTo(text, tag, MAX_IMPORT_ITEMS), 0);
  if (elementCount > MAX_IMPORT_ITEMS) return failedImport(file, empty(), `the extract has more than ${MAX_IMPORT_ITEMS} elements, the most one import accepts: use a smaller extract`, 'EPSG:4326');
  const log = new IssueLog(file);
  let doc = parseXml(text, log);
  if (!doc) {
    // A truncated file: keep the elements up to the last complete one, and say so.
    const cut = lastCompleteElementEnd(text);
    const start = text.indexOf('<osm');
    if (start >= 0 && cut > start) {
      doc = parseXml(`${text.slice(0, cut)}</osm>`, new IssueLog(file));
      if (doc) log.error({}, `the XML is truncated or malformed near character ${cut}: only the elements before it were read`);
    }
    if (!doc) return failedImport(file, empty(), log.errors[0]?.message ?? 'not readable XML', 'EPSG:4326');
  }
  const root = doc.documentElement;
  if (!root || root.nodeName !== 'osm') return failedImport(file, empty(), `not an OSM XML file (root element ${root ? `<${root.nodeName}>` : 'missing'}, expected <osm>)`, 'EPSG:4326');
  const elements = toElements(root, log);
  const fc = osmtogeojson({ elements }, { flatProperties: true });
  fc.features.push(...buildingRelations(elements, log));
  const out = empty();
  fc.features.forEach((f, i) => classify(f, i, out, log));
  out.meters = metersFromBuildings(out.buildings, options).concat(out.meters);
  attachLines(fc.features, out, log, options.cableType ?? 'lv-overhead-ow-60');
  for (const m of [...out.meters, ...out.poles, ...out.transformers]) log.extend(m.lon, m.lat);
  for (const r of out.roads) for (const [lon, lat] of r.line) log.extend(lon, lat);
  const counts = { features: fc.features.length, buildings: out.buildings.length, meters: out.meters.length, roads: out.roads.length, poles: out.poles.length, transformers: out.transformers.length, feeders: out.feeders.length };
  return log.result(out, counts, 'EPSG:4326');
}

interface OsmElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  members?: { type: string | null; ref: number; role: string }[];
  tags: Record<string, string>;
}

/**
 * Simple 3D Buildings relations (type=building), which osmtogeojson skips:
 * their outline member way (else their largest part) becomes the building.
 * Every building-tagged element is a meter candidate, so when that way is
 * itself tagged as a building a warning names the possible duplicate.
 */
function buildingRelations(elements: OsmElement[], log: IssueLog): Feature[] {
  const nodes = new Map<number, [number, number]>(), ways = new Map<number, OsmElement>();
  for (const e of elements) {
    if (e.type === 'node') nodes.set(e.id, [e.lon!, e.lat!]);
    else if (e.type === 'way') ways.set(e.id, e);
  }
  const out: Feature[] = [];
  for (const r of elements) {
    if (r.type !== 'relation' || r.tags.type !== 'building' || r.tags.building === undefined) continue;
    const candidates = (r.members ?? []).filter((m) => m.type === 'way' && ways.has(m.ref));
    const outline = candidates.find((m) => m.role === 'outline') ?? candidates.sort((a, b) => ways.get(b.ref)!.nodes!.length - ways.get(a.ref)!.nodes!.length)[0];
    const way = outline && ways.get(outline.ref);
    if (!way) { log.warn({ field: `relation/${r.id}` }, `building relation ${r.id} has no member way in the extract`); continue; }
    const ring = way.nodes!.map((n) => nodes.get(n)).filter((c): c is [number, number] => c !== undefined);
    if (ring.length < 4 || way.nodes![0] !== way.nodes![way.nodes!.length - 1]) { log.warn({ field: `relation/${r.id}` }, `building relation ${r.id}: its outline way ${way.id} is not closed in the extract`); continue; }
    if (way.tags.building !== undefined) log.warn({ field: `relation/${r.id}` }, `building relation ${r.id} uses way ${way.id} as its outline, which is tagged as a building too: both became meter candidates (possible duplicate)`);
    out.push({ type: 'Feature', id: `relation/${r.id}`, properties: { ...r.tags }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return out;
}

/** Offset just after the last complete top-level OSM element (node, way or relation). */
function lastCompleteElementEnd(text: string): number {
  const ends = ['</node>', '</way>', '</relation>'].map((t) => { const i = text.lastIndexOf(t); return i < 0 ? -1 : i + t.length; });
  const node = text.lastIndexOf('<node ');
  const close = node < 0 ? -1 : text.indexOf('>', node);
  if (close > 0 && text[close - 1] === '/') ends.push(close + 1);
  return Math.max(...ends);
}

/** Parse XML; null (and an error logged) on a fatal error. */
function parseXml(text: string, log: IssueLog) {
  const errors: string[] = [];
  try {
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(`XML ${level}: ${message.split('\n')[0]}`); } }).parseFromString(text, 'text/xml');
    for (const e of errors) log.error({}, e);
    return doc;
  } catch (e) {
    log.error({}, `not readable XML: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

/** OSM XML elements to Overpass-style JSON elements. */
function toElements(root: XmlElement, log: IssueLog): OsmElement[] {
  const out: OsmElement[] = [];
  const tags = (e: XmlElement) => {
    const t: Record<string, string> = {};
    for (const c of Array.from(e.getElementsByTagName('tag'))) t[c.getAttribute('k') ?? ''] = c.getAttribute('v') ?? '';
    return t;
  };
  for (const e of Array.from(root.getElementsByTagName('node'))) {
    const id = Number(e.getAttribute('id')), lat = Number(e.getAttribute('lat')), lon = Number(e.getAttribute('lon'));
    // A node without a usable position is left out (ways keep their other nodes); NaN must never reach the project.
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) || e.getAttribute('lat') === null || e.getAttribute('lon') === null) {
      log.error({ field: `node/${e.getAttribute('id') ?? '?'}` }, `node ${e.getAttribute('id') ?? '(no id)'} has no valid position (lat ${JSON.stringify(e.getAttribute('lat'))}, lon ${JSON.stringify(e.getAttribute('lon'))}) and was skipped`);
      continue;
    }
    out.push({ type: 'node', id, lat, lon, tags: tags(e) });
  }
  for (const e of Array.from(root.getElementsByTagName('way'))) out.push({ type: 'way', id: Number(e.getAttribute('id')), nodes: Array.from(e.getElementsByTagName('nd')).map((n) => Number(n.getAttribute('ref'))), tags: tags(e) });
  for (const e of Array.from(root.getElementsByTagName('relation'))) {
    const members = Array.from(e.getElementsByTagName('member')).map((m) => ({ type: m.getAttribute('type'), ref: Number(m.getAttribute('ref')), role: m.getAttribute('role') ?? '' }));
    out.push({ type: 'relation', id: Number(e.getAttribute('id')), members, tags: tags(e) });
  }
  return out;
}

/** Sort one GeoJSON feature into buildings, roads, poles and transformers. */
function classify(f: Feature, i: number, out: OsmImport, log: IssueLog): void {
  const p = f.properties ?? {};
  const g = f.geometry;
  const id = String(f.id ?? p.id ?? `feature/${i}`);
  if (!g) return;
  if (p.building !== undefined && p.building !== 'no') {
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((c) => toPolygon(WGS84, c)).filter((x): x is [number, number][][] => x !== null);
      if (!parts.length) { log.error({ feature: i, field: 'geometry' }, `building ${id} has no valid outline`); return; }
      out.buildings.push({ id, polygon: largest(parts), ...buildingAttributes(f, i, log) });
    } else if (g.type === 'Point') {
      const [lon, lat] = g.coordinates;
      out.meters.push({ id: `${id}-m1`, lon, lat, heightM: 1.5, floor: 0, indoor: 'outdoor' });
    }
    return;
  }
  if (p.highway !== undefined && (g.type === 'LineString' || g.type === 'MultiLineString')) {
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    lines.forEach((c, k) => {
      const line = toLine(WGS84, c);
      if (!line || line.length < 2) { log.warn({ feature: i, field: 'geometry' }, `street ${id} has fewer than 2 valid positions`); return; }
      const road: Road = { id: lines.length > 1 ? `${id}-${k + 1}` : id, kind: roadKind(String(p.highway)), line };
      if (typeof p.name === 'string' && p.name) road.name = p.name.slice(0, 200);
      out.roads.push(road);
    });
    return;
  }
  if (p.power === 'pole' && g.type === 'Point') out.poles.push({ id, lon: g.coordinates[0], lat: g.coordinates[1], heightM: 10, kind: 'pole', costFactor: 1 });
  else if (p.power === 'transformer' || p.power === 'substation' && p.substation === 'minor_distribution') {
    const at = g.type === 'Point' ? (g.coordinates as [number, number]) : g.type === 'Polygon' ? ringCentroid(g.coordinates[0] as [number, number][]) : null;
    if (at) out.transformers.push({ id, lon: at[0], lat: at[1], heightM: 10, mount: g.type === 'Point' ? 'pole' : 'pad' });
  }
}

/** power=minor_line ways become feeders of the nearest transformer within 300 m of either end. */
function attachLines(features: Feature[], out: OsmImport, log: IssueLog, cableType: string): void {
  features.forEach((f, i) => {
    if (f.properties?.power !== 'minor_line' || f.geometry?.type !== 'LineString') return;
    const line = toLine(WGS84, f.geometry.coordinates);
    if (!line || line.length < 2) return;
    const t = nearestTransformer(out.transformers, [line[0], line[line.length - 1]]);
    if (!t) { log.warn({ feature: i }, `power line ${String(f.id)} has no transformer within 300 m and was not imported as a feeder`); return; }
    out.feeders.push({ id: String(f.id ?? `feeder/${i}`), transformerId: t.id, cableType, line });
  });
}

function nearestTransformer(ts: Transformer[], ends: Position[]): Transformer | undefined {
  let best: Transformer | undefined, bestM = 300;
  for (const t of ts) for (const [lon, lat] of ends) {
    const dM = Math.hypot((lon - t.lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - t.lat) * 110_574);
    if (dM < bestM) { bestM = dM; best = t; }
  }
  return best;
}

/** highway=* value to a road kind. */
export function roadKind(highway: string): RoadKind {
  if (/^(motorway|trunk|primary)(_link)?$/.test(highway)) return 'primary';
  if (/^(secondary|tertiary)(_link)?$/.test(highway)) return 'secondary';
  if (/^(residential|living_street|unclassified|road)$/.test(highway)) return 'residential';
  if (highway === 'service') return 'service';
  if (highway === 'track') return 'track';
  return 'other';
}
