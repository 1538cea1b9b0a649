/**
 * Engine faults and the memory check in the real browser, without any test
 * hook in the app:
 * - a project whose input makes the star engine throw a structured error
 *   (a star profile with neither collectors nor an inter-site distance);
 * - a worker that dies mid-run: the test harness (Chrome DevTools, through
 *   playwright's worker handle) makes the mesh worker drop its next reply and
 *   throw an uncaught error instead, which the pool treats as death and
 *   replaces the worker.
 * Both show the error in the run panel with "Run again"; the document is
 * untouched and a re-run succeeds.
 * - the memory question: the page's `performance.memory` reports a 1 MiB heap
 *   limit (an init script; the app reads the browser API as always).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { appState, launch, openApp, screenshot, startUrl, waitForMapIdle } from './browser';

type Win = { __fanplan: { store: { getState(): { results: { running: boolean; mesh: { finishedAt: number } | null; star: unknown; errors: Record<string, string | undefined> } }; canUndo: boolean } } };
const idle = (page: Page) => page.waitForFunction(() => !(window as unknown as Win).__fanplan.store.getState().results.running, undefined, { timeout: 120_000 });

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('button[data-menu="file"]').click();
  await page.locator('button[data-cmd="file:open"]').click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function showRunPanel(page: Page): Promise<void> {
  await page.locator('button[data-tab="analysis"]').click();
  await page.getByTestId('run-mesh').waitFor();
}

describe('engine faults in the run panel', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('a star run on a profile with no sites shows the engine error; fixing the project and Run again succeeds', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const good = JSON.parse(readFileSync(new URL('../../datasets/fixtures/small-town.fanplan', import.meta.url), 'utf8'));
    const broken = {
      ...good,
      collectors: good.collectors.filter((c: { medium: string }) => c.medium !== 'star'),
      profiles: good.profiles.map((p: { medium: string; interSiteDistanceM?: number }) => { if (p.medium !== 'star') return p; const { interSiteDistanceM: _drop, ...rest } = p; return rest; }),
    };
    await openFile(page, 'no-star-sites.fanplan', Buffer.from(JSON.stringify(broken)));
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { fileName: string | null } } } }).__fanplan.store.getState().fileName === 'no-star-sites.fanplan');
    await showRunPanel(page);
    const before = await appState<string>(page, 's => JSON.stringify(s.doc)');
    await page.getByTestId('run-star').click();
    await idle(page);
    const fault = page.getByTestId('run-error-star');
    await fault.waitFor();
    expect(await fault.textContent()).toMatch(/Wireless star: the engine stopped with an error.*no collectors and no interSiteDistanceM/);
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(before);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    // the user fixes the profile (Profiles tab in real life; one undoable edit here) and runs again
    await page.evaluate(() => {
      const store = (window as unknown as { __fanplan: { store: { edit(f: (p: { profiles: { medium: string }[] }) => unknown): void } } }).__fanplan.store;
      store.edit((p) => ({ ...p, profiles: p.profiles.map((x) => (x.medium === 'star' ? { ...x, interSiteDistanceM: 3000 } : x)) }));
    });
    await page.getByTestId('run-again').click();
    await idle(page);
    await expect.poll(() => appState<boolean>(page, 's => s.results.star !== null && !s.results.errors.star')).toBe(true);
    expect(await page.getByTestId('run-faults').count()).toBe(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('a mesh worker that dies mid-run: error shown, earlier results and document kept, Run again succeeds on a fresh worker', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await showRunPanel(page);
    await page.getByTestId('run-mesh').click();
    await idle(page);
    const first = await appState<number>(page, 's => s.results.mesh.finishedAt');
    const docBefore = await appState<string>(page, 's => JSON.stringify(s.doc)');
    const worker = page.workers().find((w) => /mesh\.worker/.test(w.url()));
    expect(worker, `no mesh worker among ${page.workers().map((w) => w.url()).join(', ')}`).toBeDefined();
    // from outside the app: the worker's next reply is swallowed and it throws an uncaught error instead (a crash mid-run)
    await worker!.evaluate(() => {
      (self as unknown as { postMessage: () => void }).postMessage = () => { setTimeout(() => { throw new Error('simulated crash in the mesh worker'); }, 0); };
    });
    await page.getByTestId('run-mesh').click();
    await idle(page);
    const fault = page.getByTestId('run-error-mesh');
    await fault.waitFor();
    expect(await fault.textContent()).toMatch(/RF mesh: the engine stopped with an error.*the worker stopped unexpectedly/);
    expect(await page.getByTestId('run-faults').textContent()).toContain('Your project is unchanged');
    expect(await appState<number>(page, 's => s.results.mesh.finishedAt')).toBe(first);
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(docBefore);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Win).__fanplan.store.canUndo)).toBe(false);
    expect(await appState<boolean>(page, 's => s.results.running === false && s.results.job === null')).toBe(true);
    await waitForMapIdle(page);
    await screenshot(page, 'engine-fault-panel');
    await page.getByTestId('run-again').click();
    await idle(page);
    await expect.poll(() => appState<number>(page, 's => s.results.mesh.finishedAt')).toBeGreaterThan(first);
    expect(await page.getByTestId('run-faults').count()).toBe(0);
  });

  it('asks before a run that may not fit in memory; "Run on the visible extent" runs the viewport', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => {
      Object.defineProperty(performance, 'memory', { configurable: true, get: () => ({ jsHeapSizeLimit: 1024 * 1024, totalJSHeapSize: 0, usedJSHeapSize: 0 }) });
    });
    await page.goto(startUrl(inject('baseUrl'), 'fixture'));
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    await showRunPanel(page);
    await page.getByTestId('run-mesh').click();
    const prompt = page.getByTestId('confirm-memory');
    await prompt.waitFor();
    expect(await prompt.textContent()).toMatch(/This run may need about [0-9.]+ MiB; about 1 MiB is available\./);
    expect(await appState<boolean>(page, 's => s.results.running')).toBe(false);
    await screenshot(page, 'memory-prompt');
    await prompt.locator('button[data-choice="cancel"]').click();
    expect(await appState<unknown>(page, 's => s.results.mesh')).toBeNull();
    await page.getByTestId('run-mesh').click();
    await prompt.locator('button[data-choice="viewport"]').click();
    await idle(page);
    await expect.poll(() => appState<string | null>(page, 's => s.results.mesh && s.results.mesh.scope.kind')).toBe('viewport');
  });
});
