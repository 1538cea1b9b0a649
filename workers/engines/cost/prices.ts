/**
 * Prices per technology profile, and the cost preset files they come from
 * (datasets/costs/*.json). The project schema has no per-profile price fields
 * yet, so prices are keyed by profile id in the preset (or in a vendor
 * proposal) and fall back to per-medium defaults. All amounts are in the
 * preset's `currency`; `exchange` converts figures quoted in other currencies.
 */
import { z } from 'zod';
import defaultPreset from '../../../datasets/costs/default-costs-jpy.json';
import type { Medium } from '../../model';

const amount = () => z.number().finite().min(0);
const rate = () => z.number().finite().min(0).max(1);

/** The prices of one technology profile, in the currency of the file that holds them. */
export const profilePricesSchema = z.strictObject({
  /** Communication module in each meter (NIC, PLC modem, cellular/LoRa module). */
  meterModule: amount(),
  /** Collector / concentrator / gateway / base-station unit price. */
  collector: amount(),
  /** Installation per collector, multiplied by the candidate site's costFactor. */
  collectorInstall: amount(),
  /** Backhaul set-up per collector (SIM activation, fibre drop). */
  backhaulSetup: amount(),
  /** Installed range-extender / repeater unit, per repeater placed. */
  repeater: amount().default(0),
  /** Cellular fee per meter and month (public LTE-M / NB-IoT). */
  feePerMeterPerMonth: amount().default(0),
  /** Backhaul or cellular fee per collector and month. */
  feePerCollectorPerMonth: amount().default(0),
  /** Yearly maintenance as a fraction of CAPEX. */
  maintenanceRateOfCapex: rate().default(0.02),
  /** Yearly share of field devices (modules and collectors) replaced after failure. */
  failureRatePerYear: rate().default(0.01),
  /** Public network (no own sites: collector count 0, placement does not apply). */
  publicNetwork: z.boolean().default(false),
  source: z.string().max(2000).optional(),
});
export type ProfilePrices = z.infer<typeof profilePricesSchema>;

const sourced = (v: z.ZodType<number>) => z.strictObject({ value: v, source: z.string().max(2000) });

/** A cost preset file. */
export const costPresetSchema = z.strictObject({
  id: z.string().min(1).max(200),
  about: z.string().max(4000).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as JPY'),
  /** Units of `currency` per unit of each listed currency. */
  exchange: z.record(z.string(), z.union([z.number().positive(), z.string()])).default({}),
  assumptions: z.strictObject({
    horizonYears: sourced(z.number().int().min(1).max(50)),
    discountRate: sourced(rate()),
    manualReadCost: sourced(amount()),
    billingReadsPerYear: sourced(z.number().int().min(1).max(366)),
    readPayloadBytes: sourced(z.number().int().min(1).max(65535)),
  }),
  profiles: z.record(z.string(), profilePricesSchema),
  mediumDefaults: z.strictObject({ mesh: profilePricesSchema, plc: profilePricesSchema, star: profilePricesSchema }),
});
export type CostPreset = z.infer<typeof costPresetSchema>;

/** The bundled default preset (JPY). */
export function defaultCostPreset(): CostPreset {
  return costPresetSchema.parse(defaultPreset);
}

/** Rate to convert `from` into the preset currency; throws when unknown. */
export function exchangeRate(preset: Pick<CostPreset, 'currency' | 'exchange'>, from: string): number {
  if (from === preset.currency) return 1;
  const r = preset.exchange[from];
  if (typeof r !== 'number') throw new RangeError(`no exchange rate from ${from} to ${preset.currency} in the cost preset`);
  return r / (typeof preset.exchange[preset.currency] === 'number' ? (preset.exchange[preset.currency] as number) : 1);
}

/** Prices with every amount multiplied by `factor` (currency conversion). */
export function scalePrices(p: ProfilePrices, factor: number): ProfilePrices {
  return {
    ...p, meterModule: p.meterModule * factor, collector: p.collector * factor, collectorInstall: p.collectorInstall * factor, backhaulSetup: p.backhaulSetup * factor,
    repeater: p.repeater * factor, feePerMeterPerMonth: p.feePerMeterPerMonth * factor, feePerCollectorPerMonth: p.feePerCollectorPerMonth * factor,
  };
}

/** The prices of a profile: its own entry, else the medium default. */
export function pricesFor(preset: CostPreset, profileId: string, medium: Medium): ProfilePrices {
  return preset.profiles[profileId] ?? preset.mediumDefaults[medium];
}
