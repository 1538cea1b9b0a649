import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot } from './browser';
import { docJson, dragThrough, screenOf } from './planner-helpers';

describe('planner multi-edit', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('sets indoor class and floor on many meters at once, one undo step each', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.locator('input[data-layer="collectors"]').uncheck();
    await page.keyboard.press('b');
    await dragThrough(page, [{ x: box.x + box.width * 0.02, y: box.y + box.height * 0.3 }, { x: box.x + box.width * 0.45, y: box.y + box.height * 0.7 }]);
    const n = await appState<number>(page, 's => s.selection.length');
    expect(n).toBeGreaterThan(100);
    expect(await appState<number>(page, "s => s.selection.filter(r => r.kind !== 'meter').length")).toBe(0);
    const before = await docJson(page);
    const props = page.getByTestId('meter-props');
    expect(await props.locator('select[data-field="indoor"]').inputValue()).toBe('');
    await props.locator('select[data-field="indoor"]').selectOption('meter-room');
    await props.locator('input[data-field="floor"]').fill('3');
    await props.locator('input[data-field="floor"]').press('Enter');
    const ids = await appState<string[]>(page, 's => s.selection.map(r => r.id)');
    const edited = await page.evaluate((sel) => {
      const s = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: { id: string; indoor?: string; floor?: number }[] } } } } }).__fanplan.store.getState();
      const set = new Set(sel);
      return s.doc.meters.filter((m) => set.has(m.id)).every((m) => m.indoor === 'meter-room' && m.floor === 3);
    }, ids);
    expect(edited).toBe(true);
    await props.locator('input[data-field="floor"]').fill('1.5');
    await props.locator('input[data-field="floor"]').press('Enter');
    expect(await props.getByTestId('error-floor').textContent()).toMatch(/whole number/);
    await screenshot(page, 'planner-multi-edit-meters');
    await page.locator('button[data-cmd="edit:undo"]').click();
    expect(await appState<string>(page, `s => s.doc.meters.find(m => m.id === ${JSON.stringify(ids[0])}).indoor ?? 'none'`)).toBe('meter-room');
    await page.locator('button[data-cmd="edit:undo"]').click();
    expect(await docJson(page)).toBe(before);
  });

  it('sets medium and profile on several collectors together', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const cs = await appState<{ id: string; lon: number; lat: number }[]>(page, 's => s.doc.collectors');
    for (const [i, c] of cs.entries()) {
      const at = await screenOf(page, c.lon, c.lat);
      if (i === 0) await page.mouse.click(at.x, at.y);
      else { await page.keyboard.down('Shift'); await page.mouse.click(at.x, at.y); await page.keyboard.up('Shift'); }
    }
    expect(await appState<number>(page, 's => s.selection.length')).toBe(cs.length);
    const props = page.getByTestId('collector-props');
    expect(await props.locator('select[data-field="medium"]').inputValue()).toBe('');
    const before = await docJson(page);
    await props.locator('select[data-field="medium"]').selectOption('star');
    const after = await appState<{ medium: string; profileId: string }[]>(page, 's => s.doc.collectors');
    expect(after.every((c) => c.medium === 'star')).toBe(true);
    expect(new Set(after.map((c) => c.profileId)).size).toBe(1);
    const lte = await appState<string>(page, "s => s.doc.profiles.find(p => p.technology === 'lte-m').id");
    await props.locator('select[data-field="profileId"]').selectOption(lte);
    expect(await appState<string[]>(page, 's => [...new Set(s.doc.collectors.map(c => c.profileId))]')).toEqual([lte]);
    await screenshot(page, 'planner-multi-edit-collectors');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(before);
  });
});
