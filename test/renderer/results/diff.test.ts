import { describe, expect, it } from 'vitest';
import { engineInputsEqual, movedCollector } from '../../../renderer/results/diff';
import { smallTown } from '../fixture';

describe('collector-move diff', () => {
  const base = smallTown();
  const move = (i: number, dLon: number) => ({ ...base, collectors: base.collectors.map((c, k) => (k === i ? { ...c, lon: c.lon + dLon } : c)) });

  it('finds the one collector that moved', () => {
    expect(movedCollector(base, move(1, 0.001))).toBe(base.collectors[1].id);
  });

  it('ignores the project name and other non-engine parts', () => {
    const renamed = { ...move(0, 0.001), meta: { ...base.meta, name: 'x' } };
    expect(movedCollector(base, renamed)).toBe(base.collectors[0].id);
    expect(engineInputsEqual(base, { ...base, meta: { ...base.meta, name: 'y' } })).toBe(true);
  });

  it('is null for anything but a single move', () => {
    const two = { ...base, collectors: base.collectors.map((c) => ({ ...c, lon: c.lon + 0.001 })) };
    expect(movedCollector(base, two)).toBeNull();
    expect(movedCollector(base, base)).toBeNull();
    expect(movedCollector(base, { ...move(0, 0.001), meters: base.meters.slice(1) })).toBeNull();
    expect(movedCollector(base, { ...base, collectors: base.collectors.slice(1) })).toBeNull();
    expect(movedCollector(base, { ...base, collectors: base.collectors.map((c, k) => (k === 0 ? { ...c, heightM: 30 } : c)) })).toBeNull();
    expect(movedCollector(base, { ...base, collectors: base.collectors.map((c, k) => (k === 0 ? { ...c, lon: c.lon + 0.001, medium: 'star' as const } : c)) })).toBeNull();
    expect(movedCollector(base, { ...move(0, 0.001), settings: { ...base.settings, readsPerDay: 24 } })).toBeNull();
    expect(engineInputsEqual(base, move(0, 0.001))).toBe(false);
  });
});
