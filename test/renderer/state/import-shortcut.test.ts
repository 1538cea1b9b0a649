import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../renderer/state/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('import shortcut', () => {
  it('Ctrl/Cmd+I opens the import dialog; plain I and typing in a field do not', () => {
    expect(shortcutFor(key('i', { ctrlKey: true }))).toBe('import');
    expect(shortcutFor(key('I', { metaKey: true }))).toBe('import');
    expect(shortcutFor(key('i'))).toBeNull();
    expect(shortcutFor({ ...key('i', { ctrlKey: true }), target: { tagName: 'INPUT', type: 'text' } as unknown as EventTarget })).toBeNull();
  });
});
