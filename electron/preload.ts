/**
 * Preload (sandboxed, context-isolated): exposes exactly the contract's
 * `FanplanBridge` as `window.fanplan` and nothing else. The bridge logic is
 * in bridge.ts, which is tested without Electron.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('fanplan', createBridge(ipcRenderer));
