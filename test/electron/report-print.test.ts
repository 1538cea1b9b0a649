/**
 * The main-process report printer (electron/report-print.ts) with fakes for
 * the hidden window, the save dialog and the atomic write, behind the real
 * IPC guard: what it loads and prints, the file it writes, cancel and
 * failures, invalid or oversized arguments, and a wrong sender.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MAX_REPORT_HTML_CHARS } from '../../contract/ipc';
import { guardHandler, type FrameLike, type TrustedWindow } from '../../electron/ipc-guard';
import { createReportPrinter, PRINT_PDF_OPTIONS, pdfSaveDialogOptions, removeTempHtml, reportPdfFileName, writeTempHtml, type PdfWindowLike, type ReportPrintDeps } from '../../electron/report-print';

const PDF = new TextEncoder().encode('%PDF-1.7 fake');
const HTML = '<!DOCTYPE html><html><body><h1>Report</h1></body></html>';

/** Fake Electron parts that record what the printer does. */
function fakes(o: { savePath?: string | null; printFails?: boolean; writeFails?: boolean } = {}) {
  const log: string[] = [];
  const written: [string, Uint8Array][] = [];
  let loadedHtml = '';
  const deps: ReportPrintDeps = {
    createWindow(): PdfWindowLike {
      log.push('create');
      return {
        async loadURL(url) { log.push('load'); loadedHtml = readFileSync(fileURLToPath(url), 'utf8'); },
        async printToPDF(options) { log.push(`print ${JSON.stringify(options)}`); if (o.printFails) throw new Error('printing failed'); return PDF; },
        destroy() { log.push('destroy'); },
      };
    },
    async showSave(name) { log.push(`dialog ${name}`); return o.savePath === undefined ? '/home/u/Documents/plan.pdf' : o.savePath; },
    async writeFile(file, bytes) { log.push(`write ${file}`); if (o.writeFails) throw new Error('EACCES: permission denied'); written.push([file, bytes]); },
  };
  return { deps, log, written, loaded: () => loadedHtml };
}

