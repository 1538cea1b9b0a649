/**
 * The planner: per area × medium × profile, place collectors (or use the
 * public network / one PLC concentrator per transformer), evaluate read
 * success with the real engines, price CAPEX/OPEX/TCO, recommend the
 * cheapest option meeting the area's target, and total the hybrid plan
 * against every single-medium plan.
 *
 *   runPlan({ scenario, plcInput? }, options, control) → PlanResult
 *
 * Areas are planned independently (each on a Scenario of its own meters), so
 * the hybrid total is the sum of per-area choices.
 */
import { AREA_CLASSES, MEDIA, type Medium, type TechnologyProfile } from '../../model';
import type { Scenario } from '../compile/scenario';
import { annuityFactor, defaultCostPreset, exchangeRate, pricesFor, scalePrices, type CostAssumptionsResolved, type CostPreset, type ProfilePrices } from '../cost';
import type { PlcInput } from '../plc';
import type { IndoorParams } from '../propagation/indoor';
import { checkpoint, type RunControl } from '../run-control';
import { collectorsFor, plcEvaluator, publicStarEvaluator, type RegionEvaluation } from './evaluators';
import { fallbackParts, fallbackSuccess, priceOption, singlePart, type PlanOption } from './options';
import { placeMesh, placeStar, type Placement } from './placement';
import { PURE_MEDIA, recommend, singleMediumChoice, total, type PlanTotal } from './recommend';
import { metersByArea, subScenario } from './scenario-subset';

export interface PlanInput {
  scenario: Scenario;
  /** LV grid input of the PLC engine (plcInputFromProject); PLC options are "not available" without it. */
  plcInput?: PlcInput;
  /** Forced medium per Scenario area (the Project's area.medium; the Scenario does not carry it). Default all 'auto'. */
  areaMedia?: readonly ('auto' | Medium)[];
}

export interface PlanOptions {
  /** Cost preset (default datasets/costs/default-costs-jpy.json). */
  costPreset?: CostPreset;
  /** Prices per profile id overriding the preset (vendor proposals), in `pricesCurrency`. */
  prices?: Record<string, ProfilePrices>;
  pricesCurrency?: string;
  /** Profiles to evaluate instead of the scenario's (vendor proposals). */
  profiles?: TechnologyProfile[];
  /** Override every area's read-success target. */
  readSuccessTarget?: number;
  /** Shadowing sigma offset for mesh links, dB (sensitivity). */
  sigmaDeltaDb?: number;
  /** Indoor adjunct-loss overrides for mesh links (what-if: meter-room and basement losses). */
  meshIndoor?: Partial<IndoorParams>;
  discountRate?: number;
  horizonYears?: number;
  /** Read payload every profile is evaluated with (neutral; default the preset's readPayloadBytes); null keeps each profile's own. */
  payloadBytes?: number | null;
  /** Hops of the mesh coverage proxy (default 8). */
  proxyHops?: number;
  /** Reuse meter–meter mesh links across the layouts placement tries (exact; default true; false is the reference path for benchmarks). */
  reuseMeshLinks?: boolean;
}

export interface AreaPlan {
  id: string;
  name: string;
  class: string;
  meters: number;
  target: number;
  forcedMedium: 'auto' | Medium;
  recommended: { medium: string; profile: string } | null;
  recommendedIndex: number;
  /** Index of the next-cheapest allowed option meeting the target (−1 none): the runner-up the reason names. */
  nextIndex: number;
  reason: string;
  options: PlanOption[];
  /** Scenario meter indices of the area (not serialised). */
  meterIndices: Int32Array;
}

export interface PlanResult {
  currency: string;
  assumptions: CostAssumptionsResolved;
  areas: AreaPlan[];
  totals: { hybrid: PlanTotal; singleMedium: Record<Medium, PlanTotal | null> };
  /** Per scenario meter: recommended medium (index into MEDIA; 255 none) and its daily read success. */
  perMeter: { mediumCode: Uint8Array; dailyReadSuccess: Float32Array };
  warnings: string[];
}

