/**
 * Browser implementation of {@link Platform}: the file picker opens files and
 * downloads save them. Recent files are not available in a browser.
 */
import { createIdbRecoveryStore } from '../recovery/idb-store';
import { printHtmlInFrame } from '../report/print-frame';
import { downloadBytes, pickFilesWithInput } from './file-input';
import type { OpenOutcome, Platform, SaveOutcome } from './platform';

const pickFile = async (accept: string): Promise<File | null> => (await pickFilesWithInput(accept, false, 'open-file-input'))[0] ?? null;
const download = (bytes: Uint8Array, name: string): SaveOutcome => downloadBytes(bytes, name);

export function createWebPlatform(): Platform {
  const recovery = createIdbRecoveryStore();
  return {
    kind: 'web',
    async openProject(): Promise<OpenOutcome> {
      const file = await pickFile('.fanplan,.json,.gz,application/json,application/gzip');
      if (!file) return { status: 'cancelled' };
      try {
        return { status: 'opened', file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
      } catch (e) {
        return { status: 'error', message: `${file.name}: cannot read the file (${(e as Error).message})` };
      }
    },
    async saveProject(bytes, name) {
      return download(bytes, name);
    },
    async saveProjectAs(bytes, name) {
      return download(bytes, name);
    },
    async listRecent() {
      return [];
    },
    async openRecent() {
      return { status: 'error', message: 'recent files are not available in the browser' };
    },
    setDocumentState({ title, dirty }) {
      document.title = `${dirty ? '• ' : ''}${title} — FANplan`;
    },
    newDocument() {
      // downloads have no current file to forget
    },
    pickFiles: (accept, multiple) => pickFilesWithInput(accept, multiple),
    async saveFile(bytes, name, mimeType) {
      return downloadBytes(bytes, name, mimeType);
    },
    async printReportPdf(html, name) {
      await printHtmlInFrame(html, name.replace(/\.pdf$/i, ''));
      return { status: 'print-dialog' };
    },
    writeRecovery: (copy) => recovery.write(copy),
    readRecovery: () => recovery.read(),
    clearRecovery: () => recovery.clear(),
    onMenuCommand() {
      return () => undefined;
    },
  };
}
