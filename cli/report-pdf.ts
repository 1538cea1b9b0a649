/**
 * Print a self-contained HTML report to PDF with headless Chromium
 * (playwright-core): page.setContent(html), then page.pdf (A4, backgrounds).
 * No network: every request the page makes is aborted.
 */
import { chromium } from 'playwright-core';

/** Default Chromium binary (Debian's chromium package); override with FANPLAN_CHROMIUM. */
export const CHROMIUM_PATH = process.env.FANPLAN_CHROMIUM ?? '/usr/bin/chromium';

/** Render `html` to PDF bytes. */
export async function htmlToPdf(html: string, o: { executablePath?: string } = {}): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: o.executablePath ?? CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#777"><span class="pageNumber"></span> / <span class="totalPages"></span></div>' });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
