// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LayerPanel } from '../../../renderer/panels/LayerPanel';
import { NoticeDialog } from '../../../renderer/panels/NoticeDialog';
import { StatusBar } from '../../../renderer/panels/StatusBar';
import { createAppStore } from '../../../renderer/state/app-state';
import { updaters } from '../../../renderer/state/updaters';
import { StoreContext } from '../../../renderer/state/use-store';

afterEach(cleanup);

function mount(ui: React.ReactNode) {
  const store = createAppStore();
  render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return store;
}

describe('panels (jsdom)', () => {
  it('status bar follows edits, undo and the synthetic-data flag', () => {
    const store = mount(<StatusBar />);
    expect(screen.getByTestId('meter-count').textContent).toBe('0 meters');
    expect(screen.getByTestId('dirty').textContent).toBe('saved');
    act(() => store.edit((p) => updaters.addMeter(p, { id: 'a', lon: 139, lat: 35 })));
    expect(screen.getByTestId('meter-count').textContent).toBe('1 meters');
    expect(screen.getByTestId('dirty').textContent).toBe('unsaved changes');
    act(() => { store.undo(); });
    expect(screen.getByTestId('dirty').textContent).toBe('saved');
    act(() => store.load({ ...store.getState().doc, meta: { ...store.getState().doc.meta, synthetic: true } }));
    expect(screen.getByText('Synthetic demo data')).toBeTruthy();
  });

  it('layer checkboxes toggle visibility without touching undo history', () => {
    const store = mount(<LayerPanel />);
    const box = document.querySelector('input[data-layer="roads"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(store.getState().layers.roads).toBe(false);
    expect(store.canUndo).toBe(false);
  });

  it('the notice dialog shows errors and closes', () => {
    const store = mount(<NoticeDialog />);
    act(() => store.set({ notice: { level: 'error', title: 'Cannot open x.fanplan', lines: ['meters[0].lon: required'] } }));
    expect(screen.getByRole('alertdialog').textContent).toContain('meters[0].lon: required');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().notice).toBeNull();
  });
});
