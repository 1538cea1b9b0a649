import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, canvasStats, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { jumpTo, screenOf } from './planner-helpers';

/** The app's test hook with the pieces this test touches. */
type Hook = {
  store: { getState(): { doc: { meters: { id: string; lon: number; lat: number }[] } }; edit(u: (p: unknown) => unknown): void };
  map: { getSource(id: string): { setData(d: unknown): unknown; updateData(d: unknown): unknown }; getFeatureState(f: object): Record<string, unknown> };
  controller: { setMeterStates(v: Float32Array, key?: string): Promise<void> };
};

describe('planner with 100k meters', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('moves a meter by diff (no full re-upload) and colours all meters through feature-state', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.evaluate(() => {
      const f = (window as unknown as { __fanplan: Hook }).__fanplan;
      const base = f.store.getState().doc.meters;
      const extra = Array.from({ length: 100_000 - base.length }, (_, i) => ({ id: `X${i}`, lon: 139.44 + (i % 400) * 0.0001, lat: 35.72 + Math.floor(i / 400) * 0.0001 }));
      f.store.edit((p) => ({ ...(p as object), meters: [...base, ...extra] }));
      const src = f.map.getSource('meters');
      const counts = { setData: 0, updateData: 0 };
      (window as unknown as { __counts: typeof counts }).__counts = counts;
      const sd = src.setData.bind(src), ud = src.updateData.bind(src);
      src.setData = (d: unknown) => { counts.setData++; return sd(d); };
      src.updateData = (d: unknown) => { counts.updateData++; return ud(d); };
    });
    await waitForMapIdle(page);
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(100_000);
    const m = await appState<{ id: string; lon: number; lat: number }>(page, 's => s.doc.meters[10]');
    const from = await screenOf(page, m.lon, m.lat);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let k = 1; k <= 5; k++) await page.mouse.move(from.x + k * 5, from.y + k * 3);
    await page.mouse.up();
    const counts = await page.evaluate(() => (window as unknown as { __counts: { setData: number; updateData: number } }).__counts);
    expect(counts.setData).toBe(0);
    expect(counts.updateData).toBeGreaterThan(0);
    await page.evaluate(async () => {
      const f = (window as unknown as { __fanplan: Hook }).__fanplan;
      const v = new Float32Array(100_000);
      for (let i = 0; i < v.length; i++) v[i] = (i % 100) / 99;
      await f.controller.setMeterStates(v);
    });
    const st = await page.evaluate(() => (window as unknown as { __fanplan: Hook }).__fanplan.map.getFeatureState({ source: 'meters', id: 99_999 }));
    expect(st.result).toBeCloseTo((99_999 % 100) / 99, 5);
    expect(await page.evaluate(() => (window as unknown as { __counts: { setData: number } }).__counts.setData)).toBe(0);
    await jumpTo(page, 139.46, 35.745, 14);
    await waitForMapIdle(page);
    const stats = await canvasStats(page);
    expect(stats.distinct).toBeGreaterThan(20);
    await screenshot(page, 'planner-100k-feature-state');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
