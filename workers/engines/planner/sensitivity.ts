/**
 * TCO tornado: the hybrid plan's total TCO when one driver moves to its low
 * or high value, the others at base (the recommendation is re-made for each
 * case). Cost drivers re-price the base plan's options (no engine runs);
 * shadowing sigma and the read-success target re-run the planner.
 *
 * Default ranges (ESTIMATE unless stated; documented in the result):
 * - module price ×0.7 / ×1.3: DOMAIN-PARAMETERS §5 mesh NIC $15–30 is ±33 % around its mid-point;
 * - fees (per meter and per collector) ×0.5 / ×1.5;
 * - discount rate 2 % / 5 %: base 3.5 % ± 1.5 points (DOMAIN-PARAMETERS §5 quotes 3.5 %, sensitivity 4 %);
 * - shadowing sigma −2 / +2 dB on every mesh link class (DOMAIN-PARAMETERS §4 sigma spread; star and PLC unchanged);
 * - read-success target 99 % / 99.9 % (DOMAIN-PARAMETERS §6: 98.5–99.9 % in practice).
 */
import { defaultCostPreset, type ProfilePrices } from '../cost';
import type { Medium } from '../../model';
import type { RunControl } from '../run-control';
import { priceOption } from './options';
import { priceLookup, resolveAssumptions, runPlan, summarisePlan, type AreaPlan, type PlanInput, type PlanOptions, type PlanResult } from './plan';
import { recommend } from './recommend';

export interface TornadoDriver {
  driver: 'modulePrice' | 'fees' | 'discountRate' | 'shadowingSigma' | 'readSuccessTarget';
  low: number;
  high: number;
  unit: string;
  source: string;
}

export const DEFAULT_DRIVERS: readonly TornadoDriver[] = [
  { driver: 'modulePrice', low: 0.7, high: 1.3, unit: '× base', source: 'DOMAIN-PARAMETERS §5: mesh NIC $15–30 (±33 % around the mid-point), ESTIMATE' },
  { driver: 'fees', low: 0.5, high: 1.5, unit: '× base', source: 'ESTIMATE: cellular and backhaul tariffs ±50 %' },
  { driver: 'discountRate', low: 0.02, high: 0.05, unit: 'per year', source: 'DOMAIN-PARAMETERS §5: 3.5 % ± 1.5 points' },
  { driver: 'shadowingSigma', low: -2, high: 2, unit: 'dB offset (mesh links)', source: 'ESTIMATE: ±2 dB around the area-class sigma of DOMAIN-PARAMETERS §4' },
  { driver: 'readSuccessTarget', low: 0.99, high: 0.999, unit: 'daily read success', source: 'DOMAIN-PARAMETERS §6: acceptance 98.5 %, tiers up to 99.9 %' },
];

export interface TornadoOptions extends PlanOptions {
  drivers?: TornadoDriver[];
  /** Skip the drivers that re-run engines (sigma, target). */
  costOnly?: boolean;
}

export interface TornadoBar extends TornadoDriver {
  lowTco: number;
  highTco: number;
  /** |highTco − lowTco|. */
  swing: number;
}

export interface TornadoResult {
  currency: string;
  baseTco: number;
  bars: TornadoBar[];
}

/** Re-price every option of `plan` with modified prices/assumptions and re-make the recommendation. */
export function reprice(plan: PlanResult, input: PlanInput, priceOf: (id: string, m: Medium) => ProfilePrices, a: PlanResult['assumptions']): PlanResult {
  const areas: AreaPlan[] = plan.areas.map((x) => {
    const options = x.options.map((o) => priceOption(o, x.target, priceOf, a));
    const c = recommend(options, x.forcedMedium);
    return { ...x, options, recommendedIndex: c?.index ?? -1, nextIndex: c?.next ?? -1, recommended: c ? { medium: options[c.index].medium, profile: options[c.index].profile } : null, reason: c?.reason ?? 'no available option' };
  });
  return { ...plan, assumptions: a, areas, ...summarisePlan(areas, input.scenario.meters.count) };
}

/** The tornado of the hybrid plan's TCO. */
export function tornado(input: PlanInput, o: TornadoOptions = {}, control?: RunControl): TornadoResult {
  const base = runPlan(input, o, control);
  const preset = o.costPreset ?? defaultCostPreset();
  const a = resolveAssumptions(input.scenario, preset, o);
  const priceOf = priceLookup(preset, o);
  const scaled = (f: Partial<Record<'module' | 'fees', number>>) => (id: string, m: Medium): ProfilePrices => {
    const p = priceOf(id, m);
    return { ...p, meterModule: p.meterModule * (f.module ?? 1), feePerMeterPerMonth: p.feePerMeterPerMonth * (f.fees ?? 1), feePerCollectorPerMonth: p.feePerCollectorPerMonth * (f.fees ?? 1) };
  };
  const tcoOf = (d: TornadoDriver, v: number): number => {
    switch (d.driver) {
      case 'modulePrice': return reprice(base, input, scaled({ module: v }), a).totals.hybrid.tco;
      case 'fees': return reprice(base, input, scaled({ fees: v }), a).totals.hybrid.tco;
      case 'discountRate': return reprice(base, input, priceOf, { ...a, discountRate: v }).totals.hybrid.tco;
      case 'shadowingSigma': return runPlan(input, { ...o, sigmaDeltaDb: v }, control).totals.hybrid.tco;
      case 'readSuccessTarget': return runPlan(input, { ...o, readSuccessTarget: v }, control).totals.hybrid.tco;
    }
  };
  const drivers = (o.drivers ?? DEFAULT_DRIVERS).filter((d) => !o.costOnly || !['shadowingSigma', 'readSuccessTarget'].includes(d.driver));
  const bars = drivers.map((d) => {
    const lowTco = tcoOf(d, d.low), highTco = tcoOf(d, d.high);
    return { ...d, lowTco, highTco, swing: Math.abs(highTco - lowTco) };
  }).sort((x, y) => y.swing - x.swing);
  return { currency: base.currency, baseTco: base.totals.hybrid.tco, bars };
}
