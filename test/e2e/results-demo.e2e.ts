import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { jumpTo, screenOf } from './planner-helpers';
import { resultsOf, settle, waitForResult } from './results-helpers';

/** A generated 5,000-meter demo region (it has unconnected meters and no star collectors). */
function demoBytes(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fanplan-results-'));
  const out = join(dir, 'demo5k.fanplan');
  execFileSync(process.execPath, ['bin/fanplan.mjs', 'generate', '--seed', '2', '--meters', '5000', '--out', out], { stdio: 'ignore' });
  return readFileSync(out);
}

async function openDemo(page: Page, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('button[data-menu="file"]').click();
  await page.locator('button[data-cmd="file:open"]').click();
  await (await chooser).setFiles({ name: 'demo5k.fanplan', mimeType: 'application/octet-stream', buffer: bytes });
  await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length === 5000);
  await waitForMapIdle(page);
}

describe('results: the demo region', () => {
  let browser: Browser;
  let bytes: Buffer;
  beforeAll(async () => { browser = await launch(); bytes = demoBytes(); });
  afterAll(async () => { await browser?.close(); });

  it('runs all media, rings orphans, explains one on click, shows the star heatmap, in English and Japanese', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await openDemo(page, bytes);
    await page.keyboard.press('F5');
    await waitForResult(page, 'mesh');
    await waitForResult(page, 'star');
    await page.waitForFunction(() => !(window as unknown as { __fanplan: { store: { getState(): { results: { running: boolean } } } } }).__fanplan.store.getState().results.running, undefined, { timeout: 180_000 });
    expect(await resultsOf<number>(page, 'r => r.mesh.meters.simulated')).toBe(5000);
    expect(await resultsOf<number>(page, 'r => r.star.meters.simulated')).toBe(5000);
    // the star heatmap over the view, with its legend
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { results: { heatmap: unknown } } } } }).__fanplan.store.getState().results.heatmap !== null, undefined, { timeout: 120_000 });
    expect(await page.evaluate(() => !!(window as unknown as { __fanplan: { map: { getSource(id: string): unknown } } }).__fanplan.map.getSource('result-heatmap'))).toBe(true);
    await page.getByTestId('legend-heatmap').first().waitFor();
    await settle(page);
    await waitForMapIdle(page);
    await screenshot(page, 'results-demo-all');

    // an orphan: ringed on the map, and clicking it explains why
    const orphan = await resultsOf<number>(page, 'r => r.mesh.meters.connected.findIndex((c, i) => c === 0 && r.mesh.meters.reason[i] === 2)');
    expect(orphan).toBeGreaterThanOrEqual(0);
    await page.getByTestId('shown-medium').selectOption('mesh');
    await settle(page);
    const m = await appState<{ lon: number; lat: number }>(page, `s => s.doc.meters[${orphan}]`);
    await jumpTo(page, m.lon, m.lat, 17);
    await waitForMapIdle(page);
    const rings = await page.evaluate(() => (window as unknown as { __fanplan: { map: { queryRenderedFeatures(o: object): { properties: { i: number } }[] } } }).__fanplan.map.queryRenderedFeatures({ layers: ['result-orphans-ring'] }).map((f) => f.properties.i));
    expect(rings).toContain(orphan);
    const at = await screenOf(page, m.lon, m.lat);
    await page.mouse.click(at.x, at.y);
    const why = page.locator('[data-testid="meter-why"]');
    await why.waitFor();
    const mesh = why.locator('[data-medium="mesh"]');
    expect(await mesh.locator('.why-reason').textContent()).toMatch(/no neighbour/);
    expect(await why.locator('[data-medium="star"] .why-reason').textContent()).toBeTruthy();
    await waitForMapIdle(page);
    await screenshot(page, 'results-demo-orphan');

    // Japanese: the popup and the panels switch language
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    await expect.poll(() => mesh.locator('.why-reason').textContent()).toMatch(/隣接ノード/);
    expect(await page.locator('.results-run h2').textContent()).toBe('シミュレーション');
    await page.locator('button[data-tab="analysis"]').click();
    await page.getByTestId('summary-mesh').waitFor();
    await screenshot(page, 'results-demo-ja');
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:en"]').click();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  }, 300_000);
});
