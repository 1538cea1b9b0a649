import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, canvasStats, launch, openApp, screenshot } from './browser';

describe('web app opens and renders the project', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('shows the start project with meters drawn on the map', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const meters = await appState<number>(page, 's => s.doc.meters.length');
    expect(meters).toBeGreaterThan(100);
    const rendered = await page.evaluate(() => (window as unknown as { __fanplan: { map: { queryRenderedFeatures(o: object): unknown[] } } }).__fanplan.map.queryRenderedFeatures({ layers: ['meters-circle'] }).length);
    expect(rendered).toBeGreaterThan(100);
    await screenshot(page, 'app-open');
    const stats = await canvasStats(page);
    expect(stats.width).toBeGreaterThan(500);
    expect(stats.distinct).toBeGreaterThan(20);
    await expect(page.getByTestId('meter-count').textContent()).resolves.toContain(String(meters));
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('toggles a layer from the layer panel', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('input[data-layer="meters"]').uncheck();
    const vis = await page.evaluate(() => (window as unknown as { __fanplan: { map: { getLayoutProperty(l: string, p: string): string } } }).__fanplan.map.getLayoutProperty('meters-circle', 'visibility'));
    expect(vis).toBe('none');
    await page.locator('button[data-menu="view"]').click();
    await page.locator('button[data-cmd="view:toggle-meters"]').click();
    expect(await appState<boolean>(page, 's => s.layers.meters')).toBe(true);
  });

  it('inspects a meter on hover and click', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const at = await page.evaluate(() => {
      const f = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: { lon: number; lat: number; id: string }[] } } }; map: { project(p: [number, number]): { x: number; y: number } } } }).__fanplan;
      const m = f.store.getState().doc.meters[40];
      const p = f.map.project([m.lon, m.lat]);
      return { x: p.x, y: p.y, id: m.id };
    });
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForSelector('.hover-tip');
    expect(await page.locator('.hover-tip').textContent()).toContain(`Meter ${at.id}`);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.getByTestId('inspector').waitFor();
    expect(await page.getByTestId('inspector').textContent()).toContain(at.id);
    await screenshot(page, 'inspect-meter');
  });
});
