import { describe, expect, it } from 'vitest';
import { checkRegulatory } from '../../../workers/engines/planner';
import { defaultProfiles, type MeshProfile, type TechnologyProfile } from '../../../workers/model';

const mesh = defaultProfiles().find((p) => p.medium === 'mesh') as MeshProfile;

describe('engine-side ARIB STD-T108 check', () => {
  it('passes the default 20 mW Wi-SUN profile and every default profile', () => {
    for (const p of defaultProfiles()) expect(checkRegulatory(p)).toEqual([]);
  });

  it('flags 20 dBm at 920.6 MHz as a warning (needs the 250 mW registered class) and 27 dBm as a violation', () => {
    const warn = checkRegulatory({ ...mesh, txPowerDbm: 20 });
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ severity: 'warning', code: 'needs-land-mobile', field: 'txPowerDbm', value: 20 });
    const bad = checkRegulatory({ ...mesh, txPowerDbm: 27 });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'violation', code: 'power-over-class', field: 'txPowerDbm', value: 27, limit: 23.98 });
  });

  it('flags out-of-band frequencies, and 20 dBm outside 920.5–923.5 MHz as a violation', () => {
    expect(checkRegulatory({ ...mesh, freqMHz: 930.5 })[0]).toMatchObject({ severity: 'violation', code: 'out-of-band', field: 'freqMHz' });
    expect(checkRegulatory({ ...mesh, freqMHz: 926.0, txPowerDbm: 20 })[0]).toMatchObject({ severity: 'violation', code: 'power-over-class' });
  });

  it('does not apply to cellular or PLC profiles', () => {
    const lte = defaultProfiles().find((p) => p.medium === 'star' && p.technology === 'lte-m') as TechnologyProfile;
    expect(checkRegulatory({ ...lte, txPowerDbm: 40 } as TechnologyProfile)).toEqual([]);
  });
});
