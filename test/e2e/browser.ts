/**
 * Launching Debian's Chromium for end-to-end tests, with WebGL through
 * SwiftShader (DESIGN.md §5), and helpers shared by the e2e files.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts', 'e2e');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** What the app opens: the small fixture (520 meters, the default for tests), an empty project, or the demo region. */
export type StartKind = 'fixture' | 'empty' | 'demo';

/** The app's URL for a start kind (`?start=…`; the demo is the app's own default). */
export function startUrl(baseUrl: string, start: StartKind): string {
  const u = new URL(baseUrl);
  if (start !== 'demo') u.searchParams.set('start', start);
  return u.toString();
}

/** Open the app (the small fixture unless `start` says otherwise) and wait until the map has loaded and rendered the project. */
export async function openApp(browser: Browser, baseUrl: string, start: StartKind = 'fixture'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(startUrl(baseUrl, start));
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  await waitForMapIdle(page);
  return page;
}

/** Wait until MapLibre reports no pending tiles or transitions. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __fanplan: { map: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } } }).__fanplan.map;
    const done = () => setTimeout(resolve, 50);
    if (map.loaded()) { map.once('idle', done); map.triggerRepaint(); } else map.once('idle', done);
  }));
}

/** Save a screenshot under test-artifacts/e2e and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Evaluate an expression against the app's store (exposed for tests as window.__fanplan). */
export function appState<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const s = window.__fanplan.store.getState(); return (${fn})(s); })()`) as Promise<T>;
}

/** Distinct colours and non-background share of the map canvas (is the map blank?). */
export function canvasStats(page: Page): Promise<{ distinct: number; width: number; height: number }> {
  return page.evaluate(() => {
    const src = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = 200; c.height = 150;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const set = new Set<number>();
    for (let i = 0; i < d.length; i += 4) set.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return { distinct: set.size, width: src.width, height: src.height };
  });
}
