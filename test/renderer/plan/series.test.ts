import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../renderer/i18n/messages';
import { annuity, bestSingle, breakdownNpv, COST_PARTS, partLabel, tornadoSpans, totalBars } from '../../../renderer/plan/series';
import { smallTownPlanResult } from './plan-fixture';

afterEach(() => applyLocale('en'));

describe('dashboard chart data', () => {
  it('the NPV parts of every option add up to its TCO (CAPEX + annuity × OPEX)', () => {
    const { plan } = smallTownPlanResult();
    const { discountRate: r, horizonYears: h } = plan.assumptions;
    expect(annuity(0, 15)).toBe(15);
    expect(annuity(0.035, 15)).toBeCloseTo(11.5174, 3);
    for (const a of plan.areas) for (const o of a.options) {
      const parts = breakdownNpv(o.breakdown, r, h);
      const sum = COST_PARTS.reduce((n, p) => n + parts[p], 0);
      // the JSON rounds TCO to whole units and OPEX per year likewise
      expect(Math.abs(sum - o.tco)).toBeLessThan(Math.max(2, o.tco * 1e-6));
    }
  });

  it('has a translated legend label for every part, never the raw key', () => {
    for (const p of COST_PARTS) { expect(partLabel(p)).not.toContain(p); expect(partLabel(p).length).toBeGreaterThan(3); }
    applyLocale('ja');
    expect(partLabel('capexModules')).toBe('メーター通信モジュール（CAPEX）');
  });

  it('totals: hybrid first, then mesh, PLC and star; the best single medium is the cheapest', () => {
    const { plan } = smallTownPlanResult();
    const bars = totalBars(plan);
    expect(bars.map((b) => b.id)).toEqual(['hybrid', 'mesh', 'plc', 'star']);
    expect(bars[0].total!.tco).toBe(plan.totals.hybrid.tco);
    const best = bestSingle(plan)!;
    for (const m of ['mesh', 'plc', 'star'] as const) if (plan.totals.singleMedium[m]) expect(best.tco).toBeLessThanOrEqual(plan.totals.singleMedium[m]!.tco);
    expect(best.tco).toBeGreaterThanOrEqual(plan.totals.hybrid.tco);
  });

  it('tornado spans are offsets from the base TCO', () => {
    const spans = tornadoSpans({ currency: 'JPY', baseTco: 1000, bars: [{ driver: 'fees', low: 0.5, high: 1.5, unit: '× base', source: 's', lowTco: 900, highTco: 1150, swing: 250 }] });
    expect(spans[0]).toMatchObject({ driver: 'fees', lowDelta: -100, highDelta: 150 });
  });

  it('the engine series ends at the totals (the chart and the table agree)', () => {
    const { plan, yearly } = smallTownPlanResult();
    expect(yearly.years.length).toBe(plan.assumptions.horizonYears + 1);
    expect(Math.abs(yearly.hybrid.at(-1)! - plan.totals.hybrid.tco)).toBeLessThan(1);
  });
});
