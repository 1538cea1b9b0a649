import { beforeAll, describe, expect, it } from 'vitest';
import { compareCsv } from '../../../cli/plan-format';
import { applyLocale } from '../../../renderer/i18n/messages';
import { COMPARE_COLUMNS } from '../../../workers/engines/planner/compare-csv';
import { planApi } from '../../../workers/api/plan-api';
import { argMin, comparisonModel } from '../../../renderer/proposals/comparison-model';
import { findingBadge, findingSentence } from '../../../renderer/proposals/finding-text';
import { neutralAssumptions } from '../../../renderer/proposals/assumptions';
import { overallProgress } from '../../../renderer/proposals/compare-controller';
import type { ComparisonResult, LoadedProposal } from '../../../renderer/proposals/types';
import { smallTown } from '../fixture';
import { compareOn, exampleFiles, parseFiles } from './helpers';

let result: ComparisonResult;
let items: LoadedProposal[];
beforeAll(async () => {
  applyLocale('en');
  result = await compareOn(smallTown());
  items = (await parseFiles(exampleFiles())).flatMap((p) => (p.ok ? [{ file: p.file, proposal: p.proposal, findings: p.findings }] : []));
}, 120_000);

describe('comparison CSV', () => {
  it('is the CLI compare.csv, byte for byte', async () => {
    const csv = await planApi.compareCsv(result); // what the plan worker returns to Export CSV
    expect(csv).toBe(compareCsv(result));
    expect(csv.split('\n')[0]).toBe(COMPARE_COLUMNS.join(','));
    expect(csv.split('\n').filter((r) => r.split(',')[2] === 'TOTAL')).toHaveLength(3);
    expect(csv).toMatch(/violation:power-over-class:txPowerDbm=27/);
  });
});

describe('comparison model', () => {
  it('has one column per vendor, one row per area and picks the best vendor by target, compliance and TCO', () => {
    const m = comparisonModel(result);
    expect(m.vendors.map((v) => v.vendor)).toEqual(['Sakura Grid Networks (fictitious)', 'Northwind Metering (fictitious)', 'Apex Radio Systems (fictitious)']);
    expect(m.rows.map((r) => r.id)).toEqual(result.proposals[0].plan.areas.map((a) => a.id));
    for (const r of m.rows) {
      expect(r.cells).toHaveLength(3);
      const b = r.cells[r.best]!.option!;
      for (const c of r.cells) {
        const o = c?.option;
        if (!o || c.findings.some((f) => f.severity === 'violation')) continue;
        // no compliant option that meets the target is cheaper than the best one
        if (b.meetsTarget && o.meetsTarget) expect(o.tco).toBeGreaterThanOrEqual(b.tco);
      }
    }
    const t = m.totals[m.bestOverall];
    for (const x of m.totals) if (x.areasMeeting === x.areas && !x.findings.some((f) => f.severity === 'violation')) expect(x.tco).toBeGreaterThanOrEqual(t.tco);
    expect(m.totals.map((x) => x.tco)).toEqual(result.proposals.map((p) => p.plan.totals.hybrid.tco));
  });

  it('ranks keys lexicographically and skips vendors without an option', () => {
    expect(argMin([[1, 0, 5], [0, 1, 1], [0, 0, 9], null])).toBe(2);
    expect(argMin([null, null])).toBe(-1);
    expect(argMin([[0, 0, 3], [0, 0, 3]])).toBe(0);
  });
});

describe('regulatory texts and assumptions', () => {
  it('states the claimed power and the limit, in English and Japanese', () => {
    const f = result.proposals[2].findings[0];
    expect(findingBadge(f)).toBe('c-mesh-27dbm: 27 dBm (501 mW) > limit 23.98 dBm (250 mW)');
    expect(findingSentence(f)).toMatch(/27 dBm .*250 mW land mobile station class.*23\.98 dBm/);
    applyLocale('ja');
    try {
      expect(findingBadge(f)).toBe('c-mesh-27dbm：27 dBm（501 mW）> 上限 23.98 dBm（250 mW）');
      expect(findingSentence(f)).toMatch(/陸上移動局（250 mW）/);
    } finally {
      applyLocale('en');
    }
  });

  it('lists the neutral assumptions with the exchange rates of converted currencies', () => {
    const a = neutralAssumptions({ result, csv: compareCsv(result), doc: smallTown(), items, elapsedMs: 1 })!;
    expect(a.currency).toBe('JPY');
    expect(a.payloadBytes).toBe(60);
    expect(a.rates).toEqual([{ from: 'EUR', rate: 160 }, { from: 'USD', rate: 150 }]);
    expect(a.discountRate).toBe(result.proposals[0].plan.assumptions.discountRate);
  });

  it('turns per-proposal progress into overall progress', () => {
    const p = overallProgress(1, 4, 'Apex', { stage: 'areas', done: 1, total: 2 });
    expect(p.done / p.total).toBeCloseTo(1.5 / 4);
    expect(p.stage).toBe('Apex (2/4): areas');
  });
});
