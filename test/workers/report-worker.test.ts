/**
 * The report worker over worker_threads (the same API the app's Web Worker
 * exposes): quick reports in both languages with overall progress, cancel
 * mid-run and run again, and result exports including binary rasters.
 */
import { fromArrayBuffer } from 'geotiff';
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadPool } from '../../cli/node-pool';
import type { ReportApi } from '../../workers/api/report-api';
import { createReportClient, type Progress } from '../../workers/clients/report-client';
import { JobCancelledError, type WorkerPool } from '../../workers/clients/worker-pool';
import { generateDemoProject } from '../../workers/engines/demo';
import { REPORT_STRINGS } from '../../workers/engines/report';
import { readPng } from '../engines/exporters/png-read';

const ENTRY = new URL('./report-thread.ts', import.meta.url).href;
let pool: WorkerPool<ReportApi> | undefined;
afterEach(() => pool?.close());

describe('report worker', () => {
  it('renders quick reports in English and Japanese with monotonic overall progress; the quick note and skipped sensitivity are in the report', async () => {
    pool = createThreadPool<ReportApi>(ENTRY, 1);
    const client = createReportClient(pool);
    const project = generateDemoProject({ seed: 3, meters: 3000 });
    const seen: Progress[] = [];
    const en = await client.render(project, { lang: 'en', quick: true, metersLimit: 800, generatedUtc: '2026-01-01 00:00 UTC' }, { onProgress: (p) => seen.push(p) });
    expect(en.meters).toBe(800);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(REPORT_STRINGS.en.sensitivitySkipped);
    expect(en.html).toContain('800 of 3,000 meters');
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(new Set(seen.map((p) => p.stage))).toContain('plan');
    const ja = await client.render(project, { lang: 'ja', quick: true, metersLimit: 800 });
    expect(ja.html).toContain('<html lang="ja">');
    expect(ja.html).toContain(REPORT_STRINGS.ja.sensitivitySkipped);
    expect(ja.html).toContain(REPORT_STRINGS.ja.comparison);
  }, 120_000);

  it('cancels a run once it reaches the planner, then renders again on the same pool', async () => {
    pool = createThreadPool<ReportApi>(ENTRY, 1);
    const client = createReportClient(pool);
    const project = generateDemoProject({ seed: 5, meters: 1500 });
    const ac = new AbortController();
    const run = client.render(project, { lang: 'en' }, { signal: ac.signal, onProgress: (p) => { if (p.stage === 'plan') ac.abort(); } });
    await expect(run).rejects.toBeInstanceOf(JobCancelledError);
    const again = await client.render(project, { lang: 'en', quick: true, metersLimit: 500 });
    expect(again.html).toMatch(/^<!DOCTYPE html>/);
  }, 120_000);

  it('exports meters with results as GeoJSON, the per-area table as CSV and a raster as GeoTIFF and PNG + world file', async () => {
    pool = createThreadPool<ReportApi>(ENTRY, 1);
    const client = createReportClient(pool);
    const project = generateDemoProject({ seed: 2, meters: 600 });
    const meters = await client.exportResults(project, { what: 'meters', format: 'geojson' });
    expect(meters.files).toHaveLength(1);
    const fc = JSON.parse(meters.files[0].data as string);
    expect(fc.features).toHaveLength(600);
    expect(fc.features[0].properties).toHaveProperty('daily_read_success');
    expect(fc.features[0].properties).toHaveProperty('recommended_medium');
    const perArea = await client.exportResults(project, { what: 'per-area', format: 'csv' });
    expect((perArea.files[0].data as string).split('\n')[0]).toMatch(/area/);
    const areaId = project.areas[0].id;
    const tif = await client.exportResults(project, { what: 'raster', format: 'geotiff', areaId, cellM: 100 });
    const image = await (await fromArrayBuffer((tif.files[0].data as Uint8Array).slice().buffer)).getImage();
    expect(image.getWidth() * image.getHeight()).toBe(tif.count);
    expect(image.getSamplesPerPixel()).toBe(3);
    const png = await client.exportResults(project, { what: 'raster', format: 'png', areaId, cellM: 100 });
    expect(png.files.map((f) => f.extension)).toEqual(['.png', '.pgw']);
    expect(readPng(png.files[0].data as Uint8Array).width * readPng(png.files[0].data as Uint8Array).height).toBe(png.count);
    expect((png.files[1].data as string).trim().split('\n')).toHaveLength(6);
    await expect(client.exportResults(project, { what: 'raster', format: 'png' })).rejects.toThrow(/needs an area/);
    await expect(client.exportResults(project, { what: 'per-area', format: 'kml' as 'csv' })).rejects.toThrow(/per-area can be exported as csv/);
  }, 120_000);
});
