import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';

/** Wait for the map to settle, at most 30 s (a 30k-meter region renders slowly in SwiftShader). */
const idleOrTimeout = (page: Page) => Promise.race([waitForMapIdle(page), page.waitForTimeout(30_000)]);

describe('first launch opens the synthetic demo region', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('generates the demo (all six area classes), labels it synthetic, and New › Empty/Demo switch documents without undo steps', async () => {
    const page = await openApp(browser, inject('baseUrl'), 'demo');
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length > 0, undefined, { timeout: 60_000 });
    // The document is checked through the store. (Inside the full CI suite the progress card was once seen to
    // linger after the demo had loaded; that is tracked separately rather than waited on here.)
    await idleOrTimeout(page);
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(30_000);
    expect(await appState<string[]>(page, 's => [...new Set(s.doc.areas.map((a) => a.class))].sort()')).toEqual(['dense-residential', 'high-rise', 'mountainous', 'rural', 'suburban', 'underground']);
    expect(await appState<boolean>(page, 's => s.doc.meta.synthetic')).toBe(true);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    await expect(page.locator('.statusbar .badge').textContent()).resolves.toMatch(/Synthetic demo data/);
    const banner = page.getByTestId('synthetic-banner');
    await expect(banner.textContent()).resolves.toContain('Synthetic demo data — not a real network');
    await screenshot(page, 'demo-first-launch');
    // the banner is dismissible; the status-bar badge stays
    await page.getByTestId('synthetic-banner-dismiss').click({ force: true });
    expect(await banner.count()).toBe(0);
    expect(await page.locator('.statusbar .badge').count()).toBe(1);
    // New › Empty project: not an undo step
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:new-empty"]').click();
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(0);
    expect(await page.locator('.statusbar .badge').count()).toBe(0);
    // New › Demo region: generated again, banner back, in Japanese too
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:new-demo"]').click();
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length === 30_000, undefined, { timeout: 60_000 });
    await expect(page.getByTestId('synthetic-banner').textContent()).resolves.toContain('合成デモデータ — 実在のネットワークではありません');
    await idleOrTimeout(page);
    await screenshot(page, 'demo-first-launch-ja');
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(30_000);
    await page.evaluate(() => localStorage.clear());
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
