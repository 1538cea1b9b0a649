/**
 * Engine-side regulatory check of technology profiles against the preset
 * datasets/regulatory/arib-std-t108.json (the same file the renderer's
 * profile editor reads; this module does not import renderer code).
 * Power limits are at the antenna port (txPowerDbm, before antenna gain),
 * per ARIB STD-T108 classes (DOMAIN-PARAMETERS.md §1.1):
 * - frequency outside every class's band → violation (freqMHz);
 * - power above the most permissive class covering the frequency → violation (txPowerDbm);
 * - power above the licence-free class but within a registered class → warning.
 */
import arib from '../../../datasets/regulatory/arib-std-t108.json';
import type { TechnologyProfile } from '../../model';

export interface RegulatoryClass { id: string; label: { en: string; ja: string }; bandMHz: [number, number]; maxPowerMw: number; maxPowerDbm: number; licence: string; sources: string[] }
export interface RegulationPreset { id: string; title: string; appliesTo: { media: string[]; starTechnologies: string[]; freqMHz: [number, number] }; classes: RegulatoryClass[] }

export interface RegulatoryFinding {
  regulation: string;
  profileId: string;
  severity: 'violation' | 'warning';
  code: 'out-of-band' | 'power-over-class' | 'needs-land-mobile';
  field: 'freqMHz' | 'txPowerDbm';
  value: number;
  limit: number | [number, number];
  classId: string;
  message: string;
}

export const ARIB_STD_T108 = arib as unknown as RegulationPreset;

const inBand = (f: number, c: RegulatoryClass) => f >= c.bandMHz[0] && f <= c.bandMHz[1];

/** Findings for one profile (empty when the preset does not apply or all is within limits). */
export function checkRegulatory(p: TechnologyProfile, reg: RegulationPreset = ARIB_STD_T108): RegulatoryFinding[] {
  if (!reg.appliesTo.media.includes(p.medium) || !('freqMHz' in p) || !('txPowerDbm' in p)) return [];
  if (p.medium === 'star' && !reg.appliesTo.starTechnologies.includes(p.technology)) return [];
  const f = p.freqMHz, power = p.txPowerDbm;
  if (f < reg.appliesTo.freqMHz[0] || f > reg.appliesTo.freqMHz[1]) return [];
  const mk = (severity: RegulatoryFinding['severity'], code: RegulatoryFinding['code'], field: RegulatoryFinding['field'], c: RegulatoryClass, message: string): RegulatoryFinding => ({
    regulation: reg.id, profileId: p.id, severity, code, field, value: field === 'freqMHz' ? f : power, limit: field === 'freqMHz' ? c.bandMHz : c.maxPowerDbm, classId: c.id, message,
  });
  const base = reg.classes[0];
  const covering = reg.classes.filter((c) => inBand(f, c));
  const out: RegulatoryFinding[] = [];
  if (covering.length === 0) {
    out.push(mk('violation', 'out-of-band', 'freqMHz', base, `${f} MHz is outside every ${reg.id} band`));
    if (power > base.maxPowerDbm) out.push(mk('violation', 'power-over-class', 'txPowerDbm', base, `${power} dBm exceeds ${base.maxPowerDbm} dBm (${base.label.en})`));
    return out;
  }
  const allowing = covering.find((c) => power <= c.maxPowerDbm);
  if (!allowing) {
    const most = covering[covering.length - 1];
    out.push(mk('violation', 'power-over-class', 'txPowerDbm', most, `${power} dBm at ${f} MHz exceeds the ${most.maxPowerDbm} dBm limit of the most permissive class (${most.label.en})`));
  } else if (allowing !== covering[0] || power > base.maxPowerDbm) {
    const higher = allowing !== covering[0] ? allowing : reg.classes.find((c) => c !== base && inBand(f, c) && power <= c.maxPowerDbm);
    if (higher) out.push(mk('warning', 'needs-land-mobile', 'txPowerDbm', base, `${power} dBm needs the ${higher.label.en} (${higher.licence})`));
  }
  return out;
}
