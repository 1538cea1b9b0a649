// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmHost } from '../../../renderer/dialogs/confirm/ConfirmHost';
import { confirmMemory, fmtMemory } from '../../../renderer/results/memory-prompt';
import { RunPanel } from '../../../renderer/results/panels/RunPanel';
import { setResults } from '../../../renderer/results/state';
import { createAppStore } from '../../../renderer/state/app-state';
import { StoreContext } from '../../../renderer/state/use-store';
import { smallTown } from '../fixture';

afterEach(cleanup);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('engine fault panel (jsdom)', () => {
  it('names the medium, shows the message, says the project is unchanged and offers Run again', () => {
    const store = createAppStore(smallTown());
    setResults(store, { errors: { star: 'profile star-x has no collectors and no interSiteDistanceM for a hexagonal grid' } });
    render(<StoreContext.Provider value={store}><RunPanel /></StoreContext.Provider>);
    const box = screen.getByTestId('run-faults');
    expect(box.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('run-error-star').textContent).toContain('Wireless star: the engine stopped with an error');
    expect(box.textContent).toContain('no interSiteDistanceM');
    expect(box.textContent).toContain('Your project is unchanged');
    const again = screen.getByTestId('run-again') as HTMLButtonElement;
    expect(again.disabled).toBe(false);
    act(() => setResults(store, { running: true }));
    expect((screen.getByTestId('run-again') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows nothing when the last run had no errors', () => {
    const store = createAppStore(smallTown());
    render(<StoreContext.Provider value={store}><RunPanel /></StoreContext.Provider>);
    expect(screen.queryByTestId('run-faults')).toBeNull();
  });
});

describe('memory question (jsdom)', () => {
  it('runs at once when the run fits', () => {
    expect(confirmMemory(smallTown(), ['mesh', 'star', 'plc'], { jsHeapSizeLimit: 4 * 1024 ** 3 })).toBe('run');
  });

  it('asks when the prediction exceeds the budget; the answer is the chosen button, Esc cancels', async () => {
    render(<ConfirmHost />);
    const p = smallTown();
    const asked = confirmMemory(p, ['mesh'], { jsHeapSizeLimit: 1024 ** 2 });
    await flush();
    const text = screen.getByTestId('confirm-memory').textContent ?? '';
    expect(text).toMatch(/This run may need about [0-9.]+ MiB; about 1 MiB is available\./);
    expect(text).toContain(`${p.meters.length} meters`);
    fireEvent.click(screen.getByText('Run on the visible extent'));
    expect(await asked).toBe('viewport');
    const again = confirmMemory(p, ['mesh'], { jsHeapSizeLimit: 1024 ** 2 });
    await flush();
    fireEvent.keyDown(screen.getByTestId('confirm-memory'), { key: 'Escape' });
    expect(await again).toBe('cancel');
  });

  it('formats sizes in GiB from 1 GiB up', () => {
    expect(fmtMemory(2.9 * 1024 ** 3)).toBe('2.9 GiB');
    expect(fmtMemory(300 * 1024 ** 2)).toBe('300 MiB');
  });
});
