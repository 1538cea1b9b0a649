import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { npvConstant } from '../../../workers/engines/cost/npv';
import { planInputFromProject, runPlan } from '../../../workers/engines/planner';
import { cumulativeDiscounted, yearlyTco } from '../../../workers/engines/planner/yearly';
import { readProjectFile } from '../../../workers/model';
import { planApi } from '../../../workers/api/plan-api';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'project', 'v1-small-town.fanplan');

function smallTownProject() {
  const r = readProjectFile(readFileSync(fixture));
  if (!r.ok) throw r.error;
  return r.project;
}

function smallTownPlan() {
  return runPlan(planInputFromProject(smallTownProject()));
}

describe('yearly TCO series', () => {
  it('starts at CAPEX, grows by the discounted OPEX of each year and ends at the NPV', () => {
    const s = cumulativeDiscounted(1000, 100, 0.05, 3);
    expect(s).toHaveLength(4);
    expect(s[0]).toBe(1000);
    expect(s[1]).toBeCloseTo(1000 + 100 / 1.05, 9);
    expect(s[3] - s[2]).toBeCloseTo(100 / 1.05 ** 3, 9);
    expect(s[3]).toBeCloseTo(npvConstant(1000, 100, 0.05, 3), 9);
    // a zero rate is plain addition
    expect(cumulativeDiscounted(10, 2, 0, 4)).toEqual([10, 12, 14, 16, 18]);
  });

  it('rejects a nonsense rate or horizon with a message naming the field', () => {
    expect(() => cumulativeDiscounted(1, 1, -1, 3)).toThrow(/discount rate/);
    expect(() => cumulativeDiscounted(1, 1, 0.03, 2.5)).toThrow(/horizonYears/);
  });

  it("ends at the plan's hybrid and single-medium TCO (within 1 unit) for a real plan", () => {
    const plan = smallTownPlan();
    const y = yearlyTco(plan);
    const h = plan.assumptions.horizonYears;
    expect(y.years).toEqual(Array.from({ length: h + 1 }, (_, t) => t));
    expect(y.hybrid).toHaveLength(h + 1);
    expect(Math.abs(y.hybrid[h] - plan.totals.hybrid.tco)).toBeLessThan(1);
    expect(Math.abs(y.hybrid[0] - plan.totals.hybrid.capex)).toBeLessThan(1);
    for (const m of ['mesh', 'star', 'plc'] as const) {
      const tot = plan.totals.singleMedium[m];
      const series = y.singleMedium[m];
      expect(series === null).toBe(tot === null);
      if (tot && series) {
        expect(Math.abs(series[h] - tot.tco)).toBeLessThan(1);
        for (let t = 1; t <= h; t++) expect(series[t]).toBeGreaterThanOrEqual(series[t - 1]);
      }
    }
    // per option: the recommended option's own series ends at its TCO
    for (const a of plan.areas) {
      const o = a.options[a.recommendedIndex];
      const s = cumulativeDiscounted(o.capex, o.opexPerYear, plan.assumptions.discountRate, h);
      expect(Math.abs(s[h] - o.tco)).toBeLessThan(1);
    }
  }, 60_000);

  it('comes back from the plan worker API with every run, next to the unchanged plan JSON', async () => {
    const out = await planApi.run(smallTownProject(), 'yearly-test', {}, null);
    const h = out.plan.assumptions.horizonYears;
    expect(out.yearly.years.length).toBe(h + 1);
    expect(Math.abs(out.yearly.hybrid[h] - out.plan.totals.hybrid.tco)).toBeLessThan(1);
    expect(out.yearly.currency).toBe(out.plan.currency);
    expect(Object.keys(out.plan)).not.toContain('yearly');
  }, 60_000);
});
