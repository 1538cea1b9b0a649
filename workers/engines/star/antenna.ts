/**
 * Base-station antenna patterns: omni, or a sector with the parabolic
 * pattern of 3GPP TR 36.814 V9.0.0 Annex A.2.1.1, Table A.2.1.1-2:
 *
 *   A_H(φ) = −min[12·(φ/φ3dB)², A_m]                  horizontal, φ from boresight
 *   A_V(θ) = −min[12·((θ − θ_tilt)/θ3dB)², SLA_V]      vertical, θ below the horizon
 *   A(φ, θ) = −min{−[A_H(φ) + A_V(θ)], A_m}            combined
 *
 * Defaults φ3dB = 70°, A_m = 25 dB, θ3dB = 10°, SLA_V = 20 dB (datasets/star/antenna.json).
 * Gain towards a point = peak gain (dBi) + A(φ, θ). Validity: φ in −180…180°,
 * θ in −90…90°; beamwidths > 0.
 */
import antennaPreset from '../../../datasets/star/antenna.json';

/** A sector antenna; omni antennas have no sector. */
export interface SectorPattern {
  /** Boresight azimuth, degrees clockwise from north. */
  azimuthDeg: number;
  /** Horizontal half-power beamwidth φ3dB, degrees. */
  beamwidthDeg: number;
  /** Downtilt θ_tilt, degrees below the horizon. */
  downtiltDeg: number;
  /** Vertical half-power beamwidth θ3dB, degrees. */
  verticalBeamwidthDeg: number;
  /** A_m, dB. */
  maxAttenuationDb: number;
  /** SLA_V, dB. */
  verticalSideLobeDb: number;
}

/** TR 36.814 default pattern parameters for a sector pointing at `azimuthDeg`. */
export function defaultSector(azimuthDeg: number, overrides: Partial<SectorPattern> = {}): SectorPattern {
  const p = antennaPreset;
  return {
    azimuthDeg,
    beamwidthDeg: p.horizontalBeamwidthDeg.value,
    downtiltDeg: p.downtiltDeg.value,
    verticalBeamwidthDeg: p.verticalBeamwidthDeg.value,
    maxAttenuationDb: p.maxAttenuationDb.value,
    verticalSideLobeDb: p.verticalSideLobeDb.value,
    ...overrides,
  };
}

/** Wrap an angle difference into −180…180°. */
export function wrapDeg(a: number): number {
  const w = ((((a + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w;
}

/** Attenuation (dB, ≥ 0) of the TR 36.814 pattern at relative azimuth φ and elevation θ below the horizon. */
export function sectorAttenuationDb(phiDeg: number, thetaDeg: number, s: SectorPattern): number {
  const ph = wrapDeg(phiDeg) / s.beamwidthDeg;
  const aH = Math.min(12 * ph * ph, s.maxAttenuationDb);
  const tv = (thetaDeg - s.downtiltDeg) / s.verticalBeamwidthDeg;
  const aV = Math.min(12 * tv * tv, s.verticalSideLobeDb);
  return Math.min(aH + aV, s.maxAttenuationDb);
}

/** Azimuth (degrees clockwise from north) from (x0, y0) to (x1, y1) in local metres (x east, y north). */
export function azimuthDeg(x0: number, y0: number, x1: number, y1: number): number {
  return (Math.atan2(x1 - x0, y1 - y0) * 180) / Math.PI;
}
