import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';

type W = { __fanplan: { map: { getLayer(id: string): unknown; getLayoutProperty(l: string, p: string): unknown; querySourceFeatures(s: string): { properties: Record<string, unknown> }[] } } };

const planDone = (page: Page) => page.waitForFunction(() => {
  const s = (window as unknown as { __fanplan: { store: { getState(): { doc: unknown; plan: { entry: { doc: unknown } | null; job: unknown } } } } }).__fanplan.store.getState();
  return s.plan.entry !== null && s.plan.entry.doc === s.doc && s.plan.job === null;
}, undefined, { timeout: 120_000 });

describe('planning comparison dashboard', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the plan from the UI, explains each area, sorts the table, shows the recommendation on the map, cancels, and speaks Japanese', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    // fix the suburban strip to PLC (area property), so the plan mixes media and explains the forced choice
    await page.locator('.tree-row').filter({ hasText: 'Suburban strip' }).first().click();
    await page.getByTestId('area-props').locator('select[data-field="medium"]').selectOption('plc');
    // run from the Simulate menu
    await page.locator('button[data-menu="simulate"]').click();
    await page.locator('button[data-cmd="run:plan"]').click();
    await planDone(page);
    const panel = page.getByTestId('plan-panel');
    await panel.getByTestId('plan-summary').waitFor();
    // every planned area shows its recommendation and a reason naming the next-best option
    const areas = await appState<{ id: string; medium: string }[]>(page, 's => s.plan.entry.result.plan.areas.map((a) => ({ id: a.id, medium: a.options[a.recommendedIndex].medium }))');
    expect(areas.length).toBe(3);
    for (const a of areas) {
      const rec = panel.locator(`li[data-area="${a.id}"]`);
      expect(await rec.getAttribute('data-medium')).toBe(a.medium);
      expect(await rec.locator('.plan-why').textContent()).toMatch(/Cheapest option that meets the 99\.5% read-success target.*Next best: .+TCO/);
    }
    expect(areas.find((a) => a.id === 'A2')!.medium).toBe('plc');
    expect(await panel.locator('li[data-area="A2"] .plan-why').textContent()).toMatch(/^The area is set to PLC in its properties/);
    // the recommendation layer is on the map, one polygon per planned area of the document
    expect(await page.evaluate(() => !!(window as unknown as W).__fanplan.map.getLayer('plan-recommendation-fill'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as W).__fanplan.map.getLayoutProperty('plan-recommendation-fill', 'visibility'))).toBe('visible');
    expect(await panel.getByTestId('plan-saving').textContent()).toMatch(/more than the cheapest single-medium plan/);
    // frame both areas (clear the selection so the outlines show the recommendation colours)
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const w = window as unknown as { __fanplan: { store: { getState(): { doc: { areas: { polygon: number[][][] }[] } } }; map: { fitBounds(b: number[][], o: object): void } } };
      const pts = w.__fanplan.store.getState().doc.areas.flatMap((a) => a.polygon[0]);
      const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
      w.__fanplan.map.fitBounds([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]], { padding: 40, duration: 0 });
    });
    await waitForMapIdle(page);
    const media = await page.evaluate(() => (window as unknown as W).__fanplan.map.querySourceFeatures('plan-recommendation').map((f) => f.properties.medium));
    expect(new Set(media)).toEqual(new Set([areas.find((a) => a.id === 'A1')!.medium.split('+')[0], 'plc']));
    expect(media.every((m) => m === 'mesh' || m === 'star' || m === 'plc')).toBe(true);
    await screenshot(page, 'plan-map-recommendation');

    // open the dock, sort by TCO (ascending, then descending)
    await panel.getByTestId('plan-open-dock').click();
    const table = page.getByTestId('plan-table');
    await table.waitFor();
    const tcoHeader = table.locator('th:has(button[data-sort-key="tco"])');
    await tcoHeader.locator('button').click();
    expect(await tcoHeader.getAttribute('aria-sort')).toBe('ascending');
    const tcos = async () => (await table.locator('tbody tr td:nth-child(9)').allTextContents()).map((s) => Number(s.replace(/[^\d.]/g, '')));
    const asc = await tcos();
    expect(asc.length).toBeGreaterThan(10);
    for (let i = 1; i < asc.length; i++) expect(asc[i]).toBeGreaterThanOrEqual(asc[i - 1]);
    await tcoHeader.locator('button').press('Enter');
    expect(await tcoHeader.getAttribute('aria-sort')).toBe('descending');
    const desc = await tcos();
    expect(desc[0]).toBe(asc[asc.length - 1]);
    expect(await table.locator('tr.rec').count()).toBe(3);
    // clicking an area name frames it on the map
    const seq = await appState<number>(page, 's => s.focus ? s.focus.seq : 0');
    await table.locator('tr[data-area="A1"] button.linkish').first().click();
    expect(await appState<number>(page, 's => s.focus.seq')).toBe(seq + 1);
    expect(await appState<string>(page, 's => s.selection[0].id')).toBe('A1');
    await waitForMapIdle(page);
    await screenshot(page, 'plan-dashboard-en');
    await page.locator('button[data-dock-tab="costs"]').click();
    await page.getByTestId('plan-yearly').waitFor();
    expect(await page.getByTestId('plan-breakdown-legend').textContent()).not.toMatch(/capex|opex/);
    await screenshot(page, 'plan-dashboard-costs-en');
    await page.getByTestId('plan-breakdown').scrollIntoViewIfNeeded();
    expect(await page.locator('[data-testid="plan-breakdown"] .hbar-row').count()).toBe(areas.length);
    // every cost part of a bar sits on one row (a stacked bar, not a column)
    const tops = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="plan-breakdown"] .hbar.cost-parts')).map((el) => new Set(Array.from(el.children).map((c) => Math.round(c.getBoundingClientRect().top))).size));
    expect(tops.every((n) => n === 1)).toBe(true);
    await screenshot(page, 'plan-dashboard-breakdown-en');

    // a second run, cancelled with Esc: the first result stays, no error, nothing in undo history
    const before = await appState<number>(page, 's => s.plan.entry.finishedAt');
    await page.evaluate(() => {
      (document.querySelector('[data-testid="plan-run"]') as HTMLButtonElement).click();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { plan: { job: unknown } } } } }).__fanplan.store.getState().plan.job === null);
    expect(await appState<number>(page, 's => s.plan.entry.finishedAt')).toBe(before);
    expect(await appState<string | null>(page, 's => s.plan.error')).toBeNull();
    // the project is untouched: the kept plan is still current for the document
    expect(await appState<boolean>(page, 's => s.plan.entry.doc === s.doc')).toBe(true);

    // an edit marks the plan outdated (panel, dock, dashed outline on the map); undo makes it current again
    await page.keyboard.press('Delete');
    await panel.getByTestId('plan-stale').waitFor();
    expect(await page.getByTestId('plan-dock').getAttribute('data-stale')).toBe('true');
    await waitForMapIdle(page);
    const staleFlags = await page.evaluate(() => (window as unknown as W).__fanplan.map.querySourceFeatures('plan-recommendation').map((f) => f.properties.stale));
    expect(staleFlags.length).toBeGreaterThan(0);
    expect(staleFlags.every((x) => x === true)).toBe(true);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('[data-testid="plan-stale"]'));

    // the sensitivity tornado, on demand
    await page.locator('button[data-dock-tab="sensitivity"]').click();
    await page.getByTestId('plan-tornado-run').click();
    await page.getByTestId('plan-tornado').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-testid="plan-tornado"] .hbar-row').count()).toBe(5);
    await screenshot(page, 'plan-dashboard-sensitivity-en');

    // Japanese
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    await page.locator('button[data-dock-tab="table"]').click();
    expect(await page.locator('button[data-tab="plan-results"]').textContent()).toBe('計画比較');
    expect(await tcoHeader.locator('button').getAttribute('title')).toBe('TCO で並べ替え');
    // the sort survives switching dock sections
    expect(await tcoHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await panel.locator('.plan-why').first().textContent()).toContain('最も安い案');
    await screenshot(page, 'plan-dashboard-ja');
    await page.locator('button[data-dock-tab="costs"]').click();
    await page.getByTestId('plan-yearly').waitFor();
    await screenshot(page, 'plan-dashboard-costs-ja');
    await page.locator('button[data-dock-tab="sensitivity"]').click();
    expect(await page.getByTestId('plan-tornado').textContent()).toContain('割引率');
    await screenshot(page, 'plan-dashboard-sensitivity-ja');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  }, 300_000);

  it('plans a 5,000-meter demo region from the keyboard; the dock leaves the map controls and the sidebar uncovered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plan-'));
    const out = join(dir, 'demo5k.fanplan');
    execFileSync(process.execPath, ['bin/fanplan.mjs', 'generate', '--seed', '2', '--meters', '5000', '--out', out], { stdio: 'ignore' });
    const page = await openApp(browser, inject('baseUrl'));
    const chooser = page.waitForEvent('filechooser');
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:open"]').click();
    await (await chooser).setFiles({ name: 'demo5k.fanplan', mimeType: 'application/octet-stream', buffer: readFileSync(out) });
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length === 5000);
    await waitForMapIdle(page);
    await page.keyboard.press('Control+Shift+P');
    // the progress bar shows a stage while the plan runs
    await page.getByTestId('plan-panel').getByTestId('progress').waitFor();
    expect(await page.getByTestId('plan-panel').locator('.progress-label').textContent()).toMatch(/^Planning 5,000 meters — /);
    await screenshot(page, 'plan-progress-en').catch(() => null);
    await planDone(page);
    const n = await appState<number>(page, 's => s.plan.entry.result.plan.areas.length');
    expect(await page.locator('[data-testid="plan-areas"] > li').count()).toBe(n);
    await page.getByTestId('plan-open-dock').click();
    await page.getByTestId('plan-table').waitFor();
    await waitForMapIdle(page);
    const box = (sel: string) => page.locator(sel).first().boundingBox();
    const dock = (await box('[data-testid="plan-dock"]'))!;
    const scale = (await box('.maplibregl-ctrl-bottom-left'))!;
    const attribution = (await box('.maplibregl-ctrl-bottom-right'))!;
    const sidebar = (await box('.sidebar'))!;
    expect(scale.y + scale.height).toBeLessThanOrEqual(dock.y + 1);
    expect(attribution.y + attribution.height).toBeLessThanOrEqual(dock.y + 1);
    expect(dock.x + dock.width).toBeLessThanOrEqual(sidebar.x + 1);
    // the table fits the dock's width (no clipped columns at 1400 px)
    const fits = await page.evaluate(() => { const b = document.querySelector('.plan-dock-body')!; return b.scrollWidth <= b.clientWidth + 1; });
    expect(fits).toBe(true);
    await screenshot(page, 'plan-dashboard-demo-en');
    await page.locator('button[data-dock-tab="costs"]').click();
    await page.getByTestId('plan-yearly').waitFor();
    await screenshot(page, 'plan-dashboard-demo-costs-en');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  }, 300_000);
});