/** Neutral assumptions: the project's (manual read cost 0 = use the preset), else the preset's. */
export function resolveAssumptions(s: Scenario, preset: CostPreset, o: PlanOptions = {}): CostAssumptionsResolved {
  if (s.costs.currency !== preset.currency) exchangeRate(preset, s.costs.currency);
  return {
    currency: preset.currency,
    horizonYears: o.horizonYears ?? s.costs.horizonYears ?? preset.assumptions.horizonYears.value,
    discountRate: o.discountRate ?? s.costs.discountRate ?? preset.assumptions.discountRate.value,
    manualReadCost: s.costs.manualReadCost > 0 ? s.costs.manualReadCost * exchangeRate(preset, s.costs.currency) : preset.assumptions.manualReadCost.value,
    billingReadsPerYear: preset.assumptions.billingReadsPerYear.value,
  };
}

/** Price lookup: proposal prices (converted), else the preset. */
export function priceLookup(preset: CostPreset, o: PlanOptions): (id: string, m: Medium) => ProfilePrices {
  const f = o.pricesCurrency ? exchangeRate(preset, o.pricesCurrency) : 1;
  return (id, m) => (o.prices?.[id] ? scalePrices(o.prices[id], f) : pricesFor(preset, id, m));
}

const isPublic = (p: TechnologyProfile, prices: ProfilePrices) => p.medium === 'star' && (prices.publicNetwork || p.technology === 'lte-m' || p.technology === 'nb-iot');

/** Run the planner. */
export function runPlan(input: PlanInput, o: PlanOptions = {}, control?: RunControl): PlanResult {
  const preset = o.costPreset ?? defaultCostPreset();
  const payload = o.payloadBytes === undefined ? preset.assumptions.readPayloadBytes.value : o.payloadBytes;
  const profiles = (o.profiles ?? input.scenario.profiles).map((p) => (payload === null ? p : { ...p, payloadBytes: payload }));
  const s: Scenario = { ...input.scenario, profiles };
  const a = resolveAssumptions(s, preset, o);
  const priceOf = priceLookup(preset, o);
  const warnings: string[] = [];
  const regional = new Map<string, RegionEvaluation>();
  for (const p of s.profiles) {
    checkpoint(control, 'regional', regional.size, s.profiles.length);
    if (p.medium === 'plc') regional.set(p.id, plcEvaluator(p, input.plcInput).evaluate(s, control));
    else if (isPublic(p, priceOf(p.id, p.medium))) regional.set(p.id, publicStarEvaluator(p.id).evaluate(s, control));
  }
  for (const [id, r] of regional) if (!r.available && r.note) warnings.push(`${id}: ${r.note}`);
  // a served meter saves its billing reads by hand over the horizon (tco.ts manual-read term)
  const valuePerMeter = a.manualReadCost * a.billingReadsPerYear * annuityFactor(a.discountRate, a.horizonYears);
  const lists = metersByArea(s);
  const areas: AreaPlan[] = [];
  lists.forEach((meters, ai) => {
    if (meters.length === 0) return;
    checkpoint(control, 'areas', ai, lists.length);
    const inArea = ai < s.areas.count;
    const target = Math.round((o.readSuccessTarget ?? (inArea ? s.areas.readSuccessTarget[ai] : s.settings.readSuccessTarget)) * 1e6) / 1e6;
    const sub = subScenario(s, meters);
    const options: PlanOption[] = [];
    const placed: { option: PlanOption; placement?: Placement }[] = [];
    for (const p of s.profiles) {
      const prices = priceOf(p.id, p.medium);
      const base = { medium: p.medium as Medium, profile: p.id, vendor: p.vendor, meters: meters.length, available: true };
      const reg = regional.get(p.id);
      let opt: PlanOption, placement: Placement | undefined;
      if (reg) {
        const success = Float32Array.from(meters, (i) => reg.dailyReadSuccess[i]);
        const c = p.medium === 'plc' ? collectorsFor(reg, meters) : 0;
        opt = priceOption({ ...base, available: reg.available, ...(reg.note ? { note: reg.note } : {}), detail: { success, sites: [], parts: [singlePart(p.id, p.medium, success, new Array<number>(c).fill(1))] } }, target, priceOf, a);
      } else {
        const po = { target, prices, discountRate: a.discountRate, horizonYears: a.horizonYears, proxyHops: o.proxyHops, valuePerMeter, reuseMeshLinks: o.reuseMeshLinks, meshLinks: { sigmaDeltaDb: o.sigmaDeltaDb ?? 0, ...(o.meshIndoor ? { indoor: o.meshIndoor } : {}) } };
        placement = p.medium === 'mesh' ? placeMesh(sub, p, po, control) : p.medium === 'star' ? placeStar(sub, p, po, control) : undefined;
        if (!placement) continue;
        const success = placement.dailyReadSuccess;
        opt = priceOption({
          ...base, detail: { success, sites: placement.sites, parts: [singlePart(p.id, p.medium, success, placement.sites.map((j) => s.sites.costFactor[j]))] },
          placement: { siteIds: placement.sites.map((j) => s.sites.ids[j]), candidates: placement.candidates, method: placement.method, engineRuns: placement.engineRuns, siteValues: placement.siteValues },
        }, target, priceOf, a);
      }
      options.push(opt);
      placed.push({ option: opt, placement });
    }
    // per-meter fallbacks: a site-based medium first, a public network for the meters it leaves below target
    for (const first of placed.map((x) => x.option).filter((x) => x.medium === 'mesh' || x.medium === 'plc')) {
      if (!first.available) continue;
      for (const second of options.filter((x) => x.medium === 'star' && x.collectors === 0 && x.available && regional.has(x.profile))) {
        const fb = fallbackSuccess(first.detail.success, second.detail.success, target);
        const n2 = fb.secondary.reduce((n, v) => n + v, 0);
        if (n2 === 0) continue;
        const factors = Array.from(first.detail.parts[0].input.siteCostFactors);
        options.push({ ...priceOption({
          medium: `${first.medium as 'mesh' | 'plc'}+star`, profile: `${first.profile}+${second.profile}`, vendor: first.vendor === second.vendor ? first.vendor : `${first.vendor}+${second.vendor}`,
          meters: meters.length, available: true, fallbackMeters: n2, ...(first.placement ? { placement: first.placement } : {}),
          detail: { success: fb.success, sites: first.detail.sites, parts: fallbackParts(first.profile, first.medium as Medium, second.profile, fb.success, fb.secondary, factors), secondary: fb.secondary },
        }, target, priceOf, a) });
      }
    }
    const forced = inArea ? input.areaMedia?.[ai] ?? 'auto' : 'auto';
    const choice = recommend(options, forced);
    areas.push({
      id: inArea ? s.areas.ids[ai] : '(outside areas)', name: inArea ? s.areas.names[ai] : 'Meters outside every area',
      class: inArea ? AREA_CLASSES[s.areas.classCode[ai]] : 'suburban', meters: meters.length, target, forcedMedium: forced,
      recommended: choice ? { medium: options[choice.index].medium, profile: options[choice.index].profile } : null,
      recommendedIndex: choice?.index ?? -1, nextIndex: choice?.next ?? -1, reason: choice?.reason ?? 'no available option', options, meterIndices: meters,
    });
  });
  return { currency: a.currency, assumptions: a, areas, ...summarisePlan(areas, s.meters.count), warnings };
}

