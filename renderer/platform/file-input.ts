/**
 * Browser file access shared by both platforms: a hidden `<input type=file>`
 * to pick files, and an `<a download>` to save bytes.
 */
import type { SaveOutcome } from './platform';

/** Let the user pick files; resolves with the chosen files (empty when cancelled). */
export function pickFilesWithInput(accept: string, multiple: boolean, testId = 'import-file-input'): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.setAttribute('data-testid', testId);
    input.addEventListener('change', () => { resolve(input.files ? Array.from(input.files) : []); input.remove(); }, { once: true });
    input.addEventListener('cancel', () => { resolve([]); input.remove(); }, { once: true });
    document.body.appendChild(input);
    input.click();
  });
}

/** Save bytes through the browser's download flow. */
export function downloadBytes(bytes: Uint8Array, name: string, mimeType = 'application/octet-stream'): SaveOutcome {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
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
