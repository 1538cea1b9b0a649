/**
 * Keyboard shortcuts: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (and Ctrl+Y) redo,
 * Ctrl/Cmd+O open, Ctrl/Cmd+S save (+Shift: save as), Delete/Backspace
 * delete selection, Escape clears selection and tool, V/M/C pick tools.
 */
import type { Tool } from './app-state';

export type ShortcutCommand = 'undo' | 'redo' | 'open' | 'save' | 'save-as' | 'delete' | 'escape' | `tool:${Tool}`;

/** Map a key event to a command, or null. Ignores typing in form fields. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { target?: EventTarget | null }): ShortcutCommand | null {
  const el = e.target as { tagName?: string; isContentEditable?: boolean } | null | undefined;
  if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)) return null;
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y' && !e.shiftKey) return 'redo';
    if (k === 'o') return 'open';
    if (k === 's') return e.shiftKey ? 'save-as' : 'save';
    return null;
  }
  if (e.altKey) return null;
  if (k === 'delete' || k === 'backspace') return 'delete';
  if (k === 'escape') return 'escape';
  if (k === 'v') return 'tool:select';
  if (k === 'm') return 'tool:add-meter';
  if (k === 'c') return 'tool:add-collector';
  return null;
}
