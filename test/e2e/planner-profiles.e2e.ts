import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launch, openApp, screenshot, waitForMapIdle } from './browser';
import { docJson } from './planner-helpers';

describe('planner profile, cost and settings editors', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('flags an ARIB STD-T108 power violation inline; schema errors stay on the field; edits undo', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    await page.locator('button[data-tab="profiles"]').click();
    const editor = page.getByTestId('profile-editor');
    await editor.getByTestId('profile-select').selectOption('mesh-wisun-jp');
    await editor.getByTestId('regulatory-ok').waitFor();
    const power = editor.locator('input[data-field="txPowerDbm"]');
    await power.fill('20');
    await power.press('Enter');
    expect(await editor.getByTestId('finding-warning').first().textContent()).toMatch(/250 mW land mobile/);
    await power.fill('27');
    await power.press('Enter');
    expect(await appState<number>(page, "s => s.doc.profiles.find(p => p.id === 'mesh-wisun-jp').txPowerDbm")).toBe(27);
    expect(await editor.getByTestId('finding-violation').first().textContent()).toMatch(/27 dBm .* exceeds .*23\.98 dBm/);
    const freq = editor.locator('input[data-field="freqMHz"]');
    await freq.fill('abc');
    await freq.press('Enter');
    expect(await editor.getByTestId('error-freqMHz').textContent()).toMatch(/Enter a number/);
    const hops = editor.locator('input[data-field="hopLimit"]');
    await hops.fill('500');
    await hops.press('Enter');
    expect(await editor.getByTestId('error-hopLimit').textContent()).toMatch(/at most 64/);
    await waitForMapIdle(page);
    await screenshot(page, 'planner-profile-arib-violation');
    await page.keyboard.press('Escape');
    await page.locator('button[data-cmd="edit:undo"]').click();
    expect(await appState<number>(page, "s => s.doc.profiles.find(p => p.id === 'mesh-wisun-jp').txPowerDbm")).toBe(20);
    await page.locator('button[data-cmd="edit:undo"]').click();
    expect(await docJson(page)).toBe(before);
    await editor.getByTestId('regulatory-ok').waitFor();
  });

  it('edits cost assumptions and simulation settings with per-field validation, undoably', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    const before = await docJson(page);
    await page.locator('button[data-tab="settings"]').click();
    const costs = page.getByTestId('costs-panel');
    await costs.locator('input[data-field="discountRate"]').fill('4');
    await costs.locator('input[data-field="discountRate"]').press('Enter');
    expect(await appState<number>(page, 's => s.doc.costs.discountRate')).toBeCloseTo(0.04, 10);
    await costs.locator('input[data-field="currency"]').fill('yen');
    await costs.locator('input[data-field="currency"]').press('Enter');
    expect(await costs.getByTestId('error-currency').textContent()).toMatch(/ISO 4217/);
    expect(await appState<string>(page, 's => s.doc.costs.currency')).toBe('JPY');
    const sim = page.getByTestId('simulation-panel');
    await sim.locator('input[data-field="readSuccessTarget"]').fill('99.9');
    await sim.locator('input[data-field="readSuccessTarget"]').press('Enter');
    expect(await appState<number>(page, 's => s.doc.settings.readSuccessTarget')).toBeCloseTo(0.999, 10);
    await sim.locator('input[data-field="seed"]').fill('42');
    await sim.locator('input[data-field="seed"]').press('Enter');
    expect(await appState<number>(page, 's => s.doc.settings.seed')).toBe(42);
    await screenshot(page, 'planner-settings');
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    for (let i = 0; i < 3; i++) await page.locator('button[data-cmd="edit:undo"]').click();
    expect(await docJson(page)).toBe(before);
  });
});
