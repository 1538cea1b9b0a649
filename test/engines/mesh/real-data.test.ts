import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { initialMeshCollectors } from '../../../workers/engines/demo/collectors';
import { importOsm } from '../../../workers/engines/importers';
import { runMesh } from '../../../workers/engines/mesh/run-mesh';
import { REASON } from '../../../workers/engines/routing';
import { createEmptyProject, type Project } from '../../../workers/model';
import { geoBytes, HAVE_GEO, SKIP_GEO } from '../importers/shared-geo';

/** A project from an OSM extract: buildings become meters; collectors on poles/rooftops chosen like the demo's starting layout. */
function projectFromOsm(file: string): Project {
  const r = importOsm(geoBytes(file), { fileName: file });
  const p = createEmptyProject(file);
  const sites = r.entities.meters.map((m, i) => ({ id: `S${i}`, lon: m.lon, lat: m.lat, heightM: 10, kind: 'rooftop' as const, costFactor: 1 }));
  const project: Project = { ...p, meters: r.entities.meters.map((m) => ({ ...m, areaId: undefined })), roads: r.entities.roads, candidateSites: sites };
  return { ...project, collectors: initialMeshCollectors(project, { profileId: 'mesh-wisun-jp', cellM: 800, maxMeters: 600, minCellM: 100, minMeters: 40 }) };
}

describe.skipIf(!HAVE_GEO)(`RF mesh on imported real towns ${HAVE_GEO ? '' : SKIP_GEO}`, () => {
  for (const [file, minShare] of [['higashimurayama.osm', 0.97], ['north-bayreuth.osm.gz', 0.75]] as const) {
    it(`${file}: plausible hop counts, orphans only where isolated`, () => {
      const p = projectFromOsm(file);
      expect(p.meters.length).toBeGreaterThan(1000);
      expect(p.collectors.length).toBeGreaterThan(0);
      const s = compileProject(p);
      const { run } = runMesh(s, { resilience: false });
      const m = run.perMeter;
      let routed = 0, hops = 0;
      for (let i = 0; i < s.meters.count; i++) {
        if (m.reason[i] === REASON.routed) { routed++; hops += m.hops[i]; continue; }
        // Orphans only where physically isolated: no usable link at all, or an island of
        // buildings whose nearest collector is out of one-hop reach (the starting layout
        // puts collectors only where ≥ 40 meters cluster).
        expect([REASON.noUsableLink, REASON.noPath]).toContain(m.reason[i]);
        if (m.reason[i] === REASON.noPath) {
          let nearest = Infinity;
          for (let c = 0; c < s.collectors.count; c++) nearest = Math.min(nearest, Math.hypot(s.collectors.xM[c] - s.meters.xM[i], s.collectors.yM[c] - s.meters.yM[i]));
          expect(nearest).toBeGreaterThan(200);
        }
      }
      expect(routed / s.meters.count).toBeGreaterThan(minShare);
      expect(hops / routed).toBeGreaterThan(1);
      expect(hops / routed).toBeLessThan(10);
    });
  }
});
