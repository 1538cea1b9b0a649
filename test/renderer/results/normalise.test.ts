import { describe, expect, it } from 'vitest';
import { meshApi } from '../../../workers/api/mesh-api';
import { normaliseMesh, NOT_RUN } from '../../../renderer/results/normalise';
import { scopedProject } from '../../../renderer/results/scope';
import { meterAreaIndex } from '../../../renderer/results/areas';
import { smallTown } from '../fixture';

describe('scoped runs line up with the document', () => {
  it('filters meters to an area and maps results and parents back to document indices', async () => {
    const doc = smallTown();
    const area = doc.areas[1];
    const { project, meterIndex } = scopedProject(doc, { kind: 'area', areaId: area.id });
    const idx = meterAreaIndex(doc);
    expect(project.meters.length).toBe(Array.from(idx).filter((a) => a === 1).length);
    expect(project.collectors).toBe(doc.collectors);
    const run = await meshApi.run(project, 'scoped-test', { resilience: false }, null);
    const r = normaliseMesh(run, doc.meters.length, meterIndex).meters;
    expect(r.simulated).toBe(project.meters.length);
    for (let i = 0; i < doc.meters.length; i++) {
      if (idx[i] === 1) expect(r.reason[i]).not.toBe(NOT_RUN);
      else { expect(r.reason[i]).toBe(NOT_RUN); expect(r.dailyReadSuccess[i]).toBeNaN(); }
    }
    // a parent is a document meter inside the scope, or a collector (count + index)
    for (let i = 0; i < doc.meters.length; i++) {
      const p = r.parent[i];
      if (p < 0) continue;
      if (p < doc.meters.length) expect(idx[p]).toBe(1);
      else expect(r.serverIds[p - doc.meters.length]).toBeDefined();
    }
  });

  it('keeps meters in a viewport box only', () => {
    const doc = smallTown();
    const m = doc.meters[10];
    const { project, meterIndex } = scopedProject(doc, { kind: 'viewport', bbox: [m.lon - 1e-6, m.lat - 1e-6, m.lon + 1e-6, m.lat + 1e-6] });
    expect(project.meters.map((x) => x.id)).toContain(m.id);
    expect(Array.from(meterIndex!)).toContain(10);
    expect(scopedProject(doc, { kind: 'project' }).project).toBe(doc);
  });
});
