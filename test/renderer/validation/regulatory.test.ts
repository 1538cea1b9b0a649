import { describe, expect, it } from 'vitest';
import preset from '../../../datasets/regulatory/arib-std-t108.json';
import { applies, checkProfile, REGULATIONS } from '../../../renderer/validation/regulatory';
import { defaultProfiles, type MeshProfile, type StarProfile } from '../../../workers/model';

const mesh = defaultProfiles().find((p) => p.id === 'mesh-wisun-jp') as MeshProfile;
const withMesh = (patch: Partial<MeshProfile>): MeshProfile => ({ ...mesh, ...patch });

describe('ARIB STD-T108 checks', () => {
  it('the preset states its limits with sources (20 mW = 13 dBm; 250 mW ≈ 24 dBm)', () => {
    const [low, high] = preset.classes;
    expect(low.maxPowerDbm).toBe(13);
    expect(10 * Math.log10(low.maxPowerMw)).toBeCloseTo(13, 0);
    expect(10 * Math.log10(high.maxPowerMw)).toBeCloseTo(high.maxPowerDbm, 2);
    for (const c of preset.classes) expect(c.sources.length).toBeGreaterThan(0);
  });

  it('the default Wi-SUN profile (13 dBm, 920.6 MHz) passes', () => {
    expect(checkProfile(mesh)).toEqual([]);
  });

  it('above 13 dBm within 920.5–923.5 MHz needs the 250 mW land mobile class (warning)', () => {
    const f = checkProfile(withMesh({ txPowerDbm: 20 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', code: 'needs-land-mobile', field: 'txPowerDbm' });
    expect(f[0].other?.id).toBe('land-mobile-250mw');
  });

  it('above 250 mW is a violation; above 13 dBm outside the land mobile band is a violation', () => {
    expect(checkProfile(withMesh({ txPowerDbm: 27 }))[0]).toMatchObject({ severity: 'violation', code: 'power-over-class', value: 27 });
    expect(checkProfile(withMesh({ txPowerDbm: 27 }))[0].cls.id).toBe('land-mobile-250mw');
    const f = checkProfile(withMesh({ freqMHz: 926, txPowerDbm: 16 }));
    expect(f[0]).toMatchObject({ severity: 'violation', code: 'power-over-class' });
    expect(f[0].cls.id).toBe('specified-low-power-20mw');
  });

  it('a 920 MHz-range frequency outside the band is a violation; other bands are not checked', () => {
    expect(checkProfile(withMesh({ freqMHz: 930.5 }))[0]).toMatchObject({ code: 'out-of-band', field: 'freqMHz' });
    expect(checkProfile(withMesh({ freqMHz: 2450, txPowerDbm: 20 }))).toEqual([]);
    const lte = defaultProfiles().find((p) => p.medium === 'star' && p.technology === 'lte-m') as StarProfile;
    expect(applies(REGULATIONS[0], lte)).toBe(false);
  });
});
