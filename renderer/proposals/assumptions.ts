/**
 * The neutral assumptions a comparison ran under, for the sentence above the
 * table: the plan's resolved cost assumptions, the read payload every profile
 * was evaluated with and the exchange rates used for proposals priced in
 * another currency (all from the cost preset the planner used by default).
 */
import preset from '../../datasets/costs/default-costs-jpy.json';
import type { ComparisonRun } from './types';

export interface NeutralAssumptions {
  currency: string;
  discountRate: number;
  horizonYears: number;
  manualReadCost: number;
  billingReadsPerYear: number;
  payloadBytes: number;
  /** Units of `currency` per unit of each proposal currency that was converted. */
  rates: { from: string; rate: number }[];
}

/** Assumptions of a finished comparison (null when it has no proposals). */
export function neutralAssumptions(run: ComparisonRun): NeutralAssumptions | null {
  const first = run.result.proposals[0];
  if (!first) return null;
  const a = first.plan.assumptions;
  const exchange = preset.exchange as Record<string, number | string>;
  const currencies = [...new Set(run.items.map((x) => x.proposal.currency))].filter((c) => c !== a.currency).sort();
  return {
    currency: a.currency, discountRate: a.discountRate, horizonYears: a.horizonYears, manualReadCost: a.manualReadCost, billingReadsPerYear: a.billingReadsPerYear,
    payloadBytes: preset.assumptions.readPayloadBytes.value,
    rates: currencies.map((from) => ({ from, rate: typeof exchange[from] === 'number' ? (exchange[from] as number) : NaN })),
  };
}
