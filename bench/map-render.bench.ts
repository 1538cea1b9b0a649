/**
 * Map smoothness with many meters: builds the renderer, opens it in headless
 * Chromium (WebGL via SwiftShader, i.e. on the CPU), loads synthetic projects
 * and measures frame times while panning and zooming. The 10k-meter run is
 * the peer, and the same 100k view with the meter layer hidden is the floor
 * (basemap, areas, collectors); the ratios show what the meters cost. SwiftShader figures
 * are a floor: a real GPU is much faster.
 */
import { existsSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { printTable } from './lib';
import { syntheticProject } from './synthetic';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(`skipped: Chromium not found at ${chromiumPath}`);
  process.exit(0);
}
const configFile = new URL('../renderer/vite.config.ts', import.meta.url).pathname;
await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
const rows: Record<string, string | number>[] = [];
const FRAME_PROBE = `(async () => {
  const map = window.__fanplan.map;
  const times = [];
  let last = performance.now();
  const z0 = map.getZoom();
  await new Promise((resolve) => {
    let k = 0;
    const step = () => {
      const now = performance.now();
      times.push(now - last);
      last = now;
      if (k < 60) map.panBy([k % 20 < 10 ? 25 : -25, 8], { animate: false });
      else map.zoomTo(z0 + Math.sin((k - 60) / 6), { animate: false });
      if (++k < 120) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  times.shift();
  times.sort((a, b) => a - b);
  return { mean: times.reduce((s, t) => s + t, 0) / times.length, p95: times[Math.floor(times.length * 0.95)] };
})()`;
try {
  for (const [n, hideMeters] of [[10_000, false], [100_000, false], [100_000, true]] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.resolvedUrls!.local[0]);
    await page.waitForSelector('[data-map-ready="true"]');
    const project = syntheticProject(n);
    await page.evaluate(`window.__benchProject = ${JSON.stringify(project)}`);
    const loadMs = (await page.evaluate(`(async () => {
      const f = window.__fanplan;
      const t0 = performance.now();
      f.store.load(window.__benchProject);
      if (${hideMeters}) f.store.set({ layers: { ...f.store.getState().layers, meters: false } });
      await new Promise((r) => f.map.once('idle', r));
      return performance.now() - t0;
    })()`)) as number;
    // Passed as text: tsx would otherwise inject its __name helper into the page function.
    const frames = (await page.evaluate(FRAME_PROBE)) as { mean: number; p95: number };
    rows.push({ meters: hideMeters ? `${n} (layer hidden)` : n, 'load+first render s': loadMs / 1000, 'mean frame ms': frames.mean, 'p95 frame ms': frames.p95, fps: 1000 / frames.mean });
    await page.close();
  }
  const [a, b, empty] = rows;
  const frame = (r: Record<string, string | number>) => r['mean frame ms'] as number;
  printTable('Map pan/zoom with meters (headless Chromium, SwiftShader)', rows);
  console.log(`mean frame time ratios: 100k/10k ${(frame(b) / frame(a)).toFixed(2)}×, 100k/100k with the meter layer hidden ${(frame(b) / frame(empty)).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.close();
}
