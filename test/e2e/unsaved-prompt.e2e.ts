/**
 * The unsaved-changes prompt: edit → File › New → "Save changes to …?"
 * Cancel (and Esc) keep the document; Don't save replaces it; Enter picks
 * Save, which downloads the project first.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readProjectFile } from '../../workers/model';
import { readFileSync } from 'node:fs';
import { appState, launch, openApp, screenshot } from './browser';

async function addMeter(page: Page): Promise<void> {
  await page.locator('button[data-tool="add-meter"]').click();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + 150, box.y + 130);
}
async function fileNew(page: Page): Promise<void> {
  await page.locator('button[data-menu="file"]').click();
  await page.locator('button[data-cmd="file:new-empty"]').click();
}

describe('unsaved-changes prompt', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('File › New with unsaved changes: Cancel and Esc keep the document, Don\'t save replaces it', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await addMeter(page);
    const edited = await appState<string>(page, 's => JSON.stringify(s.doc)');
    await fileNew(page);
    const prompt = page.getByTestId('confirm-unsaved');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Save changes to Small town (hand-made fixture)?');
    expect(await prompt.getAttribute('role')).toBe('dialog');
    await screenshot(page, 'unsaved-prompt');
    await prompt.locator('button[data-choice="cancel"]').click();
    expect(await prompt.count()).toBe(0);
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(edited);
    await fileNew(page);
    await prompt.waitFor();
    await page.keyboard.press('Escape');
    expect(await prompt.count()).toBe(0);
    expect(await appState<string>(page, 's => JSON.stringify(s.doc)')).toBe(edited);
    await fileNew(page);
    await prompt.locator('button[data-choice="dont-save"]').click();
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length')).toBe(0);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    // in Japanese
    await addMeter(page);
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:new-empty"]').click();
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('への変更を保存しますか?');
    await screenshot(page, 'unsaved-prompt-ja');
    await prompt.locator('button[data-choice="dont-save"]').click();
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:en"]').click();
    await page.evaluate(() => localStorage.clear());
    // a clean document is replaced without a question
    await page.locator('button[data-menu="file"]').click();
    await page.locator('button[data-cmd="file:new-empty"]').click();
    expect(await prompt.count()).toBe(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('Enter picks Save: the project is downloaded, then replaced', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await addMeter(page);
    const meters = await appState<number>(page, 's => s.doc.meters.length');
    await fileNew(page);
    await page.getByTestId('confirm-unsaved').waitFor();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    const saved = readProjectFile(new Uint8Array(readFileSync((await file.path())!)));
    expect(saved.ok && saved.project.meters.length).toBe(meters);
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length')).toBe(0);
  });
});
