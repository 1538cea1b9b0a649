/**
 * Constants of the ITS Irregular Terrain Model (Longley-Rice), version 1.2.2:
 * return codes, warning bits and enumerations with the same numeric values as
 * the NTIA/ITS reference library (github.com/NTIA/itm, ERRORS_AND_WARNINGS.md),
 * plus the physical constants of the algorithm.
 *
 * References used throughout this folder:
 * - [Algorithm] G. A. Hufford, "The ITS Irregular Terrain Model, version 1.2.2:
 *   the Algorithm", NTIA/ITS, 1995.
 * - [TN101] P. L. Rice et al., "Transmission loss predictions for tropospheric
 *   communication circuits", NBS Technical Note 101 (revised), 1967.
 * - [ERL 79-ITS 67] A. G. Longley, P. L. Rice, "Prediction of tropospheric
 *   radio transmission loss over irregular terrain: a computer method", 1968.
 */

/** Return codes for rejected input (NTIA ITM numbering). */
export const ITM_ERROR = {
  TX_TERMINAL_HEIGHT: 1000,
  RX_TERMINAL_HEIGHT: 1001,
  INVALID_RADIO_CLIMATE: 1002,
  INVALID_TIME: 1003,
  INVALID_LOCATION: 1004,
  INVALID_SITUATION: 1005,
  INVALID_CONFIDENCE: 1006,
  INVALID_RELIABILITY: 1007,
  REFRACTIVITY: 1008,
  FREQUENCY: 1009,
  POLARIZATION: 1010,
  EPSILON: 1011,
  SIGMA: 1012,
  GROUND_IMPEDANCE: 1013,
  MDVAR: 1014,
  /** Defined by NTIA; its library (and so this port) never returns it. */
  MDVAR_BROADCAST_MODE: 1015,
  EFFECTIVE_EARTH: 1016,
  PATH_DISTANCE: 1017,
  DELTA_H: 1018,
  TX_SITING_CRITERIA: 1019,
  RX_SITING_CRITERIA: 1020,
  SURFACE_REFRACTIVITY_SMALL: 1021,
  SURFACE_REFRACTIVITY_LARGE: 1022,
  /**
   * FANplan extension, not an NTIA code: the terrain profile is malformed
   * (point count not a positive integer, array shorter than the count says,
   * or a non-finite elevation). The NTIA library does not check this.
   */
  TERRAIN_PROFILE: 1100,
  /**
   * FANplan extension, not an NTIA code: the computation produced a
   * non-finite loss (a degenerate geometry the model does not cover).
   */
  NON_FINITE_RESULT: 1101,
} as const;

/** One of the {@link ITM_ERROR} values. */
export type ItmErrorCode = (typeof ITM_ERROR)[keyof typeof ITM_ERROR];

/** Warning bit flags (NTIA ITM numbering); several may be set at once. */
export const ITM_WARNING = {
  TX_TERMINAL_HEIGHT: 0x0001,
  RX_TERMINAL_HEIGHT: 0x0002,
  FREQUENCY: 0x0004,
  PATH_DISTANCE_TOO_BIG_1: 0x0008,
  PATH_DISTANCE_TOO_BIG_2: 0x0010,
  PATH_DISTANCE_TOO_SMALL_1: 0x0020,
  PATH_DISTANCE_TOO_SMALL_2: 0x0040,
  TX_HORIZON_ANGLE: 0x0080,
  RX_HORIZON_ANGLE: 0x0100,
  TX_HORIZON_DISTANCE_1: 0x0200,
  RX_HORIZON_DISTANCE_1: 0x0400,
  TX_HORIZON_DISTANCE_2: 0x0800,
  RX_HORIZON_DISTANCE_2: 0x1000,
  EXTREME_VARIABILITIES: 0x2000,
  SURFACE_REFRACTIVITY: 0x4000,
} as const;

