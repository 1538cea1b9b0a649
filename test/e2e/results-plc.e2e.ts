import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot, waitForMapIdle } from './browser';
import { clickRun, renderedCount, resultsOf, settle, waitForResult } from './results-helpers';

describe('PLC results on the map', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('runs PLC and colours the LV feeders by SNR, with per-area results', async () => {
    const page = await openApp(browser, inject('baseUrl'));
    await clickRun(page, 'run-plc');
    await waitForResult(page, 'plc');
    await page.getByTestId('shown-medium').selectOption('plc');
    await settle(page);
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'result-plc-feeders-line')).toBeGreaterThan(0);
    const connected = await resultsOf<number>(page, 'r => { const m = r.plc.meters; let k = 0; for (let i = 0; i < m.reason.length; i++) if (m.reason[i] === 0) k++; return k / m.reason.length; }');
    expect(connected).toBeGreaterThan(0.9);
    await screenshot(page, 'results-plc-feeders');
  });
});
