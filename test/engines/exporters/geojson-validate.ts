/** A structural GeoJSON (RFC 7946) validator for tests: returns a list of problems, empty when valid. */

const isPos = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.length <= 3 && p.every((v) => typeof v === 'number' && Number.isFinite(v)) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;

function geometryProblems(g: unknown, where: string): string[] {
  if (!g || typeof g !== 'object') return [`${where}: geometry is not an object`];
  const { type, coordinates } = g as { type: unknown; coordinates: unknown };
  const ring = (r: unknown, w: string): string[] => {
    if (!Array.isArray(r) || r.length < 4) return [`${w}: ring needs ≥ 4 positions`];
    const bad = r.findIndex((p) => !isPos(p));
    if (bad >= 0) return [`${w}[${bad}]: bad position`];
    const a = r[0] as number[], b = r[r.length - 1] as number[];
    return a[0] === b[0] && a[1] === b[1] ? [] : [`${w}: ring not closed`];
  };
  switch (type) {
    case 'Point': return isPos(coordinates) ? [] : [`${where}: bad Point position`];
    case 'LineString': return Array.isArray(coordinates) && coordinates.length >= 2 && coordinates.every(isPos) ? [] : [`${where}: bad LineString`];
    case 'Polygon': return Array.isArray(coordinates) && coordinates.length >= 1 ? coordinates.flatMap((r, i) => ring(r, `${where}.coordinates[${i}]`)) : [`${where}: bad Polygon`];
    case 'MultiPolygon': return Array.isArray(coordinates) ? coordinates.flatMap((poly, j) => (Array.isArray(poly) ? poly.flatMap((r, i) => ring(r, `${where}[${j}][${i}]`)) : [`${where}[${j}]: bad polygon`])) : [`${where}: bad MultiPolygon`];
    default: return [`${where}: unknown geometry type ${String(type)}`];
  }
}

/** Problems of a FeatureCollection: type, features, ids, geometry types and finite coordinates, properties objects. */
export function geoJsonProblems(fc: unknown): string[] {
  if (!fc || typeof fc !== 'object' || (fc as { type?: unknown }).type !== 'FeatureCollection') return ['not a FeatureCollection'];
  const features = (fc as { features?: unknown }).features;
  if (!Array.isArray(features)) return ['features is not an array'];
  return features.flatMap((f: unknown, i) => {
    const w = `features[${i}]`;
    if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') return [`${w}: not a Feature`];
    const { id, properties, geometry } = f as { id?: unknown; properties?: unknown; geometry?: unknown };
    const out: string[] = [];
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') out.push(`${w}: id must be a string or number`);
    if (properties !== null && (typeof properties !== 'object' || Array.isArray(properties))) out.push(`${w}: properties must be an object or null`);
    return out.concat(geometryProblems(geometry, `${w}.geometry`));
  });
}