/** Readable text of each error code. */
export const ITM_ERROR_MESSAGES: Readonly<Record<ItmErrorCode, string>> = {
  1000: 'TX terminal height is out of range (0.5–3000 m)',
  1001: 'RX terminal height is out of range (0.5–3000 m)',
  1002: 'Invalid radio climate (expected an integer 1–7)',
  1003: 'Time percentage is out of range (0 < time < 100)',
  1004: 'Location percentage is out of range (0 < location < 100)',
  1005: 'Situation percentage is out of range (0 < situation < 100)',
  1006: 'Confidence percentage is out of range (0 < confidence < 100)',
  1007: 'Reliability percentage is out of range (0 < reliability < 100)',
  1008: 'Refractivity is out of range (250–400 N-units)',
  1009: 'Frequency is out of range (20–20000 MHz)',
  1010: 'Invalid polarization (0 horizontal, 1 vertical)',
  1011: 'Relative permittivity is out of range (must be >= 1)',
  1012: 'Conductivity is out of range (must be > 0 S/m)',
  1013: 'The imaginary part of the ground impedance is larger than its real part',
  1014: 'Invalid mode of variability (0–3, optionally +10 and/or +20)',
  1015: 'Broadcast variability mode is not supported with confidence/reliability',
  1016: 'Internally computed effective earth radius is out of range',
  1017: 'Path distance is out of range (must be > 0)',
  1018: 'Terrain irregularity parameter delta h is out of range (must be >= 0 m)',
  1019: 'Invalid TX siting criteria (0 random, 1 careful, 2 very careful)',
  1020: 'Invalid RX siting criteria (0 random, 1 careful, 2 very careful)',
  1021: 'Internally computed surface refractivity is too small (< 150 N-units)',
  1022: 'Internally computed surface refractivity is too large (> 400 N-units)',
  1100: 'Malformed terrain profile (expected [n, spacing_m, z0 … zn] with n >= 1 and finite elevations)',
  1101: 'The model produced a non-finite loss for this geometry',
};

/** Readable text of each warning bit, in bit order. */
export const ITM_WARNING_MESSAGES: ReadonlyArray<readonly [number, string]> = [
  [0x0001, 'TX terminal height is near its limits (1–1000 m)'],
  [0x0002, 'RX terminal height is near its limits (1–1000 m)'],
  [0x0004, 'Frequency is near its limits (40–10000 MHz)'],
  [0x0008, 'Path distance is near its upper limit (> 1000 km)'],
  [0x0010, 'Path distance is large (> 2000 km): care must be taken with the result'],
  [0x0020, 'Path distance is near its lower limit (shorter than |he_tx − he_rx| / 0.2)'],
  [0x0040, 'Path distance is small (< 1 km): care must be taken with the result'],
  [0x0080, 'TX horizon angle is large (> 200 mrad): small-angle approximations may break down'],
  [0x0100, 'RX horizon angle is large (> 200 mrad): small-angle approximations may break down'],
  [0x0200, 'TX horizon distance is less than 1/10 of the smooth-earth horizon distance'],
  [0x0400, 'RX horizon distance is less than 1/10 of the smooth-earth horizon distance'],
  [0x0800, 'TX horizon distance is more than 3 times the smooth-earth horizon distance'],
  [0x1000, 'RX horizon distance is more than 3 times the smooth-earth horizon distance'],
  [0x2000, 'One of the variability quantiles is far in the tail of its distribution (|z| > 3.1)'],
  [0x4000, 'Internally computed surface refractivity is small (< 250 N-units): care must be taken'],
];

/** Radio climates [Algorithm, Table 5.1]. */
export const ITM_CLIMATE = {
  EQUATORIAL: 1,
  CONTINENTAL_SUBTROPICAL: 2,
  MARITIME_SUBTROPICAL: 3,
  DESERT: 4,
  CONTINENTAL_TEMPERATE: 5,
  MARITIME_TEMPERATE_OVER_LAND: 6,
  MARITIME_TEMPERATE_OVER_SEA: 7,
} as const;

/** Polarization codes. */
export const ITM_POLARIZATION = { HORIZONTAL: 0, VERTICAL: 1 } as const;

/** Terminal siting criteria (area mode) [Algorithm, Eqn 3.2]. */
export const ITM_SITING = { RANDOM: 0, CAREFUL: 1, VERY_CAREFUL: 2 } as const;

/** Propagation mode reported in the intermediate values. */
export const ITM_PROPAGATION_MODE = { NOT_SET: 0, LINE_OF_SIGHT: 1, DIFFRACTION: 2, TROPOSCATTER: 3 } as const;

/**
 * Base modes of variability [Algorithm, §5]. The `mdvar` input is one of these
 * plus 10 to eliminate location variability and/or plus 20 to eliminate
 * direct situation variability (see {@link itmMdvar}).
 */
export const ITM_MDVAR = { SINGLE_MESSAGE: 0, ACCIDENTAL: 1, MOBILE: 2, BROADCAST: 3 } as const;

/** Actual earth radius used by Vogler's smooth-earth diffraction, m. */
export const A0_M = 6370e3;
/** Effective earth radius of the 9000 km climatological reference, m [Algorithm, Eqn 5.3]. */
export const A9000_M = 9000e3;
/** Curvature of the actual earth, 1/m (≈ 1 / 6370 km) [TN101, Eqn 4.4]. */
export const GAMMA_A = 157e-9;
