/**
 * Keyboard shortcuts: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (and Ctrl+Y) redo,
 * Ctrl/Cmd+O open, Ctrl/Cmd+S save (+Shift: save as), Ctrl/Cmd+Shift+P plan, Ctrl/Cmd+Shift+R report, Delete/Backspace
 * delete the selection (or the last vertex while drawing), Escape cancels,
 * Enter finishes an area, and single keys pick tools (see TOOL_KEYS).
 */
import type { Tool } from './app-state';

export type ShortcutCommand = 'undo' | 'redo' | 'open' | 'save' | 'save-as' | 'delete' | 'escape' | 'enter' | 'run:all' | 'run:plan' | 'import' | 'file:report' | `tool:${Tool}`;

/** The key that picks each tool (shown in tooltips and menus). */
export const TOOL_KEYS: Record<Tool, string> = {
  select: 'V', 'box-select': 'B', lasso: 'L', 'add-meter': 'M', 'add-collector': 'C', 'draw-area': 'A',
};

const byKey = new Map(Object.entries(TOOL_KEYS).map(([tool, k]) => [k.toLowerCase(), tool as Tool]));

/** Inputs that take no typing, so shortcuts still work while they have focus. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'range', 'color', 'file', 'submit', 'reset']);

/** Map a key event to a command, or null. Ignores typing in form fields. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { target?: EventTarget | null }): ShortcutCommand | null {
  const el = e.target as { tagName?: string; type?: string; isContentEditable?: boolean } | null | undefined;
  const typing = el && ((el.tagName === 'INPUT' && !NON_TEXT_INPUTS.has(el.type ?? 'text')) || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  if (typing) return null;
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y' && !e.shiftKey) return 'redo';
    if (k === 'o') return 'open';
    if (k === 'i' && !e.shiftKey) return 'import';
    if (k === 's') return e.shiftKey ? 'save-as' : 'save';
    if (k === 'p' && e.shiftKey) return 'run:plan';
    if (k === 'r' && e.shiftKey) return 'file:report';
    return null;
  }
  if (e.altKey) return null;
  if (k === 'delete' || k === 'backspace') return 'delete';
  if (k === 'escape') return 'escape';
  if (k === 'f5') return 'run:all';
  // Enter on a focused button or link activates it (keyboard access), it does not finish an area
  if (k === 'enter') return el && (el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY') ? null : 'enter';
  const tool = byKey.get(k);
  return tool ? `tool:${tool}` : null;
}
