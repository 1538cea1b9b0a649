import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { generateDemoProject } from '../../../workers/engines/demo';
import { rfLinkDefaults } from '../../../workers/engines/links/link-defaults';
import { buildMeshLinks } from '../../../workers/engines/links/mesh-links';
import { defaultIndoorParams } from '../../../workers/engines/propagation/presets';
import { defaultPropagationRegistry } from '../../../workers/engines/propagation/registry';
import { AREA_CLASSES, defaultProfiles, type MeshProfile } from '../../../workers/model';
import { PLC_DETAIL, plcInputFromProject, runPlcDetailed } from '../../../workers/engines/plc';
import { computeReliability, reliabilityOptionsFromProfile } from '../../../workers/engines/reliability';
import { REASON, routeForest } from '../../../workers/engines/routing';
import { plcProfile } from './helpers';

const project = generateDemoProject({ seed: 3, meters: 4000 }); // seed 3 has both meter rooms and basements
const input = plcInputFromProject(project);

const roomMeters = project.meters.flatMap((m, i) => (m.areaId === 'area-high-rise' && (m.indoor === 'meter-room' || m.indoor === 'basement') ? [i] : []));

describe('PLC engine on the synthetic demo region', () => {
  it('finds the high-rise meter rooms and basements beyond 920 MHz radio: no mesh link leaves the room', () => {
    const sc = compileProject(project);
    const sigma = Object.fromEntries(AREA_CLASSES.map((c) => [c, 6.6])) as Record<(typeof AREA_CLASSES)[number], number>;
    const mesh = defaultProfiles().find((p) => p.medium === 'mesh') as MeshProfile;
    const { graph: g } = buildMeshLinks({ meters: sc.meters, collectors: { count: 0, xM: new Float64Array(0), yM: new Float64Array(0), heightM: new Float32Array(0) }, areaClassCode: sc.areas.classCode },
      { profile: mesh, registry: defaultPropagationRegistry(), sigmaDbByClass: sigma, outsideAreaClass: 'suburban', indoorSigmaDb: 4, indoor: defaultIndoorParams(), defaults: rfLinkDefaults() });
    let leaving = 0;
    for (const i of roomMeters) {
      for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
        const j = g.targets[e];
        if (Math.hypot(sc.meters.xM[j] - sc.meters.xM[i], sc.meters.yM[j] - sc.meters.yM[i]) > 5) { leaving++; break; }
      }
    }
    expect(roomMeters.filter((i) => project.meters[i].indoor === 'basement').length).toBeGreaterThan(100);
    expect(roomMeters.filter((i) => project.meters[i].indoor === 'meter-room').length).toBeGreaterThan(100);
    expect(leaving / roomMeters.length).toBeLessThan(0.05);
  });


  it.each(['plc-g3-cenelec-a', 'plc-g3-arib'])('serves the high-rise meter rooms and basements well (%s)', (id) => {
    const run = runPlcDetailed(input, { profile: plcProfile(id), settings: project.settings });
    const m = run.result.meters;
    let n = 0, sum = 0, min = 1;
    for (const i of roomMeters) {
      n++; sum += m.dailyReadSuccess[i]; min = Math.min(min, m.dailyReadSuccess[i]);
      expect(m.reason[i]).toBe(REASON.routed);
      expect(m.hops[i]).toBeLessThanOrEqual(2);
    }
    expect(n).toBeGreaterThan(100);
    expect(sum / n).toBeGreaterThan(0.999);
    expect(min).toBeGreaterThan(0.99);
    // every meter of the demo has a transformer and feeders: none lacks an LV path
    expect(run.result.summary.detailCounts['no-transformer']).toBe(0);
    expect(run.result.summary.detailCounts['no-lv-path']).toBe(0);
    expect(run.result.concentratorSource).toBe('transformers');
    expect(run.result.concentrators.count).toBe(project.grid.transformers.length);
    // per-feeder map arrays cover every imported feeder
    expect(Array.from(run.result.segments.feederMaxAttenuationDb).filter(Number.isFinite).length).toBe(project.grid.feeders.length);
  });

  it('routes exactly as the shared mesh core does on the same link graph, and reliability matches too', () => {
    const profile = plcProfile('plc-g3-cenelec-a', { hopLimit: 3, maxNodesPerCollector: 20 });
    const run = runPlcDetailed(input, { profile, settings: project.settings });
    const again = routeForest(run.graph, run.roots, run.routingOptions);
    expect(Array.from(again.parent)).toEqual(Array.from(run.routing.parent));
    expect(Array.from(again.hops)).toEqual(Array.from(run.routing.hops));
    expect(Array.from(again.collector)).toEqual(Array.from(run.routing.collector));
    expect(Array.from(again.reason)).toEqual(Array.from(run.routing.reason));
    const M = project.meters.length;
    expect(Array.from(run.result.meters.parent)).toEqual(Array.from(again.parent.subarray(0, M)));
    expect(Array.from(run.result.meters.concentrator)).toEqual(Array.from(again.collector.subarray(0, M)));
    for (let i = 0; i < M; i++) expect(run.result.meters.pathEtx[i]).toBeCloseTo(again.pathEtx[i], 4);
    const rel = computeReliability(run.graph, again, reliabilityOptionsFromProfile(profile, project.settings, { ...run.presets.reliability, ackBytes: run.presets.ackBytes + run.presets.reliability.phyOverheadBytes, dataRateKbps: run.result.summary.effectiveRateKbps }));
    expect(Array.from(run.result.meters.dailyReadSuccess)).toEqual(Array.from(rel.dailyReadSuccess.subarray(0, M)));
    // capacity 20 per concentrator binds on the larger groups: the overflow is explained as capacity
    const full = Array.from(run.result.concentrators.full).filter((f) => f === 1).length;
    expect(full).toBeGreaterThan(0);
    expect(run.result.summary.detailCounts.capacity).toBe(Array.from(run.result.meters.detail).filter((d) => d === PLC_DETAIL.capacity).length);
    // N-1: with one concentrator per isolated network, an outage loses that concentrator's meters
    for (let c = 0; c < run.result.concentrators.count; c++) expect(run.result.concentrators.lostOnOutage[c]).toBeGreaterThanOrEqual(0);
  });
});
