/** Where a result's servers are on the map: collectors by id, star sectors by site id, PLC default concentrators at transformers. */
import type { Project } from '../../../workers/model';

export function serverPositions(doc: Project, ids: readonly string[]): ([number, number] | null)[] {
  const byId = new Map<string, [number, number]>();
  for (const c of doc.collectors) byId.set(c.id, [c.lon, c.lat]);
  for (const t of doc.grid.transformers) byId.set(`plc@${t.id}`, [t.lon, t.lat]);
  return ids.map((id) => byId.get(id) ?? byId.get(id.split('/')[0]) ?? null);
}
