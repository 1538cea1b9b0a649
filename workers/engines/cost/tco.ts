/**
 * CAPEX, OPEX and TCO of one network layout (one medium and profile over a
 * set of meters), following the NPV convention of npv.ts.
 *
 * CAPEX = meters · module
 *       + Σ_collectors (unit + installation · siteCostFactor + backhaul set-up)
 *       + repeaters · repeater
 * OPEX per year = meters · feePerMeterPerMonth · 12
 *       + collectors · feePerCollectorPerMonth · 12
 *       + maintenanceRate · CAPEX
 *       + failureRate · (meters · module + collectors · unit)   (replacements)
 *       + manualReadCost · manualReadsPerYear
 * manualReadsPerYear = Σ_meters (1 − dailyReadSuccess) · billingReadsPerYear:
 * the expected billing reads the network misses, each read by hand.
 * TCO = NPV; TCO per meter = TCO / meters.
 */
import { npvConstant } from './npv';
import type { ProfilePrices } from './prices';

/** Neutral assumptions shared by every option of a plan. */
export interface CostAssumptionsResolved {
  currency: string;
  horizonYears: number;
  discountRate: number;
  manualReadCost: number;
  billingReadsPerYear: number;
}

export interface LayoutCostInput {
  meters: number;
  /** Cost factor of each collector's site (1 when unknown); its length is the collector count. */
  siteCostFactors: ArrayLike<number>;
  repeaters?: number;
  /** Σ over meters of (1 − daily read success). */
  missedReadShare: number;
}

export interface LayoutCost {
  capex: number;
  opexPerYear: number;
  tco: number;
  tcoPerMeter: number;
  breakdown: {
    capexModules: number; capexCollectors: number; capexRepeaters: number;
    opexFees: number; opexBackhaul: number; opexMaintenance: number; opexReplacement: number; opexManualReads: number;
    manualReadsPerYear: number;
  };
}

/** Cost of a layout under `prices` and the neutral assumptions `a`. */
export function layoutCost(input: LayoutCostInput, prices: ProfilePrices, a: CostAssumptionsResolved): LayoutCost {
  const n = input.meters, c = input.siteCostFactors.length;
  let install = 0;
  for (let i = 0; i < c; i++) install += prices.collectorInstall * input.siteCostFactors[i];
  const capexModules = n * prices.meterModule;
  const capexCollectors = c * (prices.collector + prices.backhaulSetup) + install;
  const capexRepeaters = (input.repeaters ?? 0) * prices.repeater;
  const capex = capexModules + capexCollectors + capexRepeaters;
  const opexFees = n * prices.feePerMeterPerMonth * 12;
  const opexBackhaul = c * prices.feePerCollectorPerMonth * 12;
  const opexMaintenance = prices.maintenanceRateOfCapex * capex;
  const opexReplacement = prices.failureRatePerYear * (capexModules + c * prices.collector);
  const manualReadsPerYear = input.missedReadShare * a.billingReadsPerYear;
  const opexManualReads = manualReadsPerYear * a.manualReadCost;
  const opexPerYear = opexFees + opexBackhaul + opexMaintenance + opexReplacement + opexManualReads;
  const tco = npvConstant(capex, opexPerYear, a.discountRate, a.horizonYears);
  return {
    capex, opexPerYear, tco, tcoPerMeter: n > 0 ? tco / n : 0,
    breakdown: { capexModules, capexCollectors, capexRepeaters, opexFees, opexBackhaul, opexMaintenance, opexReplacement, opexManualReads, manualReadsPerYear },
  };
}

/** Sum of several layout costs (a hybrid or fallback plan). */
export function addCosts(parts: readonly LayoutCost[], meters: number): LayoutCost {
  const z: LayoutCost = { capex: 0, opexPerYear: 0, tco: 0, tcoPerMeter: 0, breakdown: { capexModules: 0, capexCollectors: 0, capexRepeaters: 0, opexFees: 0, opexBackhaul: 0, opexMaintenance: 0, opexReplacement: 0, opexManualReads: 0, manualReadsPerYear: 0 } };
  for (const p of parts) {
    z.capex += p.capex; z.opexPerYear += p.opexPerYear; z.tco += p.tco;
    for (const k of Object.keys(z.breakdown) as (keyof LayoutCost['breakdown'])[]) z.breakdown[k] += p.breakdown[k];
  }
  z.tcoPerMeter = meters > 0 ? z.tco / meters : 0;
  return z;
}
