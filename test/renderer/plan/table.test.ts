import { describe, expect, it } from 'vitest';
import { ariaSort, DEFAULT_SORT, firstDir, nextSort, optionRows, sortRows } from '../../../renderer/plan/table';
import { smallTownPlanResult } from './plan-fixture';

describe('plan table rows and sorting', () => {
  it('lists every (area, option) pair, marks the recommended one and filters by area', () => {
    const plan = smallTownPlanResult().plan;
    const rows = optionRows(plan);
    expect(rows.length).toBe(plan.areas.reduce((n, a) => n + a.options.length, 0));
    expect(rows.filter((r) => r.recommended).length).toBe(plan.areas.length);
    const a1 = optionRows(plan, 'A1');
    expect(a1.length).toBe(plan.areas.find((a) => a.id === 'A1')!.options.length);
    expect(a1.every((r) => r.areaId === 'A1')).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('sorts by TCO both ways, and by area (plan order) with the cheapest option first', () => {
    const rows = optionRows(smallTownPlanResult().plan);
    const asc = sortRows(rows, { key: 'tco', dir: 'asc' }).map((r) => r.option.tco);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = sortRows(rows, { key: 'tco', dir: 'desc' }).map((r) => r.option.tco);
    expect(desc).toEqual([...asc].reverse());
    const byArea = sortRows(rows, DEFAULT_SORT);
    for (let i = 1; i < byArea.length; i++) {
      const [p, c] = [byArea[i - 1], byArea[i]];
      expect(c.areaIndex).toBeGreaterThanOrEqual(p.areaIndex);
      if (c.areaIndex === p.areaIndex) expect(c.option.tco).toBeGreaterThanOrEqual(p.option.tco);
    }
    // the input is not reordered
    expect(rows.map((r) => r.key)).toEqual(optionRows(smallTownPlanResult().plan).map((r) => r.key));
  });

  it('puts unavailable options last whatever the direction, and sorts text columns alphabetically', () => {
    const rows = optionRows(smallTownPlanResult().plan);
    rows[0] = { ...rows[0], option: { ...rows[0].option, available: false, tco: 0 } };
    expect(sortRows(rows, { key: 'tco', dir: 'asc' }).at(-1)!.key).toBe(rows[0].key);
    expect(sortRows(rows, { key: 'tco', dir: 'desc' }).at(-1)!.key).toBe(rows[0].key);
    const media = sortRows(rows.slice(1), { key: 'medium', dir: 'asc' }).map((r) => r.option.medium);
    expect(media).toEqual([...media].sort((a, b) => a.localeCompare(b)));
  });

  it('header clicks flip the same column and start new columns in their natural direction; aria-sort follows', () => {
    expect(firstDir('tco')).toBe('asc');
    expect(firstDir('rsMean')).toBe('desc');
    const s1 = nextSort(DEFAULT_SORT, 'tco');
    expect(s1).toEqual({ key: 'tco', dir: 'asc' });
    expect(nextSort(s1, 'tco')).toEqual({ key: 'tco', dir: 'desc' });
    expect(nextSort(s1, 'rsP5')).toEqual({ key: 'rsP5', dir: 'desc' });
    expect(ariaSort(s1, 'tco')).toBe('ascending');
    expect(ariaSort({ key: 'tco', dir: 'desc' }, 'tco')).toBe('descending');
    expect(ariaSort(s1, 'capex')).toBe('none');
  });
});
