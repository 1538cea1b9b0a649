/**
 * Editing-tool checks (#9): Esc cancels a box or lasso drag in progress
 * (nothing is selected, the tool stays), and finishing an area whose outline
 * crosses itself is refused with a message while the draft stays to be fixed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { dragThrough, screenOf } from './planner-helpers';

type Pt = { x: number; y: number };

/** Press the mouse at the first point, move through the rest, press Esc, then release. */
async function dragAndEscape(page: Page, points: Pt[]): Promise<void> {
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.keyboard.press('Escape');
  await page.mouse.move(points[0].x + 3, points[0].y + 3, { steps: 2 });
  await page.mouse.up();
}

describe('editing tools: Esc and self-intersection', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('Esc cancels a box and a lasso drag; the same drags without Esc select', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    const a = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 }, b = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55 };
    await page.keyboard.press('b');
    await dragAndEscape(page, [a, b]);
    expect(await appState<number>(page, 's => s.selection.length')).toBe(0);
    expect(await appState<string>(page, 's => s.tool')).toBe('box-select');
    await dragThrough(page, [a, b]);
    expect(await appState<number>(page, 's => s.selection.length')).toBeGreaterThan(5);
    await page.keyboard.press('Escape'); // clears the selection, back to select
    const cx = box.x + box.width * 0.4, cy = box.y + box.height * 0.45, r = 90;
    const loop = Array.from({ length: 13 }, (_, i) => ({ x: cx + r * Math.cos((i / 12) * 2 * Math.PI), y: cy + r * Math.sin((i / 12) * 2 * Math.PI) }));
    await page.keyboard.press('l');
    await dragAndEscape(page, loop);
    expect(await appState<number>(page, 's => s.selection.length')).toBe(0);
    expect(await appState<string>(page, 's => s.tool')).toBe('lasso');
    // the map pans again after a cancelled drag (drag-pan was re-enabled)
    expect(await page.evaluate(() => (window as unknown as { __fanplan: { map: { dragPan: { isEnabled(): boolean } } } }).__fanplan.map.dragPan.isEnabled())).toBe(true);
    await dragThrough(page, loop);
    expect(await appState<number>(page, 's => s.selection.length')).toBeGreaterThan(3);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('a self-intersecting area is refused with a message and the draft is kept to fix', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    const areas = await appState<number>(page, 's => s.doc.areas.length');
    await page.keyboard.press('a');
    // a bow tie: top-left, bottom-right, top-right, bottom-left
    for (const p of [at(0.1, 0.1), at(0.4, 0.28), at(0.4, 0.1), at(0.1, 0.28)]) await page.mouse.click(p.x, p.y);
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The area’s outline crosses itself');
    expect(await appState<number>(page, 's => s.draft.length')).toBe(4);
    expect(await appState<number>(page, 's => s.doc.areas.length')).toBe(areas);
    await waitForMapIdle(page);
    await screenshot(page, 'area-self-intersection');
    await notice.getByRole('button').click();
    // fix: keep the first vertex, go round the square
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    expect(await appState<number>(page, 's => s.draft.length')).toBe(1);
    for (const p of [at(0.4, 0.1), at(0.4, 0.28), at(0.1, 0.28)]) await page.mouse.click(p.x, p.y);
    await page.keyboard.press('Enter');
    expect(await appState<number>(page, 's => s.doc.areas.length')).toBe(areas + 1);
    expect(await appState<unknown>(page, 's => s.draft')).toBeNull();
    expect(await page.getByTestId('notice').count()).toBe(0);
    // reshaping: dragging the top-right vertex across the left edge is refused, the area keeps a valid shape
    await page.keyboard.press('v');
    const id = await appState<string>(page, 's => s.selection[0].id');
    const ringBefore = await appState<[number, number][]>(page, `s => s.doc.areas.find((a) => a.id === ${JSON.stringify(id)}).polygon[0]`);
    // the top-right vertex's screen position, once the selection's vertex handles are drawn
    await waitForMapIdle(page);
    const corner = ringBefore.reduce((b, v) => (v[0] + v[1] > b[0] + b[1] ? v : b));
    const tr = await screenOf(page, corner[0], corner[1]);
    await dragThrough(page, [tr, at(0.25, 0.15), at(0.05, 0.2)]);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('would make the outline cross itself');
    const ringAfter = await appState<[number, number][]>(page, `s => s.doc.areas.find((a) => a.id === ${JSON.stringify(id)}).polygon[0]`);
    expect(ringAfter).toHaveLength(ringBefore.length);
    const target = await page.evaluate(([x, y]) => { const l = (window as unknown as { __fanplan: { map: { unproject(p: [number, number]): { lng: number; lat: number } } } }).__fanplan.map.unproject([x, y]); return [l.lng, l.lat]; }, [at(0.05, 0.2).x - box.x, at(0.05, 0.2).y - box.y]);
    expect(ringAfter.some((v) => Math.abs(v[0] - target[0]) < 1e-9 && Math.abs(v[1] - target[1]) < 1e-9)).toBe(false);
    await page.getByTestId('notice').getByRole('button').click();
  });
});
