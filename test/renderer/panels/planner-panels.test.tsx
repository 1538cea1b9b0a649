// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chart } from '../../../renderer/charts/Chart';
import { setLocale } from '../../../renderer/commands';
import { applyLocale } from '../../../renderer/i18n/messages';
import { CostsPanel } from '../../../renderer/panels/ConfigPanels';
import { MenuBar } from '../../../renderer/panels/MenuBar';
import { ProfileEditor } from '../../../renderer/panels/profiles/ProfileEditor';
import { ProjectTree } from '../../../renderer/panels/ProjectTree';
import { PropertiesPanel } from '../../../renderer/panels/properties/PropertiesPanel';
import { createAppStore, type AppStore } from '../../../renderer/state/app-state';
import { StoreContext } from '../../../renderer/state/use-store';
import { smallTown } from '../fixture';

afterEach(() => { cleanup(); applyLocale('en'); localStorage.clear(); });

function mount(ui: React.ReactNode, store: AppStore = createAppStore(smallTown())) {
  render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return store;
}

describe('planner panels (jsdom)', () => {
  it('properties edit the indoor class of many meters at once (mixed shown), one undo step', () => {
    const store = createAppStore(smallTown());
    const ids = store.getState().doc.meters.slice(0, 200).map((m) => m.id);
    store.set({ selection: ids.map((id) => ({ kind: 'meter' as const, id })) });
    mount(<PropertiesPanel />, store);
    expect(screen.getByTestId('selection-count').textContent).toBe('200 selected');
    const indoor = document.querySelector('select[data-field="indoor"]') as HTMLSelectElement;
    expect(indoor.value).toBe('');
    expect(indoor.options[0].textContent).toBe('(mixed)');
    fireEvent.change(indoor, { target: { value: 'basement' } });
    expect(store.getState().doc.meters.slice(0, 200).every((m) => m.indoor === 'basement')).toBe(true);
    const floor = document.querySelector('input[data-field="floor"]') as HTMLInputElement;
    fireEvent.change(floor, { target: { value: '-20' } });
    fireEvent.keyDown(floor, { key: 'Enter' });
    expect(screen.getByTestId('error-floor').textContent).toBe('Must be at least -10');
    act(() => { store.undo(); });
    expect(store.canUndo).toBe(false);
  });

  it('the profile editor shows an ARIB violation inline and a schema error on its field', () => {
    const store = mount(<ProfileEditor />);
    expect(screen.getByTestId('regulatory-ok')).toBeTruthy();
    const power = document.querySelector('input[data-field="txPowerDbm"]') as HTMLInputElement;
    fireEvent.change(power, { target: { value: '30' } });
    fireEvent.keyDown(power, { key: 'Enter' });
    expect(screen.getAllByTestId('finding-violation')[0].textContent).toMatch(/30 dBm at the antenna port exceeds/);
    const payload = document.querySelector('input[data-field="payloadBytes"]') as HTMLInputElement;
    fireEvent.change(payload, { target: { value: '0' } });
    fireEvent.blur(payload);
    expect(screen.getByTestId('error-payloadBytes').textContent).toBe('Must be at least 1');
    expect(store.getState().doc.profiles[0].payloadBytes).toBe(60);
    act(() => { store.undo(); });
    expect(screen.getByTestId('regulatory-ok')).toBeTruthy();
    const sens = screen.getByTestId('rate-0-sensitivityDbm') as HTMLInputElement;
    fireEvent.change(sens, { target: { value: '-300' } });
    fireEvent.keyDown(sens, { key: 'Enter' });
    expect(sens.parentElement!.querySelector('[role=alert]')!.textContent).toMatch(/−200…80 dBm/);
    fireEvent.change(sens, { target: { value: '-95' } });
    fireEvent.keyDown(sens, { key: 'Enter' });
    expect((store.getState().doc.profiles[0] as { dataRates: { sensitivityDbm: number }[] }).dataRates[0].sensitivityDbm).toBe(-95);
    fireEvent.click(screen.getByTestId('rate-add'));
    expect((store.getState().doc.profiles[0] as { dataRates: unknown[] }).dataRates).toHaveLength(5);
  });

  it('the project tree lists areas with counts and zooms on click; the cost editor edits undoably', () => {
    const store = mount(<><ProjectTree /><CostsPanel /></>);
    expect(screen.getByTestId('project-tree').textContent).toMatch(/Dense block.*440 meters/);
    fireEvent.click(document.querySelector('button[data-area="A2"]')!);
    expect(store.getState().selection).toEqual([{ kind: 'area', id: 'A2' }]);
    expect(store.getState().focus).not.toBeNull();
    const horizon = document.querySelector('input[data-field="horizonYears"]') as HTMLInputElement;
    fireEvent.change(horizon, { target: { value: '20' } });
    fireEvent.keyDown(horizon, { key: 'Enter' });
    expect(store.getState().doc.costs.horizonYears).toBe(20);
    act(() => { store.undo(); });
    expect(store.getState().doc.costs.horizonYears).toBe(15);
  });

  it('switching language re-labels the menu and toolbar', () => {
    const store = createAppStore(smallTown());
    mount(<MenuBar onCommand={() => undefined} />, store);
    expect(screen.getByText('File')).toBeTruthy();
    act(() => setLocale(store, 'ja'));
    expect(screen.getByText('ファイル')).toBeTruthy();
    expect(document.querySelector('button[data-tool="add-collector"]')!.getAttribute('title')).toBe('コレクタ追加 (C)');
  });

  it('the chart draws a histogram and says when there is no data', () => {
    const { rerender } = render(<Chart title="Read success" spec={{ kind: 'histogram', edges: [0, 0.5, 1], counts: [3, 7], xLabel: 'success', yLabel: 'meters' }} />);
    expect(screen.getByRole('figure', { name: 'Read success' }).querySelectorAll('rect')).toHaveLength(2);
    rerender(<Chart title="Read success" spec={{ kind: 'cdf', sorted: [], xLabel: 'success', yLabel: 'share' }} />);
    expect(screen.getByText('No data yet')).toBeTruthy();
  });
});
