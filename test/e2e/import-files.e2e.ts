import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot } from './browser';
import { chooseFiles, closeNotice, docJson, openImport, previewText, projectCounts, tempFiles } from './import-helpers';

const point = (lon: number, lat: number, props: Record<string, unknown>) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } });
const square = (lon: number, lat: number, d: number, props: Record<string, unknown>) => ({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] } });
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('import generated CSV and GeoJSON files through the dialog', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('meters from CSV (lon/lat, ids clashing with the project are renamed), then one undo restores the project', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    const f = tempFiles({ 'new-meters.csv': 'id,lon,lat,height_m\nM1,139.4701,35.7551,1.5\nM2,139.4702,35.7552,2\nX9,139.4703,35.7553,\n' });
    await openImport(page, 'meters-csv');
    await chooseFiles(page, [f['new-meters.csv']]);
    expect(await previewText(page)).toContain('3 meters');
    expect(await page.getByTestId('import-consent').count()).toBe(0);
    await page.getByTestId('import-apply').click();
    const notice = await closeNotice(page);
    expect(notice).toMatch(/2 meters ids clashed with existing ones and were renamed \(e\.g\. M1 → M1-2\)/);
    expect(await appState<string[]>(page, 's => s.doc.meters.slice(-3).map((m) => m.id)')).toEqual(['M1-2', 'M2-2', 'X9']);
    await page.keyboard.press('Control+z');
    expect(await docJson(page)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect((await projectCounts(page)).meters).toBe(523);
  });

  it('meters from CSV in plane rectangular x/y with a CRS, from GeoJSON points, and from buildings per dwelling', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const f = tempFiles({
      'xy.csv': 'id,x,y\nP1,-30000,-27000\nP2,-30010,-27010\n',
      'points.geojson': fc([point(139.471, 35.756, { id: 'g1', floor: 2 }), point(139.472, 35.757, { id: 'g2' })]),
      'buildings.geojson': fc([square(139.47, 35.75, 0.0003, { id: 'B-a', 'building:levels': 5, unitsPerFloor: 4 }), square(139.471, 35.75, 0.0002, { id: 'B-b' })]),
    });
    await openImport(page, 'meters-csv');
    await page.getByTestId('import-crs-input').fill('EPSG:6677');
    await chooseFiles(page, [f['xy.csv']]);
    await previewText(page);
    expect(await page.getByTestId('import-crs').textContent()).toBe('EPSG:6677');
    await page.getByTestId('import-apply').click();
    const [lon, lat] = await appState<[number, number]>(page, 's => [s.doc.meters.at(-1).lon, s.doc.meters.at(-1).lat]');
    expect(lon).toBeGreaterThan(139.3);
    expect(lat).toBeGreaterThan(35.4);

    await openImport(page, 'meters-geojson');
    await chooseFiles(page, [f['points.geojson']]);
    expect(await previewText(page)).toContain('2 meters');
    await page.getByTestId('import-apply').click();
    expect(await appState(page, 's => s.doc.meters.at(-2)')).toEqual({ id: 'g1', lon: 139.471, lat: 35.756, floor: 2 });

    await openImport(page, 'buildings');
    await page.locator('input[name="import-mode"][value="dwelling"]').check();
    await chooseFiles(page, [f['buildings.geojson']]);
    const text = await previewText(page);
    expect(text).toContain('21 meters');
    expect(text).toContain('2 buildings');
    await screenshot(page, 'import-buildings-preview');
    await page.getByTestId('import-apply').click();
    expect(await projectCounts(page)).toMatchObject({ meters: 520 + 2 + 2 + 21, buildings: 24 + 2 });
  });

  it('LV grid and areas from GeoJSON (class attribute pre-mapped), in Japanese', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    const f = tempFiles({
      'grid.geojson': fc([point(139.4705, 35.7555, { id: 'TX-new', ratingKva: 50 }), { type: 'Feature', properties: { transformerId: 'TX-new' }, geometry: { type: 'LineString', coordinates: [[139.4705, 35.7555], [139.4715, 35.7555]] } }]),
      'zones.geojson': fc([square(139.46, 35.74, 0.004, { class: 'rural', name: '北の畑' }), square(139.465, 35.74, 0.004, { class: 'Suburban', name: '南の住宅地' }), square(139.47, 35.74, 0.004, { class: 'industrial', name: '工業地' })]),
    });
    const counts0 = await projectCounts(page);
    await openImport(page, 'grid');
    await screenshot(page, 'import-choose-ja');
    await chooseFiles(page, [f['grid.geojson']]);
    expect(await previewText(page)).toContain('変圧器');
    await page.getByTestId('import-apply').click();
    expect(await projectCounts(page)).toMatchObject({ transformers: counts0.transformers + 1, feeders: counts0.feeders + 1 });

    await openImport(page, 'areas');
    await chooseFiles(page, [f['zones.geojson']]);
    await page.getByTestId('area-mapping').waitFor();
    expect(await page.getByTestId('map-attribute').inputValue()).toBe('class');
    expect(await page.locator('tr[data-value="rural"] select').inputValue()).toBe('rural');
    expect(await page.locator('tr[data-value="Suburban"] select').inputValue()).toBe('suburban');
    expect(await page.locator('tr[data-value="industrial"] select').inputValue()).toBe('');
    await page.getByTestId('map-default').selectOption('');
    await screenshot(page, 'import-areas-mapping-ja');
    await page.getByTestId('import-to-preview').click();
    await previewText(page);
    // the unmapped value without a default class is an error: import only with consent
    expect(await page.getByTestId('import-errors').textContent()).toContain('industrial');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByTestId('import-consent').check();
    await page.getByTestId('import-apply').click();
    expect(await appState<string[]>(page, 's => s.doc.areas.slice(-2).map((a) => a.name + ":" + a.class)')).toEqual(['北の畑:rural', '南の住宅地:suburban']);
    await page.evaluate(() => localStorage.clear());
  });

  it('exports meters, collectors and areas as GeoJSON and CSV', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const exportAs = async (entity: string, format: string) => {
      // no dialog or notice may be left open (its text is the failure message)
      expect(await page.evaluate(() => document.querySelector('.backdrop')?.textContent ?? '')).toBe('');
      await page.locator('button[data-menu="file"]').click();
      await page.locator('button[data-cmd="file:export"]').click();
      await page.locator(`input[name="export-entity"][value="${entity}"]`).check();
      await page.locator(`input[name="export-format"][value="${format}"]`).check();
      const download = page.waitForEvent('download');
      await page.getByTestId('export-save').click();
      const d = await download;
      const { readFileSync } = await import('node:fs');
      const path = await d.path();
      return { name: d.suggestedFilename(), text: readFileSync(path!, 'utf8') };
    };
    const m = await exportAs('meters', 'geojson');
    expect(m.name).toMatch(/-meters\.geojson$/);
    expect(JSON.parse(m.text).features).toHaveLength(520);
    const c = await exportAs('collectors', 'csv');
    expect(c.name).toMatch(/-collectors\.csv$/);
    expect(c.text.split('\n')[0]).toBe('id,lon,lat,height_m,medium,profile_id,site_id,name');
    const a = await exportAs('areas', 'csv');
    expect(a.text).toContain('POLYGON ((');
    expect(await page.getByTestId('export').count()).toBe(0);
  });
});
