/**
 * Browser printing of a report (web mode): the HTML goes into a hidden
 * iframe (`sandbox="allow-same-origin allow-modals"`: no scripts run in it;
 * same-origin so the app may call its `print()`, modals so the print dialog
 * may open) and the browser's print dialog prints that frame, where the user
 * can choose "Save as PDF". The frame is removed after the dialog closes.
 */

/** Print `html` through the browser's print dialog; resolves once the dialog has been opened and closed. */
export function printHtmlInFrame(html: string, title: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('data-testid', 'report-print-frame');
    frame.title = title;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      try {
        const w = frame.contentWindow;
        if (!w) throw new Error('the print frame has no window');
        w.document.title = title;
        w.focus();
        w.print(); // blocks until the dialog closes in Chromium
        resolve();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        setTimeout(() => frame.remove(), 1000);
      }
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}
