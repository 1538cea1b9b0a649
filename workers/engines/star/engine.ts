/**
 * The wireless star engine: per meter, the best server and alternates, margin,
 * coverage probability, transmission mode (LoRa SF / cellular CE level),
 * airtime, capacity and daily read success, with a reason code.
 *
 *   runStar(scenario, options, control) → StarResult
 *
 * Pure: no IO; randomness is not used. Long stages call checkpoint().
 * See setup.ts (sites, models), coupling.ts (coupling loss, best server),
 * coverage.ts (Φ(M/σ), mode choice) and capacity.ts (ALOHA/Erlang B).
 */
import type { Scenario } from '../compile/scenario';
import { checkpoint, type RunControl } from '../run-control';
import { capacity } from './capacity';
import { chooseMode } from './coverage';
import { makeReceivers, prepareStar, type StarOptions } from './setup';
import type { StarCells } from './sites';

/** Why a meter's daily read success falls short (index = code in StarMeterResults.reason). */
export const STAR_REASONS = ['ok', 'no-site-in-range', 'payload-too-long', 'no-coverage', 'low-coverage', 'congestion', 'duty-cycle'] as const;
export type StarReason = (typeof STAR_REASONS)[number];

/** Per-meter results (typed arrays indexed by meter; servers k per meter). */
export interface StarMeterResults {
  count: number;
  /** k best cells per meter (index into StarResult.cells, −1 = none), best first. */
  servers: Int32Array;
  /** Coupling loss to each of those cells, dB. */
  couplingLossDb: Float32Array;
  /** Margin at the best server in the chosen mode, dB. */
  marginDb: Float32Array;
  /** Uplink received power at the best server, dBm. */
  rxPowerDbm: Float32Array;
  /** Downlink received power from the best server, dBm (NaN when the site power is unknown). */
  downlinkDbm: Float32Array;
  sigmaDb: Float32Array;
  coverageProbability: Float32Array;
  /** Index into StarResult.modes (−1 = none). */
  mode: Int16Array;
  airtimeMs: Float32Array;
  attemptSuccess: Float32Array;
  transmissionsPerRead: Float32Array;
  dailyReadSuccess: Float32Array;
  /** Read-success target per meter (area target or the project setting). */
  target: Float32Array;
  /** Index into STAR_REASONS. */
  reason: Uint8Array;
}

/** Result of {@link runStar}. */
export interface StarResult {
  profileId: string;
  technology: string;
  siteSource: 'collectors' | 'hex' | 'list';
  cells: StarCells;
  modes: { label: string; airtimeMs: number; thresholdDb: number; kind: string }[];
  k: number;
  meters: StarMeterResults;
  perCell: { meters: Int32Array; loadErl: Float64Array; attemptSuccess: Float32Array };
  summary: { meters: number; meanDailyReadSuccess: number; metersMeetingTarget: number; reasonCounts: Record<StarReason, number>; modeCounts: Record<string, number> };
  models: string[];
  warnings: string[];
}

