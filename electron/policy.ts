/**
 * Window security policy as plain functions (DESIGN.md §4): the
 * `webPreferences` of every window, which navigations are allowed, what
 * `window.open` does and how permission requests are answered. main.ts only
 * wires these into Electron's events, so the policy itself is unit-tested.
 */
import type { WebPreferences } from 'electron';
import { isAppOrigin } from './app-protocol';

/**
 * The renderer's `webPreferences`, every security switch written out rather
 * than left to a default that could change between Electron versions.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: true,
    // Middle-click (auxclick) on a link would ask for a new window; windowOpenPolicy denies it anyway, this stops the event at the source.
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * Whether the window may navigate (or be redirected) to `url`: only within
 * the app origin. Anything else (web pages, `file:`, `javascript:`, a dropped
 * file) is refused, so remote content can never get the preload API.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppOrigin(url);
}

/** `setWindowOpenHandler` answer: no new windows, ever. */
export function windowOpenPolicy(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Answer to a permission request or check (camera, geolocation,
 * notifications, clipboard read, ...). FANplan needs none of them, so every
 * permission is refused, whatever the origin.
 */
export function permissionPolicy(_permission: string, _requestingOrigin: string): boolean {
  return false;
}
