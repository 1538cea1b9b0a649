import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { docJson, dragThrough, screenOf } from './planner-helpers';

type Area = { id: string; name: string; class: string; medium: string; polygon: [number, number][][] };

describe('planner areas: draw, classify, reshape, tree', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('draws an area (clicks + double-click), sets its class, each step undoable', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.keyboard.press('a');
    const pts = [[0.1, 0.12], [0.45, 0.1], [0.5, 0.3], [0.12, 0.3]].map(([fx, fy]) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy }));
    for (const p of pts.slice(0, 3)) await page.mouse.click(p.x, p.y);
    expect(await appState<number>(page, 's => s.draft.length')).toBe(3);
    await page.mouse.dblclick(pts[3].x, pts[3].y);
    const areas = await appState<Area[]>(page, 's => s.doc.areas');
    expect(areas).toHaveLength(3);
    const a = areas[2];
    expect(a.polygon[0]).toHaveLength(5);
    expect(a.polygon[0][0]).toEqual(a.polygon[0][4]);
    expect(await appState<unknown>(page, 's => s.draft')).toBeNull();
    expect(await appState<unknown>(page, 's => s.selection')).toEqual([{ kind: 'area', id: a.id }]);
    const drawn = await docJson(page);
    await page.getByTestId('area-props').locator('select[data-field="class"]').selectOption('high-rise');
    await page.getByTestId('area-props').locator('select[data-field="medium"]').selectOption('plc');
    expect(await appState<string>(page, 's => s.doc.areas[2].class')).toBe('high-rise');
    await waitForMapIdle(page);
    await screenshot(page, 'planner-area-drawn');
    expect(await page.getByTestId('project-tree').textContent()).toContain('High-rise');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(drawn);
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect(await docJson(page)).toBe(drawn);
  });

  it('Enter finishes, Escape cancels, Backspace removes the last vertex', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.locator('button[data-tool="draw-area"]').click();
    const click = (fx: number, fy: number) => page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    await click(0.1, 0.75); await click(0.3, 0.75);
    await page.keyboard.press('Escape');
    expect(await appState<unknown>(page, 's => s.draft')).toBeNull();
    expect(await appState<number>(page, 's => s.doc.areas.length')).toBe(2);
    await click(0.1, 0.75); await click(0.3, 0.75); await click(0.3, 0.9); await click(0.25, 0.95);
    await page.keyboard.press('Backspace');
    expect(await appState<number>(page, 's => s.draft.length')).toBe(3);
    await page.keyboard.press('Enter');
    expect(await appState<number>(page, 's => s.doc.areas.length')).toBe(3);
    expect(await appState<number>(page, 's => s.doc.areas[2].polygon[0].length')).toBe(4);
  });

  it('reshapes a selected area by dragging a vertex, as one undo step', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('button[data-area="A2"]').click();
    await page.waitForFunction(() => !(window as unknown as { __fanplan: { map: { isMoving(): boolean } } }).__fanplan.map.isMoving());
    await waitForMapIdle(page);
    expect(await appState<unknown>(page, 's => s.selection')).toEqual([{ kind: 'area', id: 'A2' }]);
    const a = await appState<Area>(page, "s => s.doc.areas.find(x => x.id === 'A2')");
    const [lon, lat] = a.polygon[0][2];
    const from = await screenOf(page, lon, lat);
    await dragThrough(page, [from, { x: from.x + 40, y: from.y - 30 }]);
    const b = await appState<Area>(page, "s => s.doc.areas.find(x => x.id === 'A2')");
    expect(b.polygon[0][2][0]).toBeGreaterThan(lon);
    expect(b.polygon[0][2][1]).toBeGreaterThan(lat);
    expect(b.polygon[0].length).toBe(a.polygon[0].length);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-area-reshape');
    await page.keyboard.press('Control+z');
    expect(await appState<Area>(page, "s => s.doc.areas.find(x => x.id === 'A2')")).toEqual(a);
    const [p0, p1] = [a.polygon[0][0], a.polygon[0][1]];
    const mid = await screenOf(page, (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2);
    await dragThrough(page, [mid, { x: mid.x, y: mid.y + 40 }]);
    const c = await appState<Area>(page, "s => s.doc.areas.find(x => x.id === 'A2')");
    expect(c.polygon[0].length).toBe(a.polygon[0].length + 1);
    expect(c.polygon[0][1][1]).toBeLessThan(p0[1]);
    await page.keyboard.press('Control+z');
    expect(await appState<Area>(page, "s => s.doc.areas.find(x => x.id === 'A2')")).toEqual(a);
  });
});
