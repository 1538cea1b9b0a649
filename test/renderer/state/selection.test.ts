import { describe, expect, it } from 'vitest';
import { bboxOf, pointInPolygon, pointInRing } from '../../../renderer/geo/geometry';
import { entitiesInBox, entitiesInLasso, mergeSelection, metersPerArea, selectedOf } from '../../../renderer/state/selection';
import { smallTown } from '../fixture';

describe('selection queries', () => {
  it('point in ring / polygon with holes', () => {
    const sq: [number, number][] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole: [number, number][] = [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]];
    expect(pointInRing(3, 3, sq)).toBe(true);
    expect(pointInRing(5, 3, sq)).toBe(false);
    expect(pointInPolygon(1.5, 1.5, [sq, hole])).toBe(false);
    expect(pointInPolygon(3, 3, [sq, hole])).toBe(true);
    expect(bboxOf(sq)).toEqual([0, 0, 4, 4]);
  });

  it('box and lasso pick visible kinds only, and agree with a brute-force count', () => {
    const p = smallTown();
    const box: [number, number, number, number] = [139.469, 35.754, 139.474, 35.757];
    const both = entitiesInBox(p, box, { meter: true, collector: true });
    const brute = p.meters.filter((m) => m.lon >= box[0] && m.lon <= box[2] && m.lat >= box[1] && m.lat <= box[3]).length;
    expect(both.filter((r) => r.kind === 'meter')).toHaveLength(brute);
    expect(entitiesInBox(p, box, { meter: true }).every((r) => r.kind === 'meter')).toBe(true);
    const ring: [number, number][] = [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]];
    expect(entitiesInLasso(p, ring, { meter: true, collector: true }).length).toBe(both.length);
    const tri: [number, number][] = [[box[0], box[1]], [box[2], box[1]], [box[0], box[3]]];
    expect(entitiesInLasso(p, tri, { meter: true }).length).toBeLessThan(brute);
  });

  it('mergeSelection adds without duplicates or replaces', () => {
    const a = [{ kind: 'meter' as const, id: 'm1' }];
    expect(mergeSelection(a, [{ kind: 'meter', id: 'm1' }, { kind: 'meter', id: 'm2' }], true)).toHaveLength(2);
    expect(mergeSelection(a, [{ kind: 'collector', id: 'C1' }], false)).toEqual([{ kind: 'collector', id: 'C1' }]);
  });

  it('counts meters per area (explicit membership first, then polygon) and resolves selections', () => {
    const p = smallTown();
    const counts = metersPerArea(p);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(p.meters.length);
    expect(metersPerArea(p)).toBe(counts);
    const moved = { ...p, meters: p.meters.map((m, i) => (i === 0 ? { ...m, areaId: 'A2' } : m)) };
    const c2 = metersPerArea(moved);
    const wasInA1 = pointInPolygon(p.meters[0].lon, p.meters[0].lat, p.areas[0].polygon);
    expect(wasInA1).toBe(true);
    expect(c2).toEqual([counts[0] - 1, counts[1] + 1]);
    expect(selectedOf(p, [{ kind: 'collector', id: 'C2' }, { kind: 'collector', id: 'gone' }], 'collector').map((c) => c.id)).toEqual(['C2']);
  });
});
