import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot, waitForMapIdle } from './browser';
import { clickRun, resultsOf, settle, waitForResult } from './results-helpers';

describe('results: wireless star coverage heatmap', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the star engine and draws a coverage heatmap over the selected area with a legend; the cell size is selectable', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    // select the first area in the project tree, scope the heatmap to it
    await page.locator('.tree-row').filter({ hasText: 'Dense block' }).first().click();
    await clickRun(page, 'run-star');
    await waitForResult(page, 'star');
    await page.getByTestId('run-scope').selectOption('area');
    await page.getByTestId('heatmap-cell').selectOption('10');
    await page.waitForFunction(() => {
      const h = (window as unknown as { __fanplan: { store: { getState(): { results: { heatmap: { cellM: number } | null } } } } }).__fanplan.store.getState().results.heatmap;
      return h !== null && h.cellM === 10;
    }, undefined, { timeout: 120_000 });
    const legend = page.getByTestId('legend-heatmap').first();
    await legend.waitFor();
    expect(await legend.locator('.legend-ticks span').count()).toBeGreaterThanOrEqual(3);
    const corners = await resultsOf<number[][]>(page, 'r => r.heatmap.corners');
    const area = await page.evaluate(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { areas: { polygon: number[][][] }[] } } } } }).__fanplan.store.getState().doc.areas[0].polygon[0]);
    const west = Math.min(...area.map((p) => p[0]));
    expect(Math.abs(corners[0][0] - west)).toBeLessThan(0.001);
    expect(await page.evaluate(() => (window as unknown as { __fanplan: { map: { getLayoutProperty(l: string, p: string): unknown } } }).__fanplan.map.getLayoutProperty('result-heatmap-raster', 'visibility'))).toBe('visible');
    // star meters: one hop, no route lines through meters; the summary counts cells
    expect(await resultsOf<number>(page, 'r => r.star.meters.simulated')).toBe(520);
    await page.getByTestId('summary-star').waitFor();
    await settle(page);
    await waitForMapIdle(page);
    await screenshot(page, 'results-star-heatmap');
    // the layer toggles off
    await page.locator('.result-layers input[data-result-layer="heatmap"]').first().uncheck();
    expect(await page.evaluate(() => (window as unknown as { __fanplan: { map: { getLayoutProperty(l: string, p: string): unknown } } }).__fanplan.map.getLayoutProperty('result-heatmap-raster', 'visibility'))).toBe('none');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  }, 300_000);
});
