/**
 * Technology plans: the transmission modes a meter can use, most efficient
 * first, each with its link threshold and airtime.
 *
 * - private 1:N radio: one mode, link budget against the site receiver
 *   sensitivity: margin = P_tx − CL − S_site.
 * - LTE-M / NB-IoT: the coverage-enhancement ladder (datasets/star/cellular.json):
 *   margin = MCL_level − CL; deeper levels use repetitions, so the uplink rate
 *   falls and the airtime grows (airtime = 8·payload / rate_level).
 * - LoRaWAN: one mode per allowed SF of the region, with the gateway
 *   sensitivity of that SF (datasets/star/lorawan.json; shifted so that the
 *   most robust SF equals profile.sensitivityDbm when given); SFs whose payload
 *   exceeds the region's maximum or whose airtime exceeds the dwell time are
 *   dropped. Airtime by the Semtech formula (lora-airtime.ts).
 * A meter takes the first mode whose coverage probability reaches the target
 * location probability (ADR-like for LoRa, CE-level selection for cellular),
 * else the most robust one.
 */
import type { StarTechnology } from '../../model/enums';
import { loraAirtimeMs } from './lora-airtime';
import { cellularPreset, LORA_PRESET, loraModem, loraRegion, PRIVATE_1N_PRESET } from './presets';

/** One transmission mode. */
export interface TechMode {
  /** 'SF7' …, 'CE0' …, or 'fixed'. */
  label: string;
  /** Spreading factor (LoRa) or CE-level index (cellular); 0 otherwise. */
  code: number;
  kind: 'sensitivity' | 'mcl';
  /** Sensitivity (dBm) or MCL (dB). */
  thresholdDb: number;
  airtimeMs: number;
}

/** How one technology is evaluated. */
export interface TechPlan {
  technology: StarTechnology;
  txPowerDbm: number;
  modes: TechMode[];
  /** A read succeeds if any of the k best servers decodes it (LoRaWAN). */
  diversity: boolean;
  /** MAC retries per read attempt. */
  retries: number;
  /** Parallel uplink channels per cell (Erlang-B servers) for scheduled technologies. */
  parallelChannels: number;
  /** Uplink channels (LoRa ALOHA). */
  loraChannels: number;
  captureDb: number;
  /** Max fraction of time a device may transmit (regional duty cycle); 1 = none. */
  dutyCycle: number;
  notes: string[];
}

/** Options that shape a plan. */
export interface TechOptions {
  region?: string;
  /** AS923 uplink dwell-time limit on (default: on where the region defines one). */
  dwellTime?: boolean;
  /** Deepest CE level allowed (cellular), dB. */
  maxMclDb?: number;
  /** Gateway diversity for LoRaWAN (default from the preset). */
  diversity?: boolean;
}

interface StarProfileLike {
  technology: StarTechnology;
  txPowerDbm: number;
  payloadBytes: number;
  sensitivityDbm?: number;
  mclDb?: number;
}

/** Margin (dB) of a mode at coupling loss `clDb`. */
export function modeMarginDb(plan: TechPlan, mode: TechMode, clDb: number): number {
  return mode.kind === 'mcl' ? mode.thresholdDb - clDb : plan.txPowerDbm - clDb - mode.thresholdDb;
}

/** Build the plan for a star profile. */
export function techPlan(profile: StarProfileLike, opts: TechOptions = {}): TechPlan {
  const base = { technology: profile.technology, txPowerDbm: profile.txPowerDbm, diversity: false, loraChannels: 1, captureDb: 0, dutyCycle: 1, notes: [] as string[] };
  const bits = profile.payloadBytes * 8;
  switch (profile.technology) {
    case 'private-1n': {
      const p = PRIVATE_1N_PRESET;
      if (profile.sensitivityDbm === undefined) throw new RangeError('a private-1n profile needs sensitivityDbm');
      return { ...base, retries: p.retries.value, parallelChannels: p.parallelUplinkChannels.value,
        modes: [{ label: 'fixed', code: 0, kind: 'sensitivity', thresholdDb: profile.sensitivityDbm, airtimeMs: (bits / p.uplinkRateBps.value) * 1000 }] };
    }
    case 'lte-m':
    case 'nb-iot': {
      const c = cellularPreset(profile.technology);
      const maxMcl = opts.maxMclDb ?? Math.max(...c.levels.map((l) => l.mclDb));
      const levels = c.levels.filter((l) => l.mclDb <= maxMcl + 1e-9);
      if (!levels.length) throw new RangeError(`maxMclDb ${maxMcl} is below the shallowest CE level`);
      if (profile.mclDb !== undefined && Math.abs(profile.mclDb - levels[levels.length - 1].mclDb) > 0.05) {
        base.notes.push(`profile mclDb ${profile.mclDb} dB differs from the deepest CE level used (${levels[levels.length - 1].mclDb} dB, datasets/star/cellular.json); the CE ladder is used`);
      }
      return { ...base, retries: c.retries, parallelChannels: c.parallelUplinkChannels,
        modes: levels.map((l, i) => ({ label: l.name, code: i, kind: 'mcl' as const, thresholdDb: l.mclDb, airtimeMs: ((bits + 8 * c.overheadBytes) / l.uplinkRateBps) * 1000 })) };
    }
    case 'lorawan': {
      const region = loraRegion(opts.region ?? LORA_PRESET.defaultRegion.value);
      const dwell = (opts.dwellTime ?? true) ? region.dwellTimeMs : null;
      const table = LORA_PRESET.spreadingFactors;
      const robust = table[table.length - 1];
      const shift = profile.sensitivityDbm !== undefined ? profile.sensitivityDbm - robust.gatewaySensitivityDbm : 0;
      const modes: TechMode[] = [];
      for (const row of table) {
        if (!(dwell !== null ? region.dwellAllowedSf : region.allowedSf).includes(row.sf)) continue;
        const maxPl = (dwell !== null ? region.maxPayloadBytesDwell : region.maxPayloadBytes)[String(row.sf)];
        const airtimeMs = loraAirtimeMs(profile.payloadBytes, loraModem(row.sf));
        if (maxPl !== undefined && profile.payloadBytes > maxPl) { base.notes.push(`SF${row.sf}: payload ${profile.payloadBytes} B exceeds the region maximum ${maxPl} B`); continue; }
        if (dwell !== null && airtimeMs > dwell) { base.notes.push(`SF${row.sf}: airtime ${airtimeMs.toFixed(1)} ms exceeds the ${dwell} ms dwell time`); continue; }
        modes.push({ label: `SF${row.sf}`, code: row.sf, kind: 'sensitivity', thresholdDb: row.gatewaySensitivityDbm + shift, airtimeMs });
      }
      return { ...base, modes, diversity: opts.diversity ?? LORA_PRESET.gatewayDiversity.value, retries: LORA_PRESET.retries.value, parallelChannels: 1,
        loraChannels: LORA_PRESET.channels.value, captureDb: LORA_PRESET.captureThresholdDb.value, dutyCycle: region.dutyCycle };
    }
    default:
      throw new RangeError(`unknown star technology ${String(profile.technology)}`);
  }
}
