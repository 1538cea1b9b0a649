/**
 * Public input and result types of the ITM engine. Field names carry units;
 * the numeric codes (climate, polarization, siting, mdvar) are those of the
 * NTIA ITM library, see ./constants.
 */
import type { ItmErrorCode } from './constants';

/** Radio and ground inputs shared by every ITM entry point. */
export interface ItmRadioInput {
  /** Structural height of the transmitter above ground, m (valid 0.5–3000, warning outside 1–1000). */
  txHeightM: number;
  /** Structural height of the receiver above ground, m (valid 0.5–3000, warning outside 1–1000). */
  rxHeightM: number;
  /** Radio climate 1–7 (ITM_CLIMATE), e.g. 5 continental temperate. */
  climate: number;
  /** Surface refractivity reduced to sea level N_0, N-units (250–400; 301 typical). */
  refractivityNUnits: number;
  /** Frequency, MHz (valid 20–20000, warning outside 40–10000). */
  freqMHz: number;
  /** 0 horizontal, 1 vertical (ITM_POLARIZATION). */
  polarization: number;
  /** Relative permittivity of the ground ε_r (≥ 1; 15 average ground). */
  permittivityRel: number;
  /** Ground conductivity σ, S/m (> 0; 0.005 average ground). */
  conductivitySPerM: number;
  /**
   * Mode of variability: 0 single message, 1 accidental (individual),
   * 2 mobile, 3 broadcast; +10 eliminates location variability, +20
   * eliminates direct situation variability (build it with itmMdvar).
   */
  mdvar: number;
}

/** Time / location / situation percentages, each strictly between 0 and 100. */
export interface ItmTlsPercentages {
  timePct: number;
  locationPct: number;
  situationPct: number;
}

/** Confidence / reliability percentages, each strictly between 0 and 100. */
export interface ItmCrPercentages {
  confidencePct: number;
  reliabilityPct: number;
}

/** A terrain profile in NTIA PFL form: [n, spacing_m, z_0 … z_n], elevations in m above sea level. */
export type ItmProfile = Float64Array | readonly number[];

/** Point-to-point terrain input. */
export interface ItmP2PPath {
  /** Profile from the transmitter (z_0) to the receiver (z_n). Path distance = n·spacing. */
  profile: ItmProfile;
}

/** Area-mode path input. */
export interface ItmAreaPath {
  /** Path distance, km (> 0; warnings below 1 km and above 1000 km). */
  distanceKm: number;
  /** Terrain irregularity parameter Δh, m (≥ 0; 90 m average rolling terrain). */
  deltaHM: number;
  /** Transmitter siting criteria 0 random, 1 careful, 2 very careful (ITM_SITING). */
  txSiting: number;
  /** Receiver siting criteria 0 random, 1 careful, 2 very careful (ITM_SITING). */
  rxSiting: number;
}

export type ItmP2PTlsInput = ItmRadioInput & ItmTlsPercentages & ItmP2PPath;
export type ItmP2PCrInput = ItmRadioInput & ItmCrPercentages & ItmP2PPath;
export type ItmAreaTlsInput = ItmRadioInput & ItmTlsPercentages & ItmAreaPath;
export type ItmAreaCrInput = ItmRadioInput & ItmCrPercentages & ItmAreaPath;

/** Intermediate values of one evaluation (the NTIA IntermediateValues, with units in the names). */
export interface ItmIntermediate {
  /** 1 line of sight, 2 diffraction, 3 troposcatter (ITM_PROPAGATION_MODE). */
  propagationMode: number;
  /** Terminal horizon distances [d_L1 (TX), d_L2 (RX)], m. */
  horizonDistancesM: [number, number];
  /** Terminal horizon elevation angles [θ_e1, θ_e2], rad. */
  thetaHznRad: [number, number];
  /** Effective terminal heights [h_e1, h_e2], m. */
  effectiveHeightsM: [number, number];
  /** Maximum line-of-sight distance of the path d_L = d_L1 + d_L2, m. */
  dLosM: number;
  /** Smooth-earth maximum line-of-sight distance d_Ls, m. */
  dSmoothLosM: number;
  /** Terrain irregularity parameter Δh, m (computed from the profile in p2p mode). */
  deltaHM: number;
  /** Surface refractivity N_s, N-units. */
  surfaceRefractivityNUnits: number;
  /** Effective earth radius a_e = 1/γ_e, m. */
  effectiveEarthRadiusM: number;
  /** Reference attenuation relative to free space (median, before variability), dB. */
  aRefDb: number;
  /** Free-space basic transmission loss, dB. */
  aFsDb: number;
  /** Path distance, km. */
  distanceKm: number;
}

/** A successful evaluation. `warnings` is the NTIA warning bit set (ITM_WARNING), 0 when none. */
export interface ItmSuccess {
  ok: true;
  /** Basic transmission loss, dB. */
  lossDb: number;
  warnings: number;
  intermediate: ItmIntermediate;
}

/** A rejected input: the NTIA return code, its text, and warnings raised before the error. */
export interface ItmFailure {
  ok: false;
  errorCode: ItmErrorCode;
  message: string;
  warnings: number;
}

export type ItmResult = ItmSuccess | ItmFailure;
