import { describe, expect, it } from 'vitest';
import { closeRing } from '../../../renderer/state/area-updaters';
import { updaters } from '../../../renderer/state/updaters';
import { projectSchema, type MeshProfile } from '../../../workers/model';
import { smallTown } from '../fixture';

const valid = (p: unknown) => { const r = projectSchema.safeParse(p); if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3))); return true; };

describe('planner updaters', () => {
  it('closeRing closes, drops repeated vertices and refuses fewer than three', () => {
    expect(closeRing([[0, 0], [1, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(closeRing([[0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(closeRing([[0, 0], [1, 0], [1, 0]])).toBeNull();
  });

  it('adds an area, moves its first vertex (ring stays closed) and removes a vertex down to a triangle only', () => {
    const p = smallTown();
    const before = JSON.stringify(p);
    const a = updaters.addArea(p, { id: 'A9', name: 'x', class: 'rural', medium: 'auto', polygon: [closeRing([[139.46, 35.75], [139.47, 35.75], [139.47, 35.76], [139.46, 35.76]])!] });
    const b = updaters.moveAreaVertex(a, 'A9', 0, [139.455, 35.745]);
    const ring = b.areas.at(-1)!.polygon[0];
    expect(ring[0]).toEqual([139.455, 35.745]);
    expect(ring.at(-1)).toEqual([139.455, 35.745]);
    const ins = updaters.insertAreaVertex(b, 'A9', 1, [139.465, 35.748]);
    expect(ins.areas.at(-1)!.polygon[0]).toHaveLength(6);
    expect(ins.areas.at(-1)!.polygon[0][1]).toEqual([139.465, 35.748]);
    expect(updaters.insertAreaVertex(b, 'A9', 0, [0, 0])).toBe(b);
    expect(valid(ins)).toBe(true);
    const c = updaters.removeAreaVertex(b, 'A9', 1);
    expect(c.areas.at(-1)!.polygon[0]).toHaveLength(4);
    expect(updaters.removeAreaVertex(c, 'A9', 0)).toBe(c);
    expect(updaters.moveAreaVertex(c, 'A9', 99, [0, 0])).toBe(c);
    expect(JSON.stringify(p)).toBe(before);
    expect(valid(c)).toBe(true);
  });

  it('snaps a collector to a site and a later move leaves the site', () => {
    const p = smallTown();
    const site = p.candidateSites[2];
    const a = updaters.snapCollectorToSite(p, 'C1', site);
    expect(a.collectors[0]).toMatchObject({ lon: site.lon, lat: site.lat, siteId: site.id });
    expect(updaters.snapCollectorToSite(a, 'C1', site)).toBe(a);
    const b = updaters.moveEntities(a, 'collector', new Map([['C1', [139.47, 35.756]]]));
    expect(b.collectors[0].siteId).toBeUndefined();
    expect(valid(b)).toBe(true);
  });

  it('deleting an area drops meters\' membership of it, keeping the project valid', () => {
    const p = smallTown();
    const withMembership = { ...p, meters: p.meters.map((m, i) => (i < 10 ? { ...m, areaId: 'A1' } : m)) };
    const d = updaters.deleteEntities(withMembership, [{ kind: 'area', id: 'A1' }]);
    expect(d.areas.map((a) => a.id)).toEqual(['A2']);
    expect(d.meters.some((m) => m.areaId === 'A1')).toBe(false);
    expect(d.meters).toHaveLength(p.meters.length);
    expect(valid(d)).toBe(true);
  });

  it('updates profiles, costs and settings; unchanged values record nothing; a used profile cannot be deleted', () => {
    const p = smallTown();
    const mesh = p.profiles.find((x) => x.id === 'mesh-wisun-jp') as MeshProfile;
    const a = updaters.updateProfile(p, { ...mesh, txPowerDbm: 20 });
    expect(a.profiles.find((x) => x.id === mesh.id)).toMatchObject({ txPowerDbm: 20 });
    expect(updaters.updateProfile(p, structuredClone(mesh))).toBe(p);
    expect(updaters.updateCosts(p, { discountRate: 0.04 }).costs.discountRate).toBe(0.04);
    expect(updaters.updateCosts(p, { discountRate: p.costs.discountRate })).toBe(p);
    expect(updaters.updateSettings(p, { seed: 7 }).settings.seed).toBe(7);
    expect(updaters.deleteProfile(p, 'mesh-wisun-jp')).toBe(p);
    const dup = updaters.duplicateProfile(p, 'mesh-wisun-jp', 'mesh-2', 'copy');
    expect(dup.profiles.at(-1)).toMatchObject({ id: 'mesh-2', name: 'copy', txPowerDbm: mesh.txPowerDbm });
    expect(updaters.deleteProfile(dup, 'mesh-2').profiles).toHaveLength(p.profiles.length);
    expect(valid(dup)).toBe(true);
  });
});
