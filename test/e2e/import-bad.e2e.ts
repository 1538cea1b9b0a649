import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot } from './browser';
import { chooseFiles, docJson, GEO_DIR, HAVE_GEO, openImport, previewText, projectCounts, SKIP_GEO, tempFiles } from './import-helpers';

/** A one-polygon Shapefile (.shp only) with a square of `sizeM` at x0, y0 (plane coordinates, metres). */
function squareShp(x0: number, y0: number, sizeM: number): Buffer {
  const pts = [[x0, y0], [x0, y0 + sizeM], [x0 + sizeM, y0 + sizeM], [x0 + sizeM, y0], [x0, y0]];
  const content = 4 + 32 + 4 + 4 + 4 + 16 * pts.length;
  const b = Buffer.alloc(100 + 8 + content);
  const box = (o: number) => { b.writeDoubleLE(x0, o); b.writeDoubleLE(y0, o + 8); b.writeDoubleLE(x0 + sizeM, o + 16); b.writeDoubleLE(y0 + sizeM, o + 24); };
  b.writeInt32BE(9994, 0); b.writeInt32BE(b.length / 2, 24); b.writeInt32LE(1000, 28); b.writeInt32LE(5, 32); box(36);
  b.writeInt32BE(1, 100); b.writeInt32BE(content / 2, 104);
  let o = 108;
  b.writeInt32LE(5, o); box(o + 4); o += 36;
  b.writeInt32LE(1, o); b.writeInt32LE(pts.length, o + 4); b.writeInt32LE(0, o + 8); o += 12;
  for (const [x, y] of pts) { b.writeDoubleLE(x, o); b.writeDoubleLE(y, o + 8); o += 16; }
  return b;
}

const errors = (page: Page) => (page as unknown as { errors: string[] }).errors;

describe('bad import files: clear messages, partial import only with consent, the project untouched otherwise', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('a CSV with text in coordinate columns: row/field errors, and the valid rows only after consent', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const f = tempFiles({ 'bad.csv': 'id,lon,lat\nA1,139.471,35.751\nB1,abc,35.752\nC1,139.473,north\nD1,139.474,35.754\n' });
    await openImport(page, 'meters-csv');
    await chooseFiles(page, [f['bad.csv']]);
    await previewText(page);
    const rows = await page.locator('[data-testid="import-errors"] tbody tr').allTextContents();
    expect(rows).toEqual(['bad.csvrow 3lon"abc" is not a number', 'bad.csvrow 4lat"north" is not a number']);
    expect(await page.getByTestId('import-consent-label').textContent()).toBe('Import 2 valid items, skip 2 with errors');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'import-bad-csv-preview');
    await page.getByTestId('import-consent').check();
    await page.getByTestId('import-apply').click();
    expect(await appState<string[]>(page, 's => s.doc.meters.slice(-2).map((m) => m.id)')).toEqual(['A1', 'D1']);
    expect(errors(page)).toEqual([]);
  });

  it('GeoJSON with the wrong geometry types for meters: per-feature errors, nothing to import, Cancel leaves the project as it was', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    const f = tempFiles({ 'lines.geojson': JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[139.47, 35.75], [139.48, 35.76]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[139.47, 35.75], [139.48, 35.75], [139.48, 35.76], [139.47, 35.75]]] } },
    ] }) });
    await openImport(page, 'meters-geojson');
    await chooseFiles(page, [f['lines.geojson']]);
    await previewText(page);
    const text = (await page.getByTestId('import-errors').textContent())!;
    expect(text).toContain('geometry type LineString is not a Point');
    expect(text).toContain('geometry type Polygon is not a Point');
    expect(text).toContain('feature 1');
    expect(await page.getByTestId('import-nothing').textContent()).toContain('Nothing can be imported');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'import-bad-geojson-preview');
    await page.getByTestId('import-cancel').click();
    expect(await page.getByTestId('import').count()).toBe(0);
    expect(await docJson(page)).toBe(before);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
  });

  it('a truncated .hgt.zip and a file that is not OSM: clear whole-file errors, nothing imported', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    const zip = zipSync({ 'N35E139.hgt': new Uint8Array(1201 * 1201 * 2).map((_, i) => i % 251) });
    const f = tempFiles({ 'N35E139.hgt.zip': Buffer.from(zip.subarray(0, Math.floor(zip.length / 2))), 'notes.osm': 'this is not XML at all' });
    await openImport(page, 'terrain');
    await chooseFiles(page, [f['N35E139.hgt.zip']]);
    await previewText(page);
    expect(await page.getByTestId('import-errors').textContent()).toMatch(/N35E139\.hgt\.zipwhole file.*zip archive is corrupt or truncated/);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'import-bad-zip-preview');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('import').count()).toBe(0);
    await openImport(page, 'osm');
    await chooseFiles(page, [f['notes.osm']]);
    await previewText(page);
    expect(await page.getByTestId('import-errors').textContent()).toMatch(/notes\.osm/);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByTestId('import-cancel').click();
    expect(await docJson(page)).toBe(before);
    expect(errors(page)).toEqual([]);
  });

  it('a Shapefile in plane coordinates without .prj: an error asking for the CRS; with EPSG:6677 given it imports', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const counts0 = await projectCounts(page);
    const f = tempFiles({ 'zones.shp': squareShp(-30000, -27000, 500) });
    await openImport(page, 'areas');
    await chooseFiles(page, [f['zones.shp']]);
    await page.getByTestId('area-mapping').waitFor();
    expect(await page.getByTestId('area-mapping').textContent()).toContain('no attributes');
    await page.getByTestId('import-to-preview').click();
    await previewText(page);
    expect(await page.getByTestId('import-errors').textContent()).toContain('no .prj file and the coordinates are not longitude/latitude: give the CRS');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'import-bad-shp-noprj-preview');
    await page.getByTestId('import-back').click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByTestId('import-crs-input').fill('EPSG:6677');
    await chooseFiles(page, [f['zones.shp']]);
    await page.getByTestId('import-to-preview').click();
    await previewText(page);
    expect(await page.getByTestId('import-crs').textContent()).toBe('EPSG:6677');
    await page.getByTestId('import-apply').click();
    expect((await projectCounts(page)).areas).toBe(counts0.areas + 1);
    expect(await appState<string>(page, 's => s.doc.areas.at(-1).class')).toBe('suburban');
  });

  it.skipIf(!HAVE_GEO)(HAVE_GEO ? 'the Osaka wards without their .prj: imported as longitude/latitude with a warning' : `the Osaka wards without their .prj — ${SKIP_GEO}`, async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await openImport(page, 'areas');
    await chooseFiles(page, ['shp', 'dbf', 'cpg'].map((e) => join(GEO_DIR, 'osaka', `osaka-wards.${e}`)));
    await page.getByTestId('import-to-preview').click();
    await previewText(page);
    await page.getByTestId('import-warnings').locator('summary').click();
    expect(await page.getByTestId('import-warnings').textContent()).toContain('no .prj file: the coordinates look like longitude/latitude');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await page.getByTestId('import-apply').isEnabled()).toBe(true);
  });
});
