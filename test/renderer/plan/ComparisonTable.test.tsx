// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../renderer/i18n/messages';
import { ComparisonTable } from '../../../renderer/plan/ComparisonTable';
import { PlanPanel } from '../../../renderer/plan/PlanPanel';
import { setPlan } from '../../../renderer/plan/state';
import { createAppStore } from '../../../renderer/state/app-state';
import { StoreContext } from '../../../renderer/state/use-store';
import { smallTown } from '../fixture';
import { entryFor, smallTownPlanResult } from './plan-fixture';

afterEach(() => { cleanup(); applyLocale('en'); });

const money = (s: string | null) => Number((s ?? '').replace(/[^\d.]/g, ''));

describe('comparison table (jsdom)', () => {
  it('sorts by a clicked header with aria-sort, highlights the recommended rows and marks options below target', () => {
    const store = createAppStore(smallTown());
    const { plan } = smallTownPlanResult();
    render(<StoreContext.Provider value={store}><ComparisonTable plan={plan} /></StoreContext.Provider>);
    const table = screen.getByTestId('plan-table');
    const th = (k: string) => table.querySelector(`button[data-sort-key="${k}"]`)!.closest('th')!;
    expect(th('area').getAttribute('aria-sort')).toBe('ascending');
    expect(th('tco').getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(th('tco')).getByRole('button'));
    expect(th('tco').getAttribute('aria-sort')).toBe('ascending');
    expect(th('area').getAttribute('aria-sort')).toBe('none');
    const tcos = () => Array.from(table.querySelectorAll('tbody tr')).map((tr) => money(tr.children[8].textContent));
    const asc = tcos();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    fireEvent.click(within(th('tco')).getByRole('button'));
    expect(th('tco').getAttribute('aria-sort')).toBe('descending');
    expect(tcos()).toEqual([...asc].reverse());
    // the header buttons are real buttons (keyboard: Tab + Enter/Space)
    expect(within(th('capex')).getByRole('button').tagName).toBe('BUTTON');
    const rec = table.querySelectorAll('tbody tr.rec');
    expect(rec.length).toBe(plan.areas.length);
    for (const tr of Array.from(rec)) expect(tr.textContent).toContain('★');
    const failing = plan.areas.flatMap((a) => a.options).filter((o) => o.available && !o.meetsTarget).length;
    expect(table.querySelectorAll('tbody tr.fails').length).toBe(failing);
    for (const tr of Array.from(table.querySelectorAll('tbody tr.fails'))) expect(tr.textContent).toContain('✗ below');
  });

  it('frames an area on the map when its name is clicked, and filters to one area', () => {
    const store = createAppStore(smallTown());
    const { plan } = smallTownPlanResult();
    render(<StoreContext.Provider value={store}><ComparisonTable plan={plan} areaFilter="A2" /></StoreContext.Provider>);
    const rows = screen.getByTestId('plan-table').querySelectorAll('tbody tr');
    expect(rows.length).toBe(plan.areas.find((a) => a.id === 'A2')!.options.length);
    act(() => { fireEvent.click(within(rows[0] as HTMLElement).getByRole('button')); });
    expect(store.getState().selection).toEqual([{ kind: 'area', id: 'A2' }]);
    expect(store.getState().focus?.seq).toBe(1);
    // a click anywhere on the row frames the area too
    act(() => { fireEvent.click(rows[1].children[8]); });
    expect(store.getState().focus?.seq).toBe(2);
    expect(store.canUndo).toBe(false);
  });

  it('shows Japanese headers and the plan currency in the locale format', () => {
    applyLocale('ja');
    const store = createAppStore(smallTown());
    render(<StoreContext.Provider value={store}><ComparisonTable plan={smallTownPlanResult().plan} /></StoreContext.Provider>);
    const table = screen.getByTestId('plan-table');
    expect(table.querySelector('button[data-sort-key="rsMean"]')!.textContent).toContain('検針成功率');
    expect(table.querySelector('tbody tr td:nth-child(9)')!.textContent).toMatch(/^￥[\d,]+$/);
  });
});

describe('plan panel (jsdom)', () => {
  it('shows the recommendation per area with its reason, and an outdated badge after an edit', () => {
    const store = createAppStore(smallTown());
    render(<StoreContext.Provider value={store}><PlanPanel /></StoreContext.Provider>);
    expect(screen.queryByTestId('plan-summary')).toBeNull();
    expect(screen.getByTestId('plan-open-dock').hasAttribute('disabled')).toBe(true);
    act(() => setPlan(store, { entry: entryFor(store.getState().doc) }));
    const { plan } = smallTownPlanResult();
    for (const a of plan.areas) {
      const li = screen.getByTestId('plan-areas').querySelector(`li[data-area="${a.id}"]`)!;
      expect(li.getAttribute('data-medium')).toBe(a.options[a.recommendedIndex].medium);
      expect(li.querySelector('.plan-why')!.textContent).toContain('Next best');
    }
    expect(screen.queryByTestId('plan-stale')).toBeNull();
    act(() => store.edit((p) => ({ ...p, meters: p.meters.slice(1) })));
    expect(screen.getByTestId('plan-stale').textContent).toBe('outdated');
    expect(screen.getByTestId('plan-summary').dataset.stale).toBe('true');
  });
});
