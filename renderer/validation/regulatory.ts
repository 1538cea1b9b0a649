/**
 * Regulatory checks of technology profiles against preset limits in
 * datasets/regulatory (ARIB STD-T108 for Japan's 920 MHz band). A profile may
 * break the rules (a vendor claim to be flagged), so findings are shown, not
 * enforced. Power limits are at the antenna port (txPowerDbm), before gain.
 */
import arib from '../../datasets/regulatory/arib-std-t108.json';
import type { TechnologyProfile } from '../../workers/model';

/** One class of radio station with its band and power limit. */
export interface RegulatoryClass {
  id: string;
  label: { en: string; ja: string };
  bandMHz: [number, number];
  maxPowerMw: number;
  maxPowerDbm: number;
  licence: string;
  sources: string[];
}

/** A regulation preset file. */
export interface RegulationPreset {
  id: string;
  title: string;
  appliesTo: { media: string[]; starTechnologies: string[]; freqMHz: [number, number] };
  /** Ordered from the least to the most permissive class. */
  classes: RegulatoryClass[];
}

/** What a finding says; texts are built by the UI from these fields. */
export type FindingCode = 'out-of-band' | 'power-over-class' | 'needs-land-mobile';

export interface RegulatoryFinding {
  severity: 'violation' | 'warning';
  code: FindingCode;
  /** The profile field at fault, for showing the finding inline. */
  field: 'freqMHz' | 'txPowerDbm';
  /** The class whose limit is exceeded. */
  cls: RegulatoryClass;
  /** The more permissive class that would allow it (needs-land-mobile). */
  other?: RegulatoryClass;
  value: number;
}

/** The bundled presets. */
export const REGULATIONS: readonly RegulationPreset[] = [arib as unknown as RegulationPreset];

/** Whether a preset applies to a profile (by medium, star technology and frequency). */
export function applies(reg: RegulationPreset, p: TechnologyProfile): boolean {
  if (!reg.appliesTo.media.includes(p.medium) || !('freqMHz' in p)) return false;
  if (p.medium === 'star' && !reg.appliesTo.starTechnologies.includes(p.technology)) return false;
  return p.freqMHz >= reg.appliesTo.freqMHz[0] && p.freqMHz <= reg.appliesTo.freqMHz[1];
}

const inBand = (f: number, c: RegulatoryClass) => f >= c.bandMHz[0] && f <= c.bandMHz[1];

/**
 * Check a profile's frequency and antenna-port power against a preset:
 * - outside every class's band → violation (frequency);
 * - power above the most permissive class that covers the frequency → violation (power);
 * - power above the least permissive class but allowed by a stricter-licensed one → warning.
 */
export function checkProfile(p: TechnologyProfile, reg: RegulationPreset = REGULATIONS[0]): RegulatoryFinding[] {
  if (!applies(reg, p) || !('txPowerDbm' in p)) return [];
  const f = p.freqMHz, power = p.txPowerDbm;
  const out: RegulatoryFinding[] = [];
  const base = reg.classes[0];
  const covering = reg.classes.filter((c) => inBand(f, c));
  if (covering.length === 0) {
    out.push({ severity: 'violation', code: 'out-of-band', field: 'freqMHz', cls: base, value: f });
    if (power > base.maxPowerDbm) out.push({ severity: 'violation', code: 'power-over-class', field: 'txPowerDbm', cls: base, value: power });
    return out;
  }
  const allowing = covering.find((c) => power <= c.maxPowerDbm);
  if (!allowing) {
    const most = covering[covering.length - 1];
    out.push({ severity: 'violation', code: 'power-over-class', field: 'txPowerDbm', cls: most, value: power });
  } else if (allowing !== covering[0]) {
    out.push({ severity: 'warning', code: 'needs-land-mobile', field: 'txPowerDbm', cls: covering[0], other: allowing, value: power });
  } else if (power > base.maxPowerDbm) {
    // in a band only a permissive class covers, but power fits it: still needs that class
    const higher = reg.classes.find((c) => c !== base && inBand(f, c) && power <= c.maxPowerDbm);
    if (higher) out.push({ severity: 'warning', code: 'needs-land-mobile', field: 'txPowerDbm', cls: base, other: higher, value: power });
  }
  return out;
}
