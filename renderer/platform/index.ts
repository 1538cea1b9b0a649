/** Picks the platform: the Electron bridge when the preload exposed it, else the browser. */
import type { FanplanBridge } from '../../contract/ipc';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { Platform } from './platform';

export function detectPlatform(): Platform {
  const bridge = (globalThis as { fanplan?: FanplanBridge }).fanplan;
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
