/**
 * The uniform input every registry model accepts. Models read what they
 * need and ignore the rest; missing model-specific inputs they require are
 * reported as errors, never silently defaulted to literals.
 */
import type { ItmProfile } from './itm';
import type { ItmLinkParams } from './itm-adapter';

/** One link to evaluate. */
export interface LinkQuery {
  freqMHz: number;
  /** Ground distance between the terminals, km. */
  distanceKm: number;
  /** Transmitter (e.g. collector) antenna height above ground, m. */
  txHeightM: number;
  /** Receiver (e.g. meter) antenna height above ground, m. */
  rxHeightM: number;
  /** Location percentage 0 < p < 100 for models with location variability (default 50 = median). */
  locationPercent?: number;
  /** Line of sight, for models with LoS/NLoS rows (P.1411 §4.1.1; default false). */
  lineOfSight?: boolean;
  /** Terrain profile in PFL form, for terrain models (ITM p2p). */
  profile?: ItmProfile;
  /** Log-distance calibration (required by the log-distance model). */
  logDistance?: { exponent: number; referenceDistanceM: number; interceptDb?: number };
  /** ITM overrides (defaults: datasets/propagation/itm-defaults.json). */
  itm?: Partial<ItmLinkParams>;
}
