/** Helpers for the planner end-to-end tests: map coordinates to page pixels, drags, store access. */
import type { Page } from 'playwright-core';

/** Page position of a lon/lat on the map. */
export async function screenOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([lo, la]) => (window as unknown as { __fanplan: { map: { project(p: [number, number]): { x: number; y: number } } } }).__fanplan.map.project([lo, la]), [lon, lat] as [number, number]);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Press, move through the points in small steps, release. */
export async function dragThrough(page: Page, points: { x: number; y: number }[], modifiers: ('Shift' | 'Alt')[] = []): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1], b = points[i];
    for (let k = 1; k <= 5; k++) await page.mouse.move(a.x + ((b.x - a.x) * k) / 5, a.y + ((b.y - a.y) * k) / 5);
  }
  await page.mouse.up();
  for (const m of modifiers) await page.keyboard.up(m);
}

/** JSON of the document (to compare before/after undo). */
export function docJson(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify((window as unknown as { __fanplan: { store: { getState(): { doc: unknown } } } }).__fanplan.store.getState().doc));
}

/** Set the map view (centre and zoom) without animation. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([lo, la, z]) => (window as unknown as { __fanplan: { map: { jumpTo(o: object): void } } }).__fanplan.map.jumpTo({ center: [lo, la], zoom: z }), [lon, lat, zoom] as [number, number, number]);
}
