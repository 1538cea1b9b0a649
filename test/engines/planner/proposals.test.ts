import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegulatory, parseProposal } from '../../../workers/engines/planner';

const dir = new URL('../../../datasets/proposals/examples/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
const FILES = ['vendor-a-jpy.json', 'vendor-b-usd.json', 'vendor-c-eur.json'];

describe('vendor proposal files', () => {
  it('the three examples validate', () => {
    for (const f of FILES) {
      const r = parseProposal(f, read(f));
      expect(r.ok, r.ok ? '' : r.errors.join('\n')).toBe(true);
    }
  });

  it('flags the ARIB STD-T108 power violation of vendor C only (vendor B needs the 250 mW registered class: a warning)', () => {
    const findings = FILES.map((f) => { const r = parseProposal(f, read(f)); if (!r.ok) throw new Error(r.errors.join()); return r.proposal.profiles.flatMap((p) => checkRegulatory(p)); });
    expect(findings[0]).toEqual([]);
    expect(findings[1].map((x) => x.severity)).toEqual(['warning']);
    expect(findings[2]).toHaveLength(1);
    expect(findings[2][0]).toMatchObject({ profileId: 'c-mesh-27dbm', severity: 'violation', code: 'power-over-class', field: 'txPowerDbm', value: 27 });
  });

  it('errors name the file and the field path', () => {
    const good = JSON.parse(read('vendor-a-jpy.json'));
    const bad = structuredClone(good);
    bad.profiles[0].txPowerDbm = 'loud';
    bad.prices['a-plc'].meterModule = -5;
    delete bad.prices['a-ltem'];
    bad.currency = 'yen';
    const r = parseProposal('acme.json', JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    expect(text).toMatch(/^acme\.json: currency: /m);
    expect(text).toMatch(/^acme\.json: profiles\[0\]\.txPowerDbm: /m);
    expect(text).toMatch(/^acme\.json: prices\.a-plc\.meterModule: /m);
    expect(r.errors.every((e) => e.startsWith('acme.json: '))).toBe(true);
  });

  it('reports missing prices and unknown price keys by path, and invalid JSON by file', () => {
    const good = JSON.parse(read('vendor-a-jpy.json'));
    delete good.prices['a-ltem'];
    good.prices['ghost'] = good.prices['a-mesh'];
    const r = parseProposal('p.json', JSON.stringify(good));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('p.json: prices.a-ltem: no prices for profile a-ltem');
      expect(r.errors).toContain('p.json: prices.ghost: prices for unknown profile ghost');
    }
    const j = parseProposal('broken.json', '{ "vendor": ');
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.errors[0]).toMatch(/^broken\.json: invalid JSON/);
  });
});
