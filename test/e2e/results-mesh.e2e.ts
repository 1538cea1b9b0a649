import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { dragThrough, screenOf } from './planner-helpers';
import { clickRun, meterState, renderedCount, resultsOf, settle, waitForResult } from './results-helpers';

describe('results: mesh runs on the map', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the mesh, colours meters by read success and draws the route tree, charts and tables', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await clickRun(page, 'run-mesh');
    await waitForResult(page, 'mesh');
    await page.getByTestId('run-status-mesh').waitFor();
    expect(await resultsOf<number>(page, 'r => r.mesh.meters.simulated')).toBe(520);
    expect(await resultsOf<string>(page, 'r => r.mesh.mode')).toBe('full');
    await settle(page);
    await waitForMapIdle(page);
    const success = await resultsOf<number>(page, 'r => r.mesh.meters.dailyReadSuccess[0]');
    expect(await meterState(page, 0)).toBeCloseTo(success, 5);
    expect(await renderedCount(page, 'result-routes-line')).toBeGreaterThan(100);
    expect(await renderedCount(page, 'result-collector-load-circle')).toBe(2);
    // summary table and uPlot charts
    await expect.poll(() => page.locator('[data-testid="summary-total-mesh"] td').nth(1).textContent()).toBe('520');
    expect(await page.locator('[data-renderer="uplot"] canvas').count()).toBe(2);
    await page.getByTestId('chart-kind').selectOption('cdf');
    await page.getByTestId('chart-area').selectOption({ index: 1 });
    expect(await page.locator('[data-renderer="uplot"] canvas').count()).toBe(2);
    // colour by hops: the meter's state becomes its hop count
    await page.getByTestId('colour-by').selectOption('hops');
    await settle(page);
    const hops = await resultsOf<number>(page, 'r => r.mesh.meters.connected[0] ? r.mesh.meters.hops[0] : -1');
    expect(await meterState(page, 0)).toBe(hops);
    await page.getByTestId('colour-by').selectOption('success');
    await settle(page);
    await waitForMapIdle(page);
    await screenshot(page, 'results-mesh');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('follows a dragged collector with an incremental mesh update', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await clickRun(page, 'run-mesh');
    await waitForResult(page, 'mesh');
    const c = await appState<{ lon: number; lat: number }>(page, 's => s.doc.collectors[0]');
    const from = await screenOf(page, c.lon, c.lat);
    await dragThrough(page, [from, { x: from.x + 60, y: from.y + 40 }]);
    await waitForResult(page, 'mesh');
    expect(await resultsOf<string>(page, 'r => r.mesh.mode')).toBe('incremental');
    const moved = await appState<{ lon: number }>(page, 's => s.doc.collectors[0]');
    expect(moved.lon).not.toBe(c.lon);
    expect(await resultsOf<boolean>(page, '(r, s) => r.mesh.doc === s.doc')).toBe(true);
    await page.getByTestId('run-status-mesh').waitFor();
    expect(await page.getByTestId('run-status-mesh').getAttribute('data-mode')).toBe('incremental');
    // undo is a document change too: results follow (and are never in the undo history)
    await page.keyboard.press('Control+z');
    await waitForResult(page, 'mesh');
    expect(await appState<number>(page, 's => s.doc.collectors[0].lon')).toBe(c.lon);
  });

  it('cancels a long run with Esc and can run again', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.evaluate(() => {
      const f = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: { id: string; lon: number; lat: number }[] } }; edit(u: (p: unknown) => unknown): void } } }).__fanplan;
      const base = f.store.getState().doc.meters;
      const extra = Array.from({ length: 120_000 }, (_, i) => ({ id: `X${i}`, lon: 139.46 + (i % 400) * 0.00005, lat: 35.75 + Math.floor(i / 400) * 0.00005 }));
      f.store.edit((p) => ({ ...(p as object), meters: [...base, ...extra] }));
    });
    await clickRun(page, 'run-all');
    const bar = page.locator('.results-run [data-testid="progress"]');
    await bar.waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'results-progress');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(await resultsOf<unknown>(page, 'r => r.mesh')).toBeNull();
    expect(await resultsOf<boolean>(page, 'r => r.running')).toBe(false);
    expect(await resultsOf<object>(page, 'r => r.errors')).toEqual({});
    // back to the small project: a run completes
    await page.keyboard.press('Control+z');
    await clickRun(page, 'run-mesh');
    await waitForResult(page, 'mesh');
  });
});
