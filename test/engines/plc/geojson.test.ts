import { describe, expect, it } from 'vitest';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { importGridGeoJson } from '../../../workers/engines/importers';
import { LV_EDGE_KIND, plcInputFromProject, runPlcDetailed } from '../../../workers/engines/plc';
import { REASON } from '../../../workers/engines/routing';
import { createEmptyProject, projectSchema } from '../../../workers/model';
import { plcProfile } from './helpers';

/** An LV grid drawn in local metres around Tachikawa, as GeoJSON: a pad transformer, a main feeder and a branch. */
function gridGeoJson() {
  const proj = createLocalProjection(139.41, 35.70);
  const ll = (x: number, y: number) => proj.toLonLat(x, y);
  return {
    proj,
    doc: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'TR1', mount: 'pad', ratingKva: 100 }, geometry: { type: 'Point', coordinates: ll(0, 0) } },
        { type: 'Feature', properties: { id: 'F-main', transformerId: 'TR1', cableType: 'lv-underground-cvt-60' }, geometry: { type: 'LineString', coordinates: [ll(0, 0), ll(150, 0), ll(300, 0)] } },
        { type: 'Feature', properties: { id: 'F-branch', transformerId: 'TR1', cableType: 'lv-mystery-cable' }, geometry: { type: 'LineString', coordinates: [ll(150, 0), ll(150, 200)] } },
      ],
    },
  };
}

describe('PLC engine on LV feeders imported from GeoJSON', () => {
  it('builds the network from the imported feeders, routes every meter and keys the map segments by feeder', () => {
    const { proj, doc } = gridGeoJson();
    const imported = importGridGeoJson(doc);
    expect(imported.errors).toEqual([]);
    expect(imported.entities.feeders).toHaveLength(2);
    const meters = [];
    for (let k = 0; k < 10; k++) {
      const [lon, lat] = k < 6 ? proj.toLonLat(20 + 50 * k, 12) : proj.toLonLat(158, 40 * (k - 5));
      meters.push({ id: `M${k}`, lon, lat, transformerId: 'TR1' });
    }
    const project = projectSchema.parse({ ...createEmptyProject('geojson grid'), grid: imported.entities, meters });
    const run = runPlcDetailed(plcInputFromProject(project), { profile: plcProfile(), settings: project.settings });
    const r = run.result;
    expect(r.summary.routed).toBe(10);
    expect(Array.from(r.meters.reason).every((x) => x === REASON.routed)).toBe(true);
    expect(r.summary.synthesizedNetworks).toBe(0);
    expect(r.warnings.some((w) => w.includes('lv-mystery-cable'))).toBe(true);
    // segments: the main feeder is split at the branch and at the service drops; all pieces keep their feeder key
    const main = Array.from(r.segments.feederIndex).filter((f) => f === 0).length;
    expect(main).toBeGreaterThan(2);
    expect(Array.from(r.segments.kind).filter((k) => k === LV_EDGE_KIND.feeder).length).toBe(r.segments.count);
    let sumM = 0;
    for (let k = 0; k < r.segments.count; k++) sumM += r.segments.lengthM[k];
    expect(sumM).toBeCloseTo(500, 0);
    // the far end of each feeder is worse than its near end, and per-feeder worst values are set
    expect(r.segments.feederMaxAttenuationDb[0]).toBeGreaterThan(12);
    expect(r.segments.feederMinSnrDb[1]).toBeLessThan(r.segments.feederMinSnrDb[0] + 10);
    // the farther along the main feeder, the higher the attenuation from the concentrator
    const att = r.meters.directAttenuationDb;
    for (let k = 1; k < 6; k++) expect(att[k]).toBeGreaterThan(att[k - 1]);
  });
});
