import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readProjectFile } from '../../workers/model';
import { appState, launch, openApp, screenshot } from './browser';

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('button[data-menu="file"]').click();
  await page.locator('button[data-cmd="file:open"]').click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('files: save, reopen, and malformed input', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('save then reopen gives an identical project', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await page.locator('button[data-tool="add-meter"]').click();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + 100, box.y + 100);
    const before = await appState<string>(page, 's => JSON.stringify(s.doc)');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await download;
    const saved = readFileSync((await file.path())!);
    expect(file.suggestedFilename()).toMatch(/\.fanplan$/);
    const parsed = readProjectFile(new Uint8Array(saved));
    expect(parsed.ok).toBe(true);
    expect(await page.getByTestId('dirty').textContent()).toMatch(/saved/);
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:new-empty"]').click();
    expect(await appState<number>(page, 's => s.doc.meters.length')).toBe(0);
    await openFile(page, file.suggestedFilename(), saved);
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length > 0);
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(before);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
  });

  const good = JSON.parse(readFileSync(new URL('../../datasets/fixtures/small-town.fanplan', import.meta.url), 'utf8'));
  const cases: [string, string, RegExp][] = [
    ['bad JSON', '{"formatVersion": 1, "meta": {"name": "x"', /not valid JSON/],
    ['unknown version', JSON.stringify({ ...good, formatVersion: 99 }), /version 99/],
    ['NaN coordinate', JSON.stringify(good).replace(/"lon":\s*[0-9.]+/, '"lon": NaN'), /meters\[0\]\.lon: expected a finite number, got NaN/],
    ['missing field', JSON.stringify({ ...good, meters: [{ id: 'x', lat: 35.7 }] }), /meters\[0\]\.lon: required/],
  ];
  for (const [label, text, message] of cases) {
    it(`a malformed file (${label}) shows an error naming the problem and leaves the project untouched`, async () => {
      const page = await openApp(browser, inject('baseUrl'));
      const before = await appState<string>(page, 's => JSON.stringify(s.doc)');
      await openFile(page, `broken-${label.replace(/\s+/g, '-')}.fanplan`, Buffer.from(text));
      const notice = page.getByTestId('notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(message);
      expect(await notice.textContent()).toContain(`broken-${label.replace(/\s+/g, '-')}.fanplan`);
      if (label === 'NaN coordinate') await screenshot(page, 'malformed-file-error');
      await notice.getByRole('button').click();
      expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(before);
    });
  }
});
