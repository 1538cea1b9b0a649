/**
 * Autosave and recovery in the browser (IndexedDB): edit → autosave → reload
 * → "Recover unsaved work…?" → Recover brings the edit back as an unsaved
 * document; Discard removes the copy; a damaged copy is reported, not fatal.
 * `?autosaveMs=1000` shortens the 30 s default so the test need not wait.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';

const fastUrl = () => { const u = new URL(inject('baseUrl')); u.searchParams.set('autosaveMs', '1000'); return u.toString(); };

/** The stored recovery record's meter count and title, or null. */
function storedCopy(page: Page): Promise<{ meters: number; title: string } | null> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('fanplan-recovery', 1);
    req.onupgradeneeded = () => { if (!req.result.objectStoreNames.contains('copies')) req.result.createObjectStore('copies'); };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('copies', 'readonly').objectStore('copies').get('current');
      get.onsuccess = () => { db.close(); const v = get.result as { meta: { meters: number; title: string } } | undefined; resolve(v ? { meters: v.meta.meters, title: v.meta.title } : null); };
      get.onerror = () => { db.close(); reject(get.error); };
    };
  }));
}

async function addMeter(page: Page): Promise<number> {
  await page.locator('button[data-tool="add-meter"]').click();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + 140, box.y + 120);
  return appState<number>(page, 's => s.doc.meters.length');
}

async function editAndWaitForCopy(page: Page): Promise<number> {
  const meters = await addMeter(page);
  await expect.poll(() => storedCopy(page), { timeout: 20_000 }).toEqual({ meters, title: expect.any(String) });
  return meters;
}

describe('autosave and recovery (web, IndexedDB)', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('recovers an edit after a reload, as an unsaved document', async () => {
    const page = await openApp(browser, fastUrl());
    const meters = await editAndWaitForCopy(page);
    const added = await appState<[number, number]>(page, 's => { const m = s.doc.meters[s.doc.meters.length - 1]; return [m.lon, m.lat]; }');
    page.on('dialog', (d) => void d.accept()); // beforeunload: leave anyway
    await page.reload();
    const prompt = page.getByTestId('confirm-recovery');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.textContent()).toMatch(new RegExp(`Recover unsaved work from .+ \\(.+, ${meters} meters\\)\\?`));
    // Recover is the default button: Enter picks it
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('recover');
    await screenshot(page, 'recovery-prompt');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length')).toBe(meters);
    expect(await appState<[number, number]>(page, 's => { const m = s.doc.meters[s.doc.meters.length - 1]; return [m.lon, m.lat]; }')).toEqual(added);
    expect(await appState<boolean>(page, 's => s.doc !== s.savedDoc')).toBe(true);
    expect(await page.getByTestId('dirty').getAttribute('class')).toBe('dirty');
    await waitForMapIdle(page);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  it('Discard removes the copy and opens the start project', async () => {
    const page = await openApp(browser, fastUrl());
    const original = await appState<number>(page, 's => s.doc.meters.length');
    await editAndWaitForCopy(page);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByTestId('confirm-recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('confirm-recovery').locator('button[data-choice="discard"]').click();
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length'), { timeout: 30_000 }).toBe(original);
    expect(await appState<boolean>(page, 's => s.doc === s.savedDoc')).toBe(true);
    expect(await storedCopy(page)).toBeNull();
    // the next start offers nothing
    await page.reload();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    expect(await page.getByTestId('confirm-recovery').count()).toBe(0);
  });

  it('recovers a big project (the 30k-meter demo, serialised in slices) instead of generating the demo again', async () => {
    const page = await openApp(browser, fastUrl(), 'demo');
    await page.waitForFunction(() => (window as unknown as { __fanplan: { store: { getState(): { doc: { meters: unknown[] } } } } }).__fanplan.store.getState().doc.meters.length === 30_000, undefined, { timeout: 90_000 });
    const meters = await editAndWaitForCopy(page);
    expect(meters).toBe(30_001);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByTestId('confirm-recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('confirm-recovery').locator('button[data-choice="recover"]').click();
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length'), { timeout: 60_000 }).toBe(30_001);
    expect(await appState<boolean>(page, 's => s.doc.meta.synthetic === true && s.doc !== s.savedDoc')).toBe(true);
    expect(await page.getByTestId('demo-progress').count()).toBe(0);
  });

  it('a damaged copy is reported and discarded; the app starts normally', async () => {
    const page = await openApp(browser, fastUrl());
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('fanplan-recovery', 1);
      req.onupgradeneeded = () => { if (!req.result.objectStoreNames.contains('copies')) req.result.createObjectStore('copies'); };
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction('copies', 'readwrite');
        tx.objectStore('copies').put({ meta: { title: 'broken.fanplan', fileName: 'broken.fanplan', meters: 3, savedAtMs: Date.now() }, bytes: new TextEncoder().encode('{"formatVersion": 1, "meta": ') }, 'current');
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await page.getByTestId('confirm-recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('confirm-recovery').locator('button[data-choice="recover"]').click();
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The recovery copy could not be read and was discarded');
    expect(await notice.textContent()).toContain('broken.fanplan');
    await screenshot(page, 'recovery-damaged');
    await notice.getByRole('button').click();
    expect(await storedCopy(page)).toBeNull();
    await expect.poll(() => appState<number>(page, 's => s.doc.meters.length'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
