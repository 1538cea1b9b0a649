import { describe, expect, it } from 'vitest';
import { createPropagationRegistry, defaultPropagationRegistry } from '../../../workers/engines/propagation/registry';
import { PathLossTables } from '../../../workers/engines/star/link-loss';

describe('path-loss tables memoised across runs', () => {
  it('the default registry is one immutable instance', () => {
    expect(defaultPropagationRegistry()).toBe(defaultPropagationRegistry());
  });

  it('a later run gets the same values and the same validity warnings as a fresh evaluation', () => {
    const reg = defaultPropagationRegistry();
    // 250 m receiver is outside Hata's 1–10 m mobile-height range: a warning to replay
    const first = new PathLossTables(reg, 920, 20, 30_000);
    const a = first.table('hata-urban-small', 30, 250);
    const second = new PathLossTables(reg, 920, 20, 30_000);
    const b = second.table('hata-urban-small', 30, 250);
    expect(b).toBe(a);
    expect([...second.warnings]).toEqual([...first.warnings]);
    expect(second.warnings.size).toBeGreaterThan(0);
    const fresh = new PathLossTables(createPropagationRegistry({}), 920, 20, 30_000).table('hata-urban-small', 30, 250);
    expect(Array.from(b)).toEqual(Array.from(fresh));
  });

  it('keys on frequency and distance range, not only on model and heights', () => {
    const reg = defaultPropagationRegistry();
    const t920 = new PathLossTables(reg, 920, 20, 30_000).table('seamcat-hata', 30, 1.5);
    const t280 = new PathLossTables(reg, 280, 20, 30_000).table('seamcat-hata', 30, 1.5);
    const short = new PathLossTables(reg, 920, 20, 3_000).table('seamcat-hata', 30, 1.5);
    expect(t280[10]).toBeLessThan(t920[10]);
    expect(short.length).toBeLessThan(t920.length);
  });
});
