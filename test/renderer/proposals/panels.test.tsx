// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { compareCsv } from '../../../workers/engines/planner/compare-csv';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// jsdom has no matchMedia, which uPlot reads when imported (the chart itself is checked in the e2e test)
vi.hoisted(() => { window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia; });
import { applyLocale } from '../../../renderer/i18n/messages';
import type { Platform } from '../../../renderer/platform';
import { ComparisonView } from '../../../renderer/proposals/ComparisonView';
import { ProposalsPanel } from '../../../renderer/proposals/ProposalsPanel';
import { mergeLoaded, setProposals } from '../../../renderer/proposals/state';
import type { ComparisonResult } from '../../../renderer/proposals/types';
import { createAppStore } from '../../../renderer/state/app-state';
import { StoreContext } from '../../../renderer/state/use-store';
import { smallTown } from '../fixture';
import { compareOn, exampleFiles, fixtureFile, parseFiles } from './helpers';

afterEach(cleanup);

/** A platform whose picker returns the given files and whose saves are recorded (the browser's picker cannot run in jsdom). */
function testPlatform(files: File[], saved: { name: string; text: string }[] = []): Platform {
  return {
    kind: 'web',
    pickFiles: async () => files,
    saveFile: async (bytes, name) => { saved.push({ name, text: new TextDecoder().decode(bytes) }); return { status: 'saved', name }; },
  } as Partial<Platform> as Platform;
}
const asFile = (f: { name: string; text: string }) => new File([f.text], f.name, { type: 'application/json' });

let result: ComparisonResult;
beforeAll(async () => { applyLocale('en'); result = await compareOn(smallTown()); }, 120_000);

describe('proposal manager panel (jsdom)', () => {
  it('loads files, lists valid ones with badges, names the field of an invalid one, shows details and removes', async () => {
    const store = createAppStore(smallTown());
    const files = [...exampleFiles(), fixtureFile('invalid-fields.json')].map(asFile);
    render(<StoreContext.Provider value={store}><ProposalsPanel platform={testPlatform(files)} parse={parseFiles} /></StoreContext.Provider>);
    expect(screen.getByText(/not saved in the project file/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('proposals-load'));
    await waitFor(() => expect(screen.getAllByTestId('proposal-item')).toHaveLength(3));
    expect(screen.getAllByTestId('proposal-vendor').map((x) => x.textContent)).toEqual(['Sakura Grid Networks (fictitious)', 'Northwind Metering (fictitious)', 'Apex Radio Systems (fictitious)']);
    const err = screen.getByTestId('proposal-error');
    expect(err.dataset.file).toBe('invalid-fields.json');
    expect(err.textContent).toMatch(/profiles\[0\]\.hopLimit/);
    expect(err.textContent).toMatch(/profiles\[1\]\.txPowerDbm/);
    const apex = screen.getAllByTestId('proposal-item')[2];
    const flag = within(apex).getByTestId('reg-flag');
    expect(flag.dataset.severity).toBe('violation');
    expect(flag.textContent).toContain('27 dBm');
    expect(flag.textContent).toContain('23.98 dBm');
    expect(within(apex).getByText(/Wireless star · c-lorawan/)).toBeTruthy();
    fireEvent.click(within(apex).getByTestId('proposal-detail-toggle'));
    const detail = screen.getByTestId('proposal-detail');
    expect(detail.querySelector('[data-field="txPowerDbm"]')?.textContent).toContain('27');
    expect(detail.textContent).toMatch(/Prices \(EUR\)/);
    expect(within(detail).getAllByTestId('reg-sentence')[0].textContent).toMatch(/23\.98 dBm/);
    expect(store.canUndo).toBe(false);
    fireEvent.click(within(screen.getAllByTestId('proposal-item')[1]).getByTestId('proposal-remove'));
    expect(screen.getAllByTestId('proposal-item')).toHaveLength(2);
    expect(store.getState().proposals.items.map((x) => x.file)).toEqual(['vendor-a-jpy.json', 'vendor-c-eur.json']);
  });

  it('shows the side-by-side comparison with assumptions, best vendor, flags, stale mark and CSV export', async () => {
    const store = createAppStore(smallTown());
    const items = mergeLoaded([], await parseFiles(exampleFiles())).items;
    const doc = store.getState().doc;
    const saved: { name: string; text: string }[] = [];
    act(() => setProposals(store, { items, comparison: { result, csv: compareCsv(result), doc, items, elapsedMs: 1500 }, showComparison: true }));
    render(<StoreContext.Provider value={store}><ComparisonView run={store.getState().proposals.comparison!} stale={false} platform={testPlatform([], saved)} /></StoreContext.Provider>);
    expect(screen.getAllByTestId('compare-vendor')).toHaveLength(3);
    expect(screen.getByTestId('compare-assumptions').textContent).toMatch(/1 EUR = 160 JPY, 1 USD = 150 JPY/);
    expect(screen.getByTestId('compare-assumptions').textContent).toMatch(/read payload 60 B/);
    expect(screen.getAllByTestId('compare-area')).toHaveLength(result.proposals[0].plan.areas.length);
    expect(screen.getAllByTestId('best-overall')).toHaveLength(1);
    expect(within(screen.getAllByTestId('compare-vendor')[2]).getByTestId('reg-flag').textContent).toContain('27 dBm');
    expect(screen.getByTestId('tco-chart').textContent).toMatch(/Sakura Grid Networks \(fictitious\): ¥/);
    fireEvent.click(screen.getByTestId('compare-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^compare-\d{4}-\d\d-\d\d\.csv$/);
    expect(saved[0].text.split('\n')[0]).toMatch(/^vendor,file,area_id,/);
    fireEvent.click(screen.getByTestId('compare-close'));
    expect(store.getState().proposals.showComparison).toBe(false);
  });

  it('marks a comparison outdated in the panel after an edit', async () => {
    const store = createAppStore(smallTown());
    const items = mergeLoaded([], await parseFiles(exampleFiles())).items;
    act(() => setProposals(store, { items, comparison: { result, csv: compareCsv(result), doc: store.getState().doc, items, elapsedMs: 1500 } }));
    render(<StoreContext.Provider value={store}><ProposalsPanel platform={testPlatform([])} parse={parseFiles} /></StoreContext.Provider>);
    expect(screen.getByTestId('proposals-last-run').dataset.stale).toBe('false');
    act(() => store.edit((p) => ({ ...p, meters: p.meters.slice(1) })));
    expect(screen.getByTestId('proposals-last-run').dataset.stale).toBe('true');
    expect(screen.getByTestId('proposals-last-run').textContent).toMatch(/outdated/);
  });
});
