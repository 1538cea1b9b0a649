/** Helpers for the results end-to-end tests: running from the panel, waiting for results, reading map state. */
import type { Page } from 'playwright-core';
import { appState } from './browser';

/** Open the Analysis tab and click a run button (run-all, run-mesh, run-star, run-plc). */
export async function clickRun(page: Page, testid: string): Promise<void> {
  await page.locator('button[data-tab="analysis"]').click();
  await page.getByTestId(testid).click();
}

/** Wait until the store holds a result of `medium` for the current document. */
export async function waitForResult(page: Page, medium: 'mesh' | 'star' | 'plc', timeout = 120_000): Promise<void> {
  await page.waitForFunction((m) => {
    const s = (window as unknown as { __fanplan: { store: { getState(): { doc: unknown; results: Record<string, { doc: unknown } | null> } } } }).__fanplan.store.getState();
    return s.results[m] !== null && s.results[m]!.doc === s.doc;
  }, medium, { timeout });
}

/** Feature-state `key` of meter i on the map. */
export function meterState(page: Page, i: number, key = 'result'): Promise<unknown> {
  return page.evaluate(([id, k]) => (window as unknown as { __fanplan: { map: { getFeatureState(f: object): Record<string, unknown> } } }).__fanplan.map.getFeatureState({ source: 'meters', id })[k as string], [i, key] as [number, string]);
}

/** Rendered features of a map layer. */
export function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((l) => (window as unknown as { __fanplan: { map: { queryRenderedFeatures(o: object): unknown[] } } }).__fanplan.map.queryRenderedFeatures({ layers: [l] }).length, layer);
}

/** Wait until all meter feature-states are written (batches run per animation frame). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export const resultsOf = <T>(page: Page, fn: string) => appState<T>(page, `s => (${fn})(s.results, s)`);
