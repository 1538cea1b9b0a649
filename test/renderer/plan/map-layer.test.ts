import { describe, expect, it } from 'vitest';
import { planLayer, recommendationFeatures } from '../../../renderer/plan/map-layer';
import { smallTown } from '../fixture';
import { entryFor } from './plan-fixture';

describe('recommendation map layer', () => {
  it('has one polygon per planned area, coloured by its recommended medium', () => {
    const doc = smallTown();
    const entry = entryFor(doc);
    const fc = recommendationFeatures(entry, doc);
    expect(fc.features.length).toBe(doc.areas.length);
    for (const f of fc.features) {
      const a = entry.result.plan.areas.find((x) => x.id === f.properties!.id)!;
      expect(f.properties!.option).toBe(a.options[a.recommendedIndex].medium);
      expect(['mesh', 'star', 'plc']).toContain(f.properties!.medium);
      expect(f.properties!.stale).toBe(false);
      expect(f.geometry.type).toBe('Polygon');
    }
    expect(recommendationFeatures(null, doc).features).toEqual([]);
  });

  it('marks the polygons outdated after an edit and skips areas the plan does not know', () => {
    const doc = smallTown();
    const entry = entryFor(doc);
    const edited = { ...doc, areas: [...doc.areas, { ...doc.areas[0], id: 'NEW' }] };
    const fc = recommendationFeatures(entry, edited);
    expect(fc.features.length).toBe(doc.areas.length);
    expect(fc.features.every((f) => f.properties!.stale === true)).toBe(true);
  });

  it('draws below the meters and owns only a small polygon source', () => {
    expect(planLayer.beforeId).toBe('meters-circle');
    expect(Object.keys(planLayer.sources)).toEqual(['plan-recommendation']);
    expect(planLayer.layers.every((l) => (l as { source: string }).source === 'plan-recommendation')).toBe(true);
  });
});
