/**
 * Cross-check against the NTIA/ITS ITM reference library on 320 random cases
 * (see ntia-oracle-cases.json for provenance): point-to-point and area mode,
 * every mode of variability, all three propagation modes, invalid inputs.
 * Return codes, warning bits and propagation mode must be identical and the
 * loss equal to 1e-6 dB (the port agrees to ~1e-12 dB).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itmAreaTls, itmP2PTls } from '../../../../workers/engines/propagation/itm';
import type { ItmAreaTlsInput, ItmP2PTlsInput, ItmResult } from '../../../../workers/engines/propagation/itm';
import { synthProfile } from './synthetic-profile';
import type { ProfileSpec } from './synthetic-profile';

type Expect = { errorCode: number } | { lossDb: number; warnings: number; propagationMode: number; aRefDb: number };
type OracleCase =
  | (Omit<ItmP2PTlsInput, 'profile'> & { fn: 'p2p'; profile: ProfileSpec; expect: Expect })
  | (ItmAreaTlsInput & { fn: 'area'; expect: Expect });

const { cases } = JSON.parse(readFileSync(new URL('./ntia-oracle-cases.json', import.meta.url), 'utf8')) as { cases: OracleCase[] };

function run(c: OracleCase): ItmResult {
  return c.fn === 'p2p' ? itmP2PTls({ ...c, profile: synthProfile(c.profile) }) : itmAreaTls(c);
}

describe('ITM against the NTIA reference library (random cases)', () => {
  it('has cases covering both modes, errors and all propagation modes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(cases.map((c) => `${c.fn}:${'errorCode' in c.expect ? 'error' : c.expect.propagationMode}`));
    for (const k of ['p2p:1', 'p2p:2', 'p2p:3', 'area:1', 'area:2', 'area:3', 'p2p:error', 'area:error']) expect(kinds).toContain(k);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const r = run(c);
    const e = c.expect;
    if ('errorCode' in e) {
      expect(r.ok ? 'ok' : r.errorCode).toBe(e.errorCode);
      return;
    }
    if (!r.ok) throw new Error(`unexpected error ${r.errorCode}: ${r.message}`);
    expect(r.warnings).toBe(e.warnings);
    expect(r.intermediate.propagationMode).toBe(e.propagationMode);
    expect(Math.abs(r.intermediate.aRefDb - e.aRefDb)).toBeLessThan(1e-6);
    expect(Math.abs(r.lossDb - e.lossDb)).toBeLessThan(1e-6);
  });
});
