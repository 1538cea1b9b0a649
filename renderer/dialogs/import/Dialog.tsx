/**
 * A modal dialog frame: role=dialog, labelled by its title, Escape closes,
 * focus moves into the dialog on open, Tab cycles inside it, and focus
 * returns to where it was on close. Key presses do not reach the app's
 * global shortcuts while the dialog is open.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ id, title, onClose, children, wide = false, testId, focusKey }: { id: string; title: string; onClose(): void; children: ReactNode; wide?: boolean; testId?: string; focusKey?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // keys pressed while focus is outside the dialog (e.g. after a file chooser) must not reach the app's shortcuts
    const guard = (e: globalThis.KeyboardEvent) => {
      if (ref.current?.contains(e.target as Node)) return;
      e.stopPropagation();
      if (e.key === 'Escape') { e.preventDefault(); close.current(); }
      else if (e.key === 'Tab') { e.preventDefault(); ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus(); }
    };
    window.addEventListener('keydown', guard, true);
    return () => { window.removeEventListener('keydown', guard, true); if (before && document.contains(before)) before.focus(); };
  }, []);
  useEffect(() => {
    if (ref.current?.contains(document.activeElement)) return;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, [focusKey]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') { e.preventDefault(); onClose(); return; }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.shiftKey && i <= 0) { e.preventDefault(); items[items.length - 1].focus(); }
    else if (!e.shiftKey && i === items.length - 1) { e.preventDefault(); items[0].focus(); }
  };
  return (
    <div className="backdrop">
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className={`dialog import-dialog${wide ? ' wide' : ''}`} data-testid={testId ?? id} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
