import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot } from './browser';

const here = (p: string) => new URL(p, import.meta.url).pathname;
const EXAMPLES = ['vendor-a-jpy.json', 'vendor-b-usd.json', 'vendor-c-eur.json'].map((f) => here(`../../datasets/proposals/examples/${f}`));
const INVALID = here('../fixtures/proposals/invalid-fields.json');

/** Pick files through the panel's Load button (the platform's hidden file input). */
async function loadFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('proposals-load').click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.split('/').pop()!, mimeType: 'application/json', buffer: readFileSync(f) })));
}

describe('vendor proposals: load, validate, compare side by side', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('loads three proposals and an invalid file, compares them with ARIB flags, exports CSV, in English and Japanese', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:en"]').click();
    await page.locator('button[data-tab="proposals"]').click();
    await expect(page.getByTestId('proposals-panel').textContent()).resolves.toContain('not saved in the project file');

    await loadFiles(page, EXAMPLES);
    await page.getByTestId('proposal-item').nth(2).waitFor();
    expect(await page.getByTestId('proposal-vendor').allTextContents()).toEqual(['Sakura Grid Networks (fictitious)', 'Northwind Metering (fictitious)', 'Apex Radio Systems (fictitious)']);
    const apexFlag = page.getByTestId('proposal-item').nth(2).getByTestId('reg-flag');
    expect(await apexFlag.getAttribute('data-severity')).toBe('violation');
    expect(await apexFlag.textContent()).toMatch(/27 dBm .*23\.98 dBm/);

    await loadFiles(page, [INVALID]);
    const err = page.getByTestId('proposal-error');
    await err.waitFor();
    expect(await err.getAttribute('data-file')).toBe('invalid-fields.json');
    expect(await err.textContent()).toMatch(/invalid-fields\.json: profiles\[0\]\.hopLimit: /);
    expect(await page.getByTestId('proposal-item').count()).toBe(3);
    await page.getByTestId('proposal-item').nth(2).getByTestId('proposal-detail-toggle').click();
    await page.getByTestId('proposal-detail').waitFor();
    await screenshot(page, 'proposals-manager');
    await page.getByTestId('proposal-detail').locator('h3').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'proposals-detail');

    // compare: the progress job appears (recorded by a store subscription, not by timing), then the view opens
    await page.evaluate(() => {
      const w = window as unknown as { __sawCompareJob?: boolean; __fanplan: { store: { subscribe(f: () => void): void; getState(): { proposals: { job: unknown } } } } };
      w.__fanplan.store.subscribe(() => { if (w.__fanplan.store.getState().proposals.job) w.__sawCompareJob = true; });
    });
    const before = await appState<string>(page, 's => JSON.stringify(s.doc)');
    await page.locator('button[data-menu="simulate"]').click();
    await page.locator('button[data-cmd="run:compare"]').click();
    // the bar may already be gone on a fast machine: screenshot it when it is there, assert through the store above
    const first = await Promise.race([page.getByTestId('proposals-panel').getByTestId('progress').waitFor({ timeout: 120_000 }).then(() => 'progress'), page.getByTestId('compare-view').waitFor({ timeout: 120_000 }).then(() => 'view')]);
    if (first === 'progress') await screenshot(page, 'proposals-progress').catch(() => undefined);
    await page.getByTestId('compare-view').waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => (window as unknown as { __sawCompareJob?: boolean }).__sawCompareJob)).toBe(true);
    expect(await page.getByTestId('compare-vendor').count()).toBe(3);
    expect(await page.getByTestId('compare-view').getByTestId('reg-flag').first().isVisible()).toBe(true);
    expect(await page.getByTestId('compare-view').locator('[data-testid="reg-flag"][data-severity="violation"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('best-overall').count()).toBe(1);
    expect(await page.getByTestId('compare-assumptions').textContent()).toMatch(/1 EUR = 160 JPY, 1 USD = 150 JPY/);
    await page.locator('.tco-chart [data-renderer="uplot"] canvas').first().waitFor();
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(before);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    await screenshot(page, 'proposals-comparison-en');

    const download = page.waitForEvent('download');
    await page.getByTestId('compare-export').click();
    const file = await download;
    const csv = readFileSync((await file.path())!, 'utf8').split('\n');
    expect(csv[0]).toBe('vendor,file,area_id,area_class,meters,medium,profile,recommended,read_success_mean,read_success_p5,meters_served,collectors,capex,opex_per_year,tco,tco_per_meter,meets_target,regulatory');
    expect(csv.filter((r) => r.split(',')[2] === 'TOTAL')).toHaveLength(3);

    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    await expect(page.locator('button[data-tab="proposals"]').textContent()).resolves.toBe('提案');
    await expect(page.getByTestId('compare-view').locator('h2').textContent()).resolves.toBe('ベンダー比較');
    expect(await page.getByTestId('compare-view').locator('[data-severity="violation"]').first().textContent()).toContain('ARIB 違反');
    await screenshot(page, 'proposals-comparison-ja');

    // Esc closes the view; an edit marks the comparison outdated
    await page.keyboard.press('Escape');
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    await page.evaluate(() => {
      const s = (window as unknown as { __fanplan: { store: { edit(f: (p: { meters: unknown[] }) => unknown): void } } }).__fanplan.store;
      s.edit((p) => ({ ...p, meters: p.meters.slice(1) }));
    });
    expect(await page.getByTestId('proposals-last-run').getAttribute('data-stale')).toBe('true');
    expect((page as Page & { errors?: string[] }).errors ?? []).toEqual([]);
  });
});
