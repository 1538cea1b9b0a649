/**
 * KML 2.2 export of GeoJSON features: Points, LineStrings and Polygons as
 * Placemarks with their properties as ExtendedData (escaped text), optional
 * per-feature colour via an inline LineStyle/PolyStyle/IconStyle.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Escape XML text and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const coord = (p: Position) => `${p[0]},${p[1]}`;
const coords = (ps: Position[]) => ps.map(coord).join(' ');

function geometryKml(g: Geometry): string {
  switch (g.type) {
    case 'Point': return `<Point><coordinates>${coord(g.coordinates)}</coordinates></Point>`;
    case 'LineString': return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    case 'Polygon': return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(g.coordinates[0])}</coordinates></LinearRing></outerBoundaryIs>${g.coordinates.slice(1).map((r) => `<innerBoundaryIs><LinearRing><coordinates>${coords(r)}</coordinates></LinearRing></innerBoundaryIs>`).join('')}</Polygon>`;
    case 'MultiPolygon': return `<MultiGeometry>${g.coordinates.map((c) => geometryKml({ type: 'Polygon', coordinates: c })).join('')}</MultiGeometry>`;
    default: throw new RangeError(`KML export does not support ${g.type}`);
  }
}

/** `#rrggbb` → KML `aabbggrr`. */
export function kmlColour(hex: string, alpha = 0xff): string {
  const h = hex.replace('#', '');
  return alpha.toString(16).padStart(2, '0') + h.slice(4, 6) + h.slice(2, 4) + h.slice(0, 2);
}

function placemark(f: Feature, nameKey: string, colour?: string): string {
  const props = f.properties ?? {};
  const name = String(props[nameKey] ?? f.id ?? '');
  const data = Object.entries(props).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => `<Data name="${xmlEscape(k)}"><value>${xmlEscape(typeof v === 'object' ? JSON.stringify(v) : String(v))}</value></Data>`).join('');
  const style = colour ? `<Style><IconStyle><color>${kmlColour(colour)}</color><scale>0.5</scale></IconStyle><LineStyle><color>${kmlColour(colour)}</color><width>1.5</width></LineStyle><PolyStyle><color>${kmlColour(colour, 0x40)}</color></PolyStyle></Style>` : '';
  return `<Placemark><name>${xmlEscape(name)}</name>${style}<ExtendedData>${data}</ExtendedData>${f.geometry ? geometryKml(f.geometry) : ''}</Placemark>`;
}

/** A FeatureCollection as a KML document. */
export function featureCollectionToKml(fc: FeatureCollection, o: { name: string; nameProperty?: string; colour?: (f: Feature) => string | undefined }): string {
  const body = fc.features.map((f) => placemark(f, o.nameProperty ?? 'id', o.colour?.(f))).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${xmlEscape(o.name)}</name>\n${body}\n</Document></kml>\n`;
}
