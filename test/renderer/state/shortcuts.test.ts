import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../renderer/state/shortcuts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}, target: unknown = null) =>
  shortcutFor({ key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt, target: target as EventTarget });

describe('keyboard shortcuts', () => {
  it('maps Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z (or Ctrl+Y) to redo', () => {
    expect(key('z', { ctrl: true })).toBe('undo');
    expect(key('z', { meta: true })).toBe('undo');
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(key('z', { meta: true, shift: true })).toBe('redo');
    expect(key('y', { ctrl: true })).toBe('redo');
  });
  it('maps file, delete, escape and tool keys', () => {
    expect(key('s', { ctrl: true })).toBe('save');
    expect(key('S', { ctrl: true, shift: true })).toBe('save-as');
    expect(key('o', { meta: true })).toBe('open');
    expect(key('Delete')).toBe('delete');
    expect(key('Escape')).toBe('escape');
    expect(key('m')).toBe('tool:add-meter');
    expect(key('z')).toBeNull();
    expect(key('b')).toBe('tool:box-select');
    expect(key('l')).toBe('tool:lasso');
    expect(key('a')).toBe('tool:draw-area');
    expect(key('Enter')).toBe('enter');
  });
  it('ignores keys typed into form fields', () => {
    expect(key('z', { ctrl: true }, { tagName: 'INPUT' })).toBeNull();
    expect(key('Delete', {}, { tagName: 'TEXTAREA' })).toBeNull();
    expect(key('b', {}, { tagName: 'INPUT', type: 'checkbox' })).toBe('tool:box-select');
  });
});
