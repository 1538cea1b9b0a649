import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { docJson, dragThrough, screenOf } from './planner-helpers';

type Pt = { id: string; lon: number; lat: number };

describe('planner tools: add, snap, move, delete, box and lasso select, each undoable', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('adds a PLC collector with the chosen profile; undo and redo', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    await page.keyboard.press('c');
    expect(await appState<string>(page, 's => s.tool')).toBe('add-collector');
    await page.getByTestId('placement-medium').selectOption('plc');
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + 80, box.y + box.height - 90);
    const c = await appState<{ medium: string; profileId: string; siteId?: string }>(page, 's => s.doc.collectors.at(-1)');
    expect(c.medium).toBe('plc');
    const plcProfiles = await appState<string[]>(page, "s => s.doc.profiles.filter(p => p.medium === 'plc').map(p => p.id)");
    expect(plcProfiles).toContain(c.profileId);
    expect(c.siteId).toBeUndefined();
    const after = await docJson(page);
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect(await docJson(page)).toBe(after);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-add-collector');
  });

  it('snaps a new collector onto a nearby candidate site and records the site id', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const site = await appState<Pt>(page, 's => s.doc.candidateSites[3]');
    await page.keyboard.press('c');
    const at = await screenOf(page, site.lon, site.lat);
    await page.mouse.click(at.x + 6, at.y - 5);
    const c = await appState<{ lon: number; lat: number; siteId?: string; medium: string }>(page, 's => s.doc.collectors.at(-1)');
    expect(c.siteId).toBe(site.id);
    expect([c.lon, c.lat]).toEqual([site.lon, site.lat]);
    expect(c.medium).toBe('mesh');
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.collectors.filter(x => x.siteId).length')).toBe(0);
  });

  it('drags a collector onto a candidate site (snap) in one undo step; dragging away clears the site', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const c = await appState<Pt>(page, 's => s.doc.collectors[0]');
    const site = await appState<Pt>(page, 's => s.doc.candidateSites[1]');
    const from = await screenOf(page, c.lon, c.lat);
    const to = await screenOf(page, site.lon, site.lat);
    await dragThrough(page, [from, { x: to.x + 5, y: to.y + 4 }]);
    const moved = await appState<{ lon: number; lat: number; siteId?: string }>(page, 's => s.doc.collectors[0]');
    expect(moved.siteId).toBe(site.id);
    expect([moved.lon, moved.lat]).toEqual([site.lon, site.lat]);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-snap-drag');
    await page.keyboard.press('Control+z');
    const back = await appState<{ lon: number; lat: number; siteId?: string }>(page, 's => s.doc.collectors[0]');
    expect([back.lon, back.lat]).toEqual([c.lon, c.lat]);
    expect(back.siteId).toBeUndefined();
  });

  it('box-selects with Shift+drag and with the box tool, deletes, and undoes the delete', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    const a = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 }, b = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55 };
    await dragThrough(page, [a, b], ['Shift']);
    const n = await appState<number>(page, 's => s.selection.length');
    expect(n).toBeGreaterThan(5);
    const inBox = await page.evaluate(([x0, y0, x1, y1]) => {
      const f = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: Pt[]; collectors: Pt[] } } }; map: { project(p: [number, number]): { x: number; y: number } } } }).__fanplan;
      const s = f.store.getState();
      return [...s.doc.meters, ...s.doc.collectors].filter((m) => { const p = f.map.project([m.lon, m.lat]); return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }).length;
    }, [a.x - box.x, a.y - box.y, b.x - box.x, b.y - box.y]);
    expect(Math.abs(n - inBox)).toBeLessThanOrEqual(1);
    await page.locator('button[data-tool="box-select"]').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await dragThrough(page, [a, b]);
    expect(await appState<number>(page, 's => s.selection.length')).toBe(n);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-box-select');
    const before = await appState<number>(page, 's => s.doc.meters.length + s.doc.collectors.length');
    await page.keyboard.press('Delete');
    expect(await appState<number>(page, 's => s.doc.meters.length + s.doc.collectors.length')).toBe(before - n);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.meters.length + s.doc.collectors.length')).toBe(before);
  });

  it('lasso-selects the meters inside a loop', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const box = (await page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width * 0.4, cy = box.y + box.height * 0.45, r = 90;
    const loop = Array.from({ length: 13 }, (_, i) => ({ x: cx + r * Math.cos((i / 12) * 2 * Math.PI), y: cy + r * Math.sin((i / 12) * 2 * Math.PI) }));
    await page.keyboard.press('l');
    await dragThrough(page, loop);
    const sel = await appState<{ kind: string; id: string }[]>(page, 's => s.selection');
    expect(sel.length).toBeGreaterThan(3);
    const inside = await page.evaluate(([x, y, rr]) => {
      const f = (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: Pt[] } } }; map: { project(p: [number, number]): { x: number; y: number } } } }).__fanplan;
      return f.store.getState().doc.meters.filter((m) => { const p = f.map.project([m.lon, m.lat]); return Math.hypot(p.x - x, p.y - y) < rr - 4; }).length;
    }, [cx - box.x, cy - box.y, r]);
    expect(sel.filter((x) => x.kind === 'meter').length).toBeGreaterThanOrEqual(inside);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-lasso');
  });
});
