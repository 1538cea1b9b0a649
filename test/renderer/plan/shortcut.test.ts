import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../contract/ipc';
import { shortcutFor } from '../../../renderer/state/shortcuts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}, target: unknown = null) =>
  shortcutFor({ key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt, target: target as EventTarget });

describe('plan shortcut and command', () => {
  it('Ctrl/Cmd+Shift+P runs the plan without taking over other shortcuts', () => {
    expect(key('P', { ctrl: true, shift: true })).toBe('run:plan');
    expect(key('p', { meta: true, shift: true })).toBe('run:plan');
    expect(key('p', { ctrl: true })).toBeNull();
    expect(key('p')).toBeNull();
    expect(key('S', { ctrl: true, shift: true })).toBe('save-as');
    expect(key('F5')).toBe('run:all');
    expect(key('P', { ctrl: true, shift: true }, { tagName: 'INPUT', type: 'text' })).toBeNull();
  });

  it('Enter on a focused button activates the button (sortable headers), elsewhere it finishes an area', () => {
    expect(key('Enter', {}, { tagName: 'BUTTON' })).toBeNull();
    expect(key('Enter', {}, { tagName: 'DIV' })).toBe('enter');
    expect(key('Enter')).toBe('enter');
  });

  it('the native menu can send run:plan', () => {
    expect((MENU_COMMANDS as readonly string[]).includes('run:plan')).toBe(true);
  });
});
