/**
 * Helpers for the import end-to-end tests: open File › Import…, pick a kind,
 * choose files through the real file chooser, and read the project.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { appState } from './browser';

/** ../shared/data/geo beside the repository (DESIGN.md §6). */
export const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'geo');
export const HAVE_GEO = existsSync(GEO_DIR);
export const SKIP_GEO = `SKIPPED: ${GEO_DIR} not found; the real-data import tests need ../shared/data beside the repository (DESIGN.md §6)`;
if (!HAVE_GEO) console.warn(SKIP_GEO);

/** A fresh temp directory with the given files written into it; returns their paths. */
export function tempFiles(files: Record<string, string | Buffer>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'fanplan-import-'));
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) { out[name] = join(dir, name); writeFileSync(out[name], content); }
  return out;
}

/** Open the import dialog from the File menu and select a kind. */
export async function openImport(page: Page, kind: string): Promise<void> {
  await page.locator('button[data-menu="file"]').click();
  await page.locator('button[data-cmd="file:import"]').click();
  await page.getByTestId('import').waitFor();
  await page.locator(`input[name="import-kind"][value="${kind}"]`).check();
}

/** Click "Choose file…" and give the chooser real files. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles(paths);
}

/** Wait for the preview and return its text. */
export async function previewText(page: Page): Promise<string> {
  const preview = page.getByTestId('import-preview');
  await preview.waitFor({ timeout: 60_000 });
  return (await preview.textContent()) ?? '';
}

/** Counts of the project's entity lists. */
export function projectCounts(page: Page): Promise<Record<string, number>> {
  return appState(page, `s => ({ meters: s.doc.meters.length, buildings: s.doc.buildings.length, roads: s.doc.roads.length, sites: s.doc.candidateSites.length, transformers: s.doc.grid.transformers.length, feeders: s.doc.grid.feeders.length, areas: s.doc.areas.length, terrain: s.doc.terrain.length })`);
}

/** The document as JSON (to compare before/after). */
export const docJson = (page: Page): Promise<string> => appState<string>(page, 's => JSON.stringify(s.doc)');

/** Close an info notice if one is shown. */
export async function closeNotice(page: Page): Promise<string> {
  const n = page.getByTestId('notice');
  if (!(await n.count())) return '';
  const text = (await n.textContent()) ?? '';
  await n.getByRole('button').click();
  return text;
}