describe('report PDF printing (main process)', () => {
  it('loads the HTML from a temp file into the hidden window, prints A4 with backgrounds, then asks where to save and writes atomically', async () => {
    const f = fakes();
    const out = await createReportPrinter(f.deps)(HTML, 'Tokyo plan');
    expect(out).toEqual({ status: 'saved', name: 'plan.pdf' });
    expect(f.loaded()).toBe(HTML);
    expect(f.log).toEqual(['create', 'load', `print ${JSON.stringify(PRINT_PDF_OPTIONS)}`, 'destroy', 'dialog Tokyo plan.pdf', 'write /home/u/Documents/plan.pdf']);
    expect(PRINT_PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true });
    expect(f.written[0][1]).toBe(PDF);
  });

  it('adds .pdf to a path typed without an extension; cancelling the dialog writes nothing', async () => {
    const f = fakes({ savePath: '/tmp/x/report' });
    expect(await createReportPrinter(f.deps)(HTML, 'r')).toEqual({ status: 'saved', name: 'report.pdf' });
    expect(f.written[0][0]).toBe('/tmp/x/report.pdf');
    const c = fakes({ savePath: null });
    expect(await createReportPrinter(c.deps)(HTML, 'r')).toEqual({ status: 'cancelled' });
    expect(c.written).toEqual([]);
  });

  it('reports a print failure and a write failure with the file name, and always destroys the window and removes the temp file', async () => {
    const temps: string[] = [];
    const p = fakes({ printFails: true });
    const removed: string[] = [];
    const out = await createReportPrinter({ ...p.deps, writeTemp: async (h) => { const t = await writeTempHtml(h); temps.push(t); return t; }, removeTemp: async (t) => { removed.push(t); await removeTempHtml(t); } })(HTML, 'plan');
    expect(out).toEqual({ status: 'error', message: 'Could not print plan.pdf: printing failed' });
    expect(p.log).toContain('destroy');
    expect(p.log.some((l) => l.startsWith('dialog'))).toBe(false);
    expect(removed).toEqual(temps);
    expect(existsSync(temps[0])).toBe(false);
    const w = fakes({ writeFails: true });
    expect(await createReportPrinter(w.deps)(HTML, 'plan')).toEqual({ status: 'error', message: 'Could not save plan.pdf: EACCES: permission denied' });
  });

  it('names files safely and proposes them in the documents folder', () => {
    expect(reportPdfFileName('../../etc/passwd')).toBe('.. .. etc passwd.pdf');
    expect(reportPdfFileName('plan.html')).toBe('plan.pdf');
    expect(reportPdfFileName('')).toBe('report.pdf');
    expect(reportPdfFileName('A:B*?')).toBe('A B.pdf');
    expect(pdfSaveDialogOptions('/home/u/Documents', 'a.pdf')).toMatchObject({ defaultPath: path.join('/home/u/Documents', 'a.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('writes temp HTML privately and removes its directory', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'fanplan-print-test-'));
    const file = await writeTempHtml(HTML, base);
    expect(readFileSync(file, 'utf8')).toBe(HTML);
    await removeTempHtml(file);
    expect(await readdir(base)).toEqual([]);
  });
});

describe('report PDF printing behind the IPC guard', () => {
  const webContents = { id: 1 };
  const mainFrame: FrameLike = { url: 'app://fanplan/index.html', parent: null, processId: 7, routingId: 1 };
  const trusted: TrustedWindow = { webContents, mainFrame };

  it('runs for the main window with a valid HTML string and bare file name', async () => {
    const f = fakes();
    const h = guardHandler('printReportPdf', createReportPrinter(f.deps), () => trusted);
    await expect(h({ sender: webContents, senderFrame: mainFrame }, HTML, 'plan')).resolves.toEqual({ status: 'saved', name: 'plan.pdf' });
  });

  it.each([
    ['no arguments', []],
    ['an empty HTML string', ['', 'plan']],
    ['HTML that is not a string', [new Uint8Array([60]), 'plan']],
    ['a path as the suggested name', [HTML, '../../x.pdf']],
    ['a Windows path as the suggested name', [HTML, 'C:\\x.pdf']],
    ['an extra argument (a path to write)', [HTML, 'plan', '/etc/passwd']],
  ])('refuses %s without printing', async (_name, args) => {
    const f = fakes();
    const h = guardHandler('printReportPdf', createReportPrinter(f.deps), () => trusted);
    await expect(h({ sender: webContents, senderFrame: mainFrame }, ...(args as unknown[]))).rejects.toThrow(new RegExp(`^${IPC_CHANNELS.printReportPdf} refused: invalid arguments`));
    expect(f.log).toEqual([]);
  });

  it('refuses oversized HTML without printing', async () => {
    const f = fakes();
    const h = guardHandler('printReportPdf', createReportPrinter(f.deps), () => trusted);
    await expect(h({ sender: webContents, senderFrame: mainFrame }, 'x'.repeat(MAX_REPORT_HTML_CHARS + 1), 'plan')).rejects.toThrow(/report HTML too large/);
    expect(f.log).toEqual([]);
  });

  it.each([
    ['another webContents', { sender: { id: 2 }, senderFrame: mainFrame }, /not the main window/],
    ['a sub-frame (the report iframe)', { sender: webContents, senderFrame: { url: 'app://fanplan/index.html', parent: mainFrame, processId: 7, routingId: 3 } }, /sub-frame/],
    ['a page off the app origin', { sender: webContents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } }, /app origin/],
  ])('refuses a wrong sender: %s', async (_name, event, why) => {
    const f = fakes();
    const h = guardHandler('printReportPdf', createReportPrinter(f.deps), () => trusted);
    await expect(h(event, HTML, 'plan')).rejects.toThrow(why);
    expect(f.log).toEqual([]);
  });
});
