import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot } from './browser';

describe('worker pipeline in the browser', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the density check in a Web Worker and shows per-area results', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.locator('button[data-tab="analysis"]').click();
    await page.getByTestId('run-density').click();
    await page.getByTestId('density-result').waitFor();
    const summary = await appState<{ meters: number; medianNearestM: number }>(page, 's => s.stats.stats.summary');
    const n = await appState<number>(page, 's => s.doc.meters.length');
    expect(summary.meters).toBe(n);
    expect(summary.medianNearestM).toBeGreaterThan(5);
    expect(summary.medianNearestM).toBeLessThan(100);
    expect(await appState<string>(page, 's => s.stats.stats.nearestM.constructor.name')).toBe('Float32Array');
    await screenshot(page, 'density-check');
  });

  it('cancels a long run and can run again', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.evaluate(() => {
      const f = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: { id: string; lon: number; lat: number }[] } }; edit(u: (p: unknown) => unknown): void } } }).__fanplan;
      const base = f.store.getState().doc.meters;
      const extra = Array.from({ length: 150_000 }, (_, i) => ({ id: `X${i}`, lon: 139.46 + (i % 400) * 0.00005, lat: 35.75 + Math.floor(i / 400) * 0.00005 }));
      f.store.edit((p) => ({ ...(p as object), meters: [...base, ...extra] }));
    });
    await page.locator('button[data-tab="analysis"]').click();
    await page.getByTestId('density-radius').fill('2000');
    await page.getByTestId('run-density').click();
    await page.getByTestId('progress').waitFor();
    await page.getByTestId('cancel-job').click();
    await page.getByTestId('progress').waitFor({ state: 'detached' });
    expect(await appState<unknown>(page, 's => s.stats')).toBeNull();
    expect(await appState<unknown>(page, 's => s.notice')).toBeNull();
    await page.getByTestId('density-radius').fill('50');
    await page.getByTestId('run-density').click();
    await page.getByTestId('density-result').waitFor({ timeout: 60_000 });
    expect(await appState<number>(page, 's => s.stats.counts.meters')).toBeGreaterThan(150_000);
  });
});
