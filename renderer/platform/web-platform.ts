/**
 * Browser implementation of {@link Platform}: the file picker opens files and
 * downloads save them. Recent files are not available in a browser.
 */
import { downloadBytes, pickFilesWithInput } from './file-input';
import type { OpenOutcome, Platform, SaveOutcome } from './platform';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'open-file-input');
    input.addEventListener('change', () => { resolve(input.files?.[0] ?? null); input.remove(); }, { once: true });
    input.addEventListener('cancel', () => { resolve(null); input.remove(); }, { once: true });
    document.body.appendChild(input);
    input.click();
  });
}

function download(bytes: Uint8Array, name: string): SaveOutcome {
  const blob = new Blob([bytes as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', name };
}

export function createWebPlatform(): Platform {
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
    onMenuCommand() {
      return () => undefined;
    },
  };
}
