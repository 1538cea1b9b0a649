/**
 * Print a report to PDF in the main process (DESIGN.md §4: printing and file
 * writes live in main). The renderer sends only the self-contained report
 * HTML and a suggested name, never a path: the HTML is written to a private
 * temp file, loaded into a hidden, sandboxed window with JavaScript
 * disabled, printed with `printToPDF` (A4, backgrounds), and saved where the
 * user chooses in a native dialog with an atomic write. Plain functions with
 * injected Electron parts, tested in Node (test/electron/report-print.test.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SaveOutcome } from '../contract/ipc';
import type { FileFilterLike } from './file-names';

/** What `webContents.printToPDF` gets: A4 with backgrounds (the report's colours and map fills). */
export const PRINT_PDF_OPTIONS = { pageSize: 'A4', printBackground: true } as const;

/** The parts of a hidden `BrowserWindow` the printer uses. */
export interface PdfWindowLike {
  loadURL(url: string): Promise<void>;
  printToPDF(options: typeof PRINT_PDF_OPTIONS): Promise<Uint8Array>;
  destroy(): void;
}

/** Injected Electron and file-system parts. */
export interface ReportPrintDeps {
  /** A new hidden window: `show: false`, sandboxed, context-isolated, `javascript: false`. */
  createWindow(): PdfWindowLike;
  /** The native save dialog for `fileName`; the chosen path or null when cancelled. */
  showSave(fileName: string): Promise<string | null>;
  /** Atomic write (electron/atomic-write.ts). */
  writeFile(file: string, bytes: Uint8Array): Promise<unknown>;
  /** Write the HTML to a private temp file; returns its path (default {@link writeTempHtml}). */
  writeTemp?(html: string): Promise<string>;
  /** Remove that temp file (default {@link removeTempHtml}). */
  removeTemp?(file: string): Promise<void>;
}

/** A safe PDF file name from a renderer suggestion: separators and reserved characters removed, `.pdf` appended. */
export function reportPdfFileName(suggestion: string): string {
  let name = suggestion.replace(/[/\\:*?"<>|\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/\.(html?|pdf)$/i, '').replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) name = 'report';
  return `${name}.pdf`;
}

/** Options for the PDF save dialog, proposing `fileName` in `dir`. */
export function pdfSaveDialogOptions(dir: string, fileName: string): { title: string; defaultPath: string; properties: ['createDirectory', 'showOverwriteConfirmation']; filters: FileFilterLike[] } {
  return { title: 'Save Report as PDF', defaultPath: path.join(dir, fileName), properties: ['createDirectory', 'showOverwriteConfirmation'], filters: [{ name: 'PDF', extensions: ['pdf'] }] };
}

/** Write `html` to report.html in a new private directory under the OS temp directory (mode 0600). */
export async function writeTempHtml(html: string, baseDir = tmpdir()): Promise<string> {
  const dir = await mkdtemp(path.join(baseDir, 'fanplan-report-'));
  const file = path.join(dir, 'report.html');
  await writeFile(file, html, { mode: 0o600 });
  return file;
}

/** Remove a file written by {@link writeTempHtml} and its directory. */
export async function removeTempHtml(file: string): Promise<void> {
  await rm(path.dirname(file), { recursive: true, force: true });
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The `printReportPdf` handler (arguments already validated by the IPC guard). */
export function createReportPrinter(deps: ReportPrintDeps): (html: string, suggestedName: string) => Promise<SaveOutcome> {
  const writeTemp = deps.writeTemp ?? ((h: string) => writeTempHtml(h));
  const removeTemp = deps.removeTemp ?? removeTempHtml;
  return async (html, suggestedName) => {
    const fileName = reportPdfFileName(suggestedName);
    let pdf: Uint8Array;
    let temp: string | null = null;
    let win: PdfWindowLike | null = null;
    try {
      temp = await writeTemp(html);
      win = deps.createWindow();
      await win.loadURL(pathToFileURL(temp).href);
      pdf = await win.printToPDF(PRINT_PDF_OPTIONS);
    } catch (e) {
      return { status: 'error', message: `Could not print ${fileName}: ${message(e)}` };
    } finally {
      win?.destroy();
      if (temp) await removeTemp(temp).catch(() => undefined);
    }
    const target = await deps.showSave(fileName);
    if (!target) return { status: 'cancelled' };
    const file = path.extname(target) === '' ? `${target}.pdf` : target;
    try {
      await deps.writeFile(file, pdf);
    } catch (e) {
      return { status: 'error', message: `Could not save ${path.basename(file)}: ${message(e)}` };
    }
    return { status: 'saved', name: path.basename(file) };
  };
}