/** Totals and per-meter arrays of a plan's areas (also used after re-pricing). */
export function summarisePlan(areas: readonly AreaPlan[], meterCount: number): Pick<PlanResult, 'totals' | 'perMeter'> {
  const hybrid = total(areas.map((x) => (x.recommendedIndex >= 0 ? x.options[x.recommendedIndex] : null))) ?? total([])!;
  const singleMedium = Object.fromEntries(PURE_MEDIA.map((m) => [m, total(areas.map((x) => { const c = singleMediumChoice(x.options, m); return c ? x.options[c.index] : null; }))])) as Record<Medium, PlanTotal | null>;
  const mediumCode = new Uint8Array(meterCount).fill(255), dailyReadSuccess = new Float32Array(meterCount);
  for (const x of areas) {
    if (x.recommendedIndex < 0) continue;
    const o = x.options[x.recommendedIndex];
    const [m1, m2] = o.medium.split('+') as Medium[];
    x.meterIndices.forEach((i, k) => {
      mediumCode[i] = MEDIA.indexOf(o.detail.secondary?.[k] ? m2 : m1);
      dailyReadSuccess[i] = o.detail.success[k];
    });
  }
  return { totals: { hybrid, singleMedium }, perMeter: { mediumCode, dailyReadSuccess } };
}
