import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';

async function screenOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([lo, la]) => (window as unknown as { __fanplan: { map: { project(p: [number, number]): { x: number; y: number } } } }).__fanplan.map.project([lo, la]), [lon, lat] as [number, number]);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

describe('edit, undo and redo', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('adds a meter with the tool; Ctrl+Z removes it and Ctrl+Shift+Z restores it', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await appState<string>(page, 's => JSON.stringify(s.doc)');
    const n0 = await appState<number>(page, 's => s.doc.meters.length');
    await page.locator('button[data-tool="add-meter"]').click();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + 60, box.y + box.height - 80);
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(n0 + 1);
    const after = await appState<string>(page, 's => JSON.stringify(s.doc)');
    expect(await page.getByTestId('dirty').textContent()).toMatch(/unsaved/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(after);
    await page.keyboard.press('Control+z');
    expect(await page.getByTestId('dirty').textContent()).toMatch(/saved/);
  });

  it('a drag of a meter is one undo step', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const m = await appState<{ id: string; lon: number; lat: number }>(page, 's => s.doc.meters[100]');
    const from = await screenOf(page, m.lon, m.lat);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(from.x + k * 6, from.y + k * 4);
    await page.mouse.up();
    const moved = await appState<{ lon: number; lat: number }>(page, `s => s.doc.meters.find(x => x.id === ${JSON.stringify(m.id)})`);
    expect(moved.lon).toBeGreaterThan(m.lon);
    expect(moved.lat).toBeLessThan(m.lat);
    await waitForMapIdle(page);
    await screenshot(page, 'after-drag');
    await page.keyboard.press('Control+z');
    const back = await appState<{ lon: number; lat: number }>(page, `s => s.doc.meters.find(x => x.id === ${JSON.stringify(m.id)})`);
    expect(back).toEqual(m);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBeGreaterThan(0);
  });

  it('deletes the selection with the Delete key, undoably', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const c = await appState<{ id: string; lon: number; lat: number }>(page, 's => s.doc.collectors[0]');
    const at = await screenOf(page, c.lon, c.lat);
    await page.mouse.click(at.x, at.y);
    expect(await appState<unknown>(page, 's => s.selection')).toEqual([{ kind: 'collector', id: c.id }]);
    const n = await appState<number>(page, 's => s.doc.collectors.length');
    await page.keyboard.press('Delete');
    expect(await appState<number>(page, 's => s.doc.collectors.length')).toBe(n - 1);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.collectors.length')).toBe(n);
  });
});
