/**
 * The in-app report (File › Report…) and the results export: quick reports in
 * English and Japanese shown in a sandboxed iframe, Save HTML as a download,
 * and meters with results exported as GeoJSON. Screenshots of the report
 * view in both languages and of the export dialog.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPORT_STRINGS } from '../../workers/engines/report/strings';
import { launch, openApp, screenshot } from './browser';

async function generate(page: Page, lang: 'en' | 'ja'): Promise<void> {
  await page.locator(`input[name="report-lang"][value="${lang}"]`).check();
  const quick = page.getByTestId('report-quick');
  if (!(await quick.isChecked())) await quick.check();
  await page.getByTestId('report-generate').click();
  await page.waitForFunction((l) => document.querySelector('[data-testid="report-frame"]')?.getAttribute('lang') === l && !document.querySelector('[data-testid="report-view"] [data-testid="progress"]'), lang, { timeout: 120_000 });
}

describe('report view and results export', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('generates English and Japanese quick reports, saves the HTML and exports meters with results', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:report"]').click();
    await page.getByTestId('report-view').waitFor();
    expect(await page.getByTestId('report-frame').count()).toBe(0);
    expect(await page.getByTestId('report-save-html').isDisabled()).toBe(true);

    for (const lang of ['en', 'ja'] as const) {
      if (lang === 'ja') { // the Japanese report with the Japanese UI: close, switch the language, reopen with Ctrl+Shift+R
        await page.keyboard.press('Escape');
        expect(await page.getByTestId('report-view').count()).toBe(0);
        await page.locator('button[data-menu="language"]').click();
        await page.locator('button[data-cmd="lang:ja"]').click();
        await page.keyboard.press('Control+Shift+R');
        await page.getByTestId('report-frame').waitFor(); // the last (English) report is still shown
        expect(await page.getByTestId('report-generate').textContent()).toBe('作成');
      }
      await generate(page, lang);
      const frame = page.frameLocator('[data-testid="report-frame"]');
      expect(await frame.locator('h1').first().textContent()).toBe(REPORT_STRINGS[lang].title);
      expect(await frame.locator('h2', { hasText: REPORT_STRINGS[lang].comparison }).count()).toBe(1);
      expect(await frame.locator('table').count()).toBeGreaterThan(3);
      expect(await frame.locator('[data-testid="sensitivity-skipped"]').textContent()).toBe(REPORT_STRINGS[lang].sensitivitySkipped);
      expect(await page.getByTestId('report-frame').getAttribute('sandbox')).toBe('');
      // scroll the report to the comparison table for the screenshot
      const heading = frame.locator('h2', { hasText: REPORT_STRINGS[lang].comparison });
      await heading.evaluate((e) => { (e.ownerDocument.scrollingElement as HTMLElement).scrollTop = (e as HTMLElement).offsetTop - 8; });
      expect(await heading.evaluate((e) => (e.ownerDocument.scrollingElement as HTMLElement).scrollTop)).toBeGreaterThan(0);
      // Japanese text waits for the (large) CJK font before it paints
      await heading.evaluate((e) => e.ownerDocument.fonts.ready.then(() => true));
      await page.waitForTimeout(500);
      await screenshot(page, `report-view-${lang}`);
    }

    const download = page.waitForEvent('download');
    await page.getByTestId('report-save-html').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-report-ja\.html$/);
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain(REPORT_STRINGS.ja.title);
    expect(await page.getByTestId('report-status').textContent()).toContain(file.suggestedFilename());

    // Save PDF in the browser prints a hidden sandboxed copy through the print dialog (headless: no dialog)
    await page.getByTestId('report-save-pdf').click();
    const printFrame = page.getByTestId('report-print-frame');
    await printFrame.waitFor({ state: 'attached' });
    expect(await printFrame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    await printFrame.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('[data-testid="report-status"][role="alert"]').count()).toBe(0);

    await page.getByTestId('report-close').click();
    expect(await page.getByTestId('report-view').count()).toBe(0);

    // File › Export… → Results, routes and rasters…
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:export"]').click();
    await page.getByTestId('export-results-open').click();
    await page.getByTestId('export-results').waitFor();
    await page.locator('input[name="xr-what"][value="raster"]').check();
    await screenshot(page, 'export-results-dialog-raster');
    await page.locator('input[name="xr-what"][value="meters"]').check();
    await page.locator('input[name="xr-format"][value="geojson"]').check();
    await screenshot(page, 'export-results-dialog');
    const exported = page.waitForEvent('download');
    await page.getByTestId('xr-export').click();
    const geo = await exported;
    expect(geo.suggestedFilename()).toMatch(/-meters\.geojson$/);
    const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8')) as { type: string; features: { properties: Record<string, unknown>; geometry: { type: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBe(520);
    expect(fc.features[0].geometry.type).toBe('Point');
    for (const k of ['daily_read_success', 'recommended_medium']) expect(fc.features[0].properties).toHaveProperty(k);
    expect(fc.features.some((f) => typeof f.properties.daily_read_success === 'number' && (f.properties.daily_read_success as number) > 0)).toBe(true);
    await page.getByTestId('xr-status').waitFor();
    await screenshot(page, 'export-results-saved');
    // a coverage raster as PNG + world file: two downloads
    await page.locator('input[name="xr-what"][value="raster"]').check();
    await page.locator('input[name="xr-format"][value="png"]').check();
    await page.getByTestId('xr-cell').fill('50');
    const files: string[] = [];
    page.on('download', (d) => files.push(d.suggestedFilename()));
    await page.getByTestId('xr-export').click();
    await page.waitForFunction(() => /\.pgw/.test(document.querySelector('[data-testid="xr-status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.png', '.pgw']);
    // and as GeoTIFF, written by the geotiff package inside the report worker
    await page.locator('input[name="xr-format"][value="geotiff"]').check();
    const tif = page.waitForEvent('download');
    await page.getByTestId('xr-export').click();
    const tifFile = await tif;
    expect(tifFile.suggestedFilename()).toMatch(/-coverage-.+\.tif$/);
    const tifBytes = readFileSync((await tifFile.path())!);
    expect(['II*\0', 'MM\0*']).toContain(tifBytes.subarray(0, 4).toString('latin1')); // TIFF magic (either byte order)
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  }, 300_000);

  it('on the 30k-meter demo proposes quick mode, shows stage progress with an ETA, and Esc cancels a full run', async () => {
    const page = await openApp(browser, inject('baseUrl'), 'demo');
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length === 30_000, undefined, { timeout: 120_000 });
    await page.keyboard.press('Control+Shift+R');
    await page.getByTestId('report-view').waitFor();
    expect(await page.getByTestId('report-quick').isChecked()).toBe(true);
    await page.getByTestId('report-quick').uncheck();
    await page.getByTestId('report-generate').click();
    const progress = page.getByTestId('report-view').getByTestId('progress');
    // wait until the run is past compiling and the bar shows an ETA
    await page.waitForFunction(() => /— (?!compiling).+ \d+% · /.test(document.querySelector('[data-testid="report-view"] [data-testid="progress"]')?.textContent ?? ''), undefined, { timeout: 120_000 });
    expect(await progress.textContent()).toMatch(/Generating the report — .+ \d+% · /);
    await screenshot(page, 'report-view-progress');
    await page.keyboard.press('Escape');
    await page.getByTestId('report-status').waitFor();
    expect(await page.getByTestId('report-status').textContent()).toBe('Report cancelled.');
    expect(await progress.count()).toBe(0);
    expect(await page.getByTestId('report-view').count()).toBe(1); // Esc cancelled the run; a second Esc closes the view
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('report-view').count()).toBe(0);
  }, 300_000);
});