/** Run the star engine over every meter of the scenario. */
export function runStar(scenario: Scenario, options: StarOptions = {}, control?: RunControl): StarResult {
  checkpoint(control, 'prepare', 0, 1);
  const setup = prepareStar(scenario, options);
  const { plan, k } = setup;
  const m = scenario.meters;
  const n = m.count;
  const { rx, sigmaDb } = makeReceivers(setup, m.xM, m.yM, m.heightM,
    (i) => (m.areaIndex[i] >= 0 ? scenario.areas.classCode[m.areaIndex[i]] : -1), (i) => m.indoorCode[i], (i) => m.floor[i]);
  const best = setup.evaluator.bestServers(rx, k, control);
  const mode = new Int16Array(n).fill(-1);
  const marginDb = new Float32Array(n).fill(NaN), rxPowerDbm = new Float32Array(n).fill(NaN), downlinkDbm = new Float32Array(n).fill(NaN), cov = new Float32Array(n), airtimeMs = new Float32Array(n);
  const serverCoverage = new Float32Array(n * k);
  const per = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    if ((i & 65535) === 0) checkpoint(control, 'coverage', i, n);
    const ch = chooseMode(plan, best.couplingLossDb, k, i * k, sigmaDb[i], setup.target, per);
    mode[i] = ch.mode;
    marginDb[i] = ch.marginDb;
    cov[i] = ch.coverageProbability;
    for (let j = 0; j < k; j++) serverCoverage[i * k + j] = per[j];
    rxPowerDbm[i] = plan.txPowerDbm - best.couplingLossDb[i * k];
    const bc = best.cell[i * k];
    downlinkDbm[i] = bc >= 0 ? setup.cells.txPowerDbm[bc] - best.couplingLossDb[i * k] : NaN;
    airtimeMs[i] = ch.mode >= 0 ? plan.modes[ch.mode].airtimeMs : NaN;
  }
  const cap = capacity({
    plan, best, mode, serverCoverage, cellCount: setup.cells.count, cellSite: setup.cells.siteIndex,
    readsPerDay: scenario.settings.readsPerDay, rereadsPerDay: scenario.settings.rereadsPerDay, maxDevicesPerSite: setup.profile.maxDevicesPerSite,
  }, control);
  const target = new Float32Array(n), reason = new Uint8Array(n);
  const reasonCounts = Object.fromEntries(STAR_REASONS.map((r) => [r, 0])) as Record<StarReason, number>;
  const modeCounts: Record<string, number> = {};
  let sum = 0, meeting = 0;
  for (let i = 0; i < n; i++) {
    target[i] = m.areaIndex[i] >= 0 ? scenario.areas.readSuccessTarget[m.areaIndex[i]] : scenario.settings.readSuccessTarget;
    const r = reasonOf(best.cell[i * k] >= 0, plan.modes.length > 0, marginDb[i], cov[i], cap.attemptSuccess[i], cap.dailyReadSuccess[i], target[i], cap.dutyLimited[i] === 1);
    reason[i] = r;
    reasonCounts[STAR_REASONS[r]]++;
    const label = mode[i] >= 0 ? plan.modes[mode[i]].label : 'none';
    modeCounts[label] = (modeCounts[label] ?? 0) + 1;
    sum += cap.dailyReadSuccess[i];
    if (cap.dailyReadSuccess[i] >= target[i]) meeting++;
  }
  checkpoint(control, 'done', 1, 1);
  return {
    profileId: setup.profile.id, technology: setup.profile.technology, siteSource: setup.siteSource, cells: setup.cells, k,
    modes: plan.modes.map((x) => ({ label: x.label, airtimeMs: x.airtimeMs, thresholdDb: x.thresholdDb, kind: x.kind })),
    meters: {
      count: n, servers: best.cell, couplingLossDb: best.couplingLossDb, marginDb, rxPowerDbm, downlinkDbm, sigmaDb, coverageProbability: cov, mode, airtimeMs,
      attemptSuccess: cap.attemptSuccess, transmissionsPerRead: cap.transmissionsPerRead, dailyReadSuccess: cap.dailyReadSuccess, target, reason,
    },
    perCell: { meters: cap.cellMeters, loadErl: cap.cellLoadErl, attemptSuccess: cap.cellSuccess },
    summary: { meters: n, meanDailyReadSuccess: n ? sum / n : NaN, metersMeetingTarget: meeting, reasonCounts, modeCounts },
    models: setup.models.map((x) => x.name),
    warnings: [...plan.notes, ...setup.evaluator.setup.tables.warnings],
  };
}

/**
 * Reason code: 'ok' when the daily success meets the target; otherwise the
 * first structural cause (no site, no usable mode, negative margin), else the
 * larger shortfall of coverage (1 − P_cov) versus capacity (misses from
 * collisions/congestion), with 'duty-cycle' when the duty cycle capped retries.
 */
export function reasonOf(hasSite: boolean, hasMode: boolean, marginDb: number, cov: number, attemptSuccess: number, daily: number, target: number, dutyLimited: boolean): number {
  if (!hasSite) return 1;
  if (!hasMode) return 2;
  if (daily >= target) return 0;
  if (!(marginDb >= 0)) return 3;
  if (dutyLimited) return 6;
  return 1 - cov >= 1 - attemptSuccess ? 4 : 5;
}
