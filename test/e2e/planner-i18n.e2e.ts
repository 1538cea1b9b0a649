import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';

describe('planner languages', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('switches to Japanese from the menu, keeps it after a reload, and back to English', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    expect(await page.locator('button[data-tool="add-meter"]').textContent()).toContain('Add meter');
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:ja"]').click();
    expect(await appState<string>(page, 's => s.locale')).toBe('ja');
    expect(await page.locator('button[data-tool="add-meter"]').textContent()).toContain('メーター追加');
    expect(await page.getByTestId('meter-count').textContent()).toMatch(/^520 台のメーター$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('拡大');
    await page.locator('button[data-area="A1"]').click();
    await waitForMapIdle(page);
    await screenshot(page, 'planner-lang-ja');
    await page.locator('button[data-tab="profiles"]').click();
    expect(await page.getByTestId('profile-editor').textContent()).toContain('送信出力');
    await screenshot(page, 'planner-lang-ja-profiles');
    await page.reload();
    await page.waitForSelector('[data-map-ready="true"]');
    expect(await appState<string>(page, 's => s.locale')).toBe('ja');
    expect(await page.locator('button[data-menu="file"]').textContent()).toBe('ファイル');
    await page.locator('button[data-menu="language"]').click();
    await page.locator('button[data-cmd="lang:en"]').click();
    expect(await page.locator('button[data-menu="file"]').textContent()).toBe('File');
    await page.locator('button[data-area="A1"]').click();
    await waitForMapIdle(page);
    await screenshot(page, 'planner-lang-en');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
