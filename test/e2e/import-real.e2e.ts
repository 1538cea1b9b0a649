import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { chooseFiles, closeNotice, docJson, GEO_DIR, HAVE_GEO, openImport, previewText, projectCounts, SKIP_GEO } from './import-helpers';

describe.skipIf(!HAVE_GEO)(HAVE_GEO ? 'import real data (../shared/data/geo)' : `import real data — ${SKIP_GEO}`, () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('OSM: Higashimurayama gives 1,174 meter candidates and roads; one undo restores the project', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    const counts0 = await projectCounts(page);
    await openImport(page, 'osm');
    await chooseFiles(page, [join(GEO_DIR, 'higashimurayama.osm')]);
    const text = await previewText(page);
    expect(text).toContain('higashimurayama.osm');
    expect(text).toContain('EPSG:4326');
    expect(await page.locator('[data-testid="import-counts"] [data-kind="meters"]').textContent()).toMatch(/^1,174 meters/);
    expect(await page.locator('[data-testid="import-counts"] [data-kind="roads"]').count()).toBe(1);
    expect(await page.getByTestId('import-preview-map').count()).toBe(1);
    await screenshot(page, 'import-osm-preview');
    await page.getByTestId('import-apply').click();
    const counts = await projectCounts(page);
    expect(counts.meters).toBe(counts0.meters + 1174);
    expect(counts.buildings).toBe(counts0.buildings + 1174);
    expect(counts.roads).toBeGreaterThan(counts0.roads);
    await closeNotice(page);
    await waitForMapIdle(page);
    await screenshot(page, 'import-osm-map');
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(before);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('Shapefile: the Osaka wards (.shp + .dbf + .prj + .cpg) become 24 areas through a class mapping', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const counts0 = await projectCounts(page);
    await openImport(page, 'areas');
    await chooseFiles(page, ['shp', 'dbf', 'prj', 'cpg'].map((e) => join(GEO_DIR, 'osaka', `osaka-wards.${e}`)));
    await page.getByTestId('area-mapping').waitFor();
    await page.getByTestId('map-attribute').selectOption('name_ja_rm');
    expect(await page.locator('.mapping-table tbody tr').count()).toBe(24);
    await page.locator('tr[data-value^="Kita-"] select').selectOption('high-rise');
    await page.locator('tr[data-value^="Chuo-"] select').selectOption('high-rise');
    await page.getByTestId('map-default').selectOption('dense-residential');
    expect(await page.getByTestId('map-unmapped').textContent()).toMatch(/22/);
    await screenshot(page, 'import-areas-mapping');
    await page.getByTestId('import-to-preview').click();
    const text = await previewText(page);
    expect(text).toContain('WKT: JGD2011');
    expect(await page.locator('[data-testid="import-counts"] [data-kind="areas"]').textContent()).toMatch(/^24 areas/);
    await screenshot(page, 'import-areas-preview');
    await page.getByTestId('import-apply').click();
    expect((await projectCounts(page)).areas).toBe(counts0.areas + 24);
    const classes = await appState<Record<string, number>>(page, 's => s.doc.areas.slice(-24).reduce((o, a) => ({ ...o, [a.class]: (o[a.class] ?? 0) + 1 }), {})');
    expect(classes).toEqual({ 'high-rise': 2, 'dense-residential': 22 });
    await closeNotice(page);
    await waitForMapIdle(page);
    await screenshot(page, 'import-areas-map');
  });

  it('terrain: an SRTM .hgt.zip and a GeoTIFF show their extent and heights, and become terrain references', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await openImport(page, 'terrain');
    await chooseFiles(page, [join(GEO_DIR, 'N49E011.hgt.zip')]);
    await previewText(page);
    expect(await page.getByTestId('import-bbox').textContent()).toBe('11.00000, 49.00000, 12.00000, 50.00000');
    expect(await page.getByTestId('import-dem').textContent()).toMatch(/Heights \d+ … \d,?\d+ m · 1,201 × 1,201 samples/);
    await screenshot(page, 'import-terrain-hgt-preview');
    await page.getByTestId('import-apply').click();
    expect(await closeNotice(page)).toContain('N49E011.hgt.zip');
    expect(await appState(page, 's => s.doc.terrain.at(-1)')).toEqual({ id: 'dem-1', format: 'hgt', path: 'N49E011.hgt.zip' });

    await openImport(page, 'terrain');
    await chooseFiles(page, [join(GEO_DIR, 'osaka', 'osaka-srtm1.tif')]);
    await previewText(page);
    expect(await page.getByTestId('import-crs').textContent()).toBe('EPSG:6668');
    const dem = (await page.getByTestId('import-dem').textContent())!;
    const [, min, max] = /Heights (-?[\d,]+) … (-?[\d,]+) m/.exec(dem)!;
    expect(Number(min.replace(/,/g, ''))).toBeLessThanOrEqual(5);
    expect(Number(max.replace(/,/g, ''))).toBe(924);
    await screenshot(page, 'import-terrain-geotiff-preview');
    await page.getByTestId('import-apply').click();
    await closeNotice(page);
    expect(await appState(page, 's => s.doc.terrain.map((t) => t.id + ":" + t.format + ":" + t.path)')).toEqual(['dem-1:hgt:N49E011.hgt.zip', 'dem-2:geotiff:osaka-srtm1.tif']);
    await page.keyboard.press('Control+z');
    expect(await appState<number>(page, 's => s.doc.terrain.length')).toBe(1);
  });
});
