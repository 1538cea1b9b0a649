import { describe, expect, it } from 'vitest';
import { generateDemoProject } from '../../../workers/engines/demo';
import { DEFAULT_DRIVERS, planInputFromProject, tornado } from '../../../workers/engines/planner';

const input = planInputFromProject(generateDemoProject({ seed: 5, meters: 1500 }));

describe('TCO tornado', () => {
  it('cost drivers move the hybrid TCO in the expected direction; bars are sorted by swing', () => {
    const t = tornado(input, { costOnly: true });
    expect(t.bars.map((b) => b.driver).sort()).toEqual(['discountRate', 'fees', 'modulePrice']);
    const bar = (d: string) => t.bars.find((b) => b.driver === d)!;
    // the hybrid plan is re-chosen per case, so a cheaper input never raises the total
    expect(bar('modulePrice').lowTco).toBeLessThanOrEqual(t.baseTco);
    expect(bar('modulePrice').highTco).toBeGreaterThanOrEqual(t.baseTco);
    expect(bar('fees').lowTco).toBeLessThanOrEqual(t.baseTco);
    // a higher discount rate shrinks the present value of OPEX
    expect(bar('discountRate').lowTco).toBeGreaterThan(bar('discountRate').highTco);
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1].swing).toBeGreaterThanOrEqual(t.bars[i].swing);
    expect(bar('modulePrice').swing).toBeGreaterThan(0);
  }, 60_000);

  it('documents every default driver with its range and source', () => {
    for (const d of DEFAULT_DRIVERS) {
      expect(d.low).toBeLessThan(d.high);
      expect(d.source.length).toBeGreaterThan(10);
    }
  });
});
