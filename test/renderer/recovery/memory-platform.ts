/** An in-memory Platform for recovery and prompt tests: a fake file system and recovery slot behind the Platform interface (not a domain object). */
import type { Platform, RecoveryCopy, SaveOutcome } from '../../../renderer/platform/platform';

export type MemoryPlatform = Platform & { saved: Record<string, Uint8Array>; recovery: RecoveryCopy | null; readError: Error | null; calls: string[]; saveResult: 'saved' | 'cancelled' | 'error' };

export function memoryPlatform(): MemoryPlatform {
  const p: MemoryPlatform = {
    kind: 'web', saved: {}, recovery: null, readError: null, calls: [], saveResult: 'saved',
    async openProject() { p.calls.push('open'); return { status: 'cancelled' }; },
    async saveProject(bytes, name) { return save(bytes, name); },
    async saveProjectAs(bytes, name) { return save(bytes, name); },
    async listRecent() { return []; },
    async openRecent() { return { status: 'cancelled' }; },
    setDocumentState() {},
    newDocument() { p.calls.push('newDocument'); },
    onMenuCommand() { return () => undefined; },
    async pickFiles() { return []; },
    async saveFile(bytes, name) { return save(bytes, name); },
    async writeRecovery(copy) { p.calls.push('writeRecovery'); p.recovery = copy; },
    async readRecovery() { if (p.readError) throw p.readError; return p.recovery; },
    async clearRecovery() { p.calls.push('clearRecovery'); p.recovery = null; },
  };
  async function save(bytes: Uint8Array, name: string): Promise<SaveOutcome> {
    p.calls.push('save');
    if (p.saveResult === 'error') return { status: 'error', message: `${name}: disk full` };
    if (p.saveResult === 'cancelled') return { status: 'cancelled' };
    p.saved[name] = bytes;
    return { status: 'saved', name };
  }
  return p;
}
