/**
 * Reliability options and their defaults, read from
 * datasets/mesh/reliability-defaults.json (sourced in DOMAIN-PARAMETERS.md
 * §1 and §6). Profile fields (payloadBytes, macRetries, dataRates) and
 * simulation settings (readsPerDay, rereadsPerDay, readSuccessTarget)
 * override them: see {@link reliabilityOptions}.
 */
import preset from '../../../datasets/mesh/reliability-defaults.json';
import type { MeshProfile, PlcProfile, SimulationSettings } from '../../model';

type Sourced = { value: number; source: string };
type Key = Exclude<keyof typeof preset, 'about'>;

/** The preset's values with their sources (for the UI). */
export const RELIABILITY_DEFAULTS_SOURCED: Readonly<Record<Key, Sourced>> = (() => {
  const { about: _about, ...values } = preset;
  return values;
})();

/** Options of {@link computeReliability}. */
export interface ReliabilityOptions {
  /** Interval reads each meter sends per day (30-minute reads: 48). */
  readsPerDay: number;
  /** Head-end re-read requests per missed read per day. */
  rereadsPerDay: number;
  /** Daily read-success target, for summaries. */
  readSuccessTarget: number;
  /** MAC retransmissions after the first attempt (IEEE 802.15.4 macMaxFrameRetries). */
  macRetries: number;
  /** Read payload including MAC/network overhead, bytes. */
  payloadBytes: number;
  /** PHY preamble, SFD and header, bytes. */
  phyOverheadBytes: number;
  /** Acknowledgement frame incl. PHY overhead, bytes. */
  ackBytes: number;
  /** PHY data rate, kbit/s. */
  dataRateKbps: number;
  /** Carrier sense, backoff and turnaround per transmission attempt, ms. */
  perAttemptOverheadMs: number;
  /** Fixed per-hop delay (channel-hopping rendezvous, queuing), ms. */
  perHopFixedMs: number;
  /** Transmit duty limit as a fraction of the hour (ARIB: 360 s/h = 0.1). */
  dutyLimit: number;
  /** ALOHA vulnerability factor k in e^(−k·G): 2 pure, 1 slotted, 0 disables the collision penalty. */
  collisionVulnerability: number;
  /** Fixed-point iterations between load and collision penalty. */
  loadIterations: number;
}

/** Defaults from the preset, overridden by the given fields. */
export function reliabilityOptions(overrides: Partial<ReliabilityOptions> = {}): ReliabilityOptions {
  const s = RELIABILITY_DEFAULTS_SOURCED;
  const base = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.value])) as unknown as ReliabilityOptions;
  return { ...base, ...overrides };
}

/** Throw on options that make no sense. */
export function validateReliabilityOptions(o: ReliabilityOptions): void {
  const positive: (keyof ReliabilityOptions)[] = ['readsPerDay', 'payloadBytes', 'dataRateKbps'];
  for (const k of positive) if (!(o[k] > 0) || !Number.isFinite(o[k])) throw new RangeError(`${k} must be > 0, got ${o[k]}`);
  const nonNegative: (keyof ReliabilityOptions)[] = ['rereadsPerDay', 'macRetries', 'phyOverheadBytes', 'ackBytes', 'perAttemptOverheadMs', 'perHopFixedMs', 'collisionVulnerability', 'loadIterations'];
  for (const k of nonNegative) if (!(o[k] >= 0) || !Number.isFinite(o[k])) throw new RangeError(`${k} must be ≥ 0, got ${o[k]}`);
  if (!Number.isInteger(o.macRetries) || !Number.isInteger(o.rereadsPerDay) || !Number.isInteger(o.loadIterations)) throw new RangeError('macRetries, rereadsPerDay and loadIterations must be integers');
  if (!(o.dutyLimit > 0 && o.dutyLimit <= 1)) throw new RangeError(`dutyLimit must be within (0, 1], got ${o.dutyLimit}`);
  if (!(o.readSuccessTarget >= 0 && o.readSuccessTarget <= 1)) throw new RangeError(`readSuccessTarget must be within 0…1, got ${o.readSuccessTarget}`);
}

/**
 * Reliability options for a technology profile and the project's simulation
 * settings: payload and MAC retries from the profile, reads, re-reads and
 * target from the settings; for mesh the PHY rate is the profile's first
 * (most robust) data rate. The rest comes from the preset.
 */
export function reliabilityOptionsFromProfile(profile: MeshProfile | PlcProfile, settings: Pick<SimulationSettings, 'readsPerDay' | 'rereadsPerDay' | 'readSuccessTarget'>, overrides: Partial<ReliabilityOptions> = {}): ReliabilityOptions {
  return reliabilityOptions({
    payloadBytes: profile.payloadBytes,
    macRetries: profile.macRetries,
    ...(profile.medium === 'mesh' && profile.dataRates.length > 0 ? { dataRateKbps: profile.dataRates[0].rateKbps } : {}),
    readsPerDay: settings.readsPerDay,
    rereadsPerDay: settings.rereadsPerDay,
    readSuccessTarget: settings.readSuccessTarget,
    ...overrides,
  });
}
