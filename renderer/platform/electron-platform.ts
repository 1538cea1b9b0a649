/** {@link Platform} over the Electron preload bridge (`window.fanplan`). */
import type { FanplanBridge } from '../../contract/ipc';
import { downloadBytes, pickFilesWithInput } from './file-input';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: FanplanBridge): Platform {
  return {
    kind: 'electron',
    openProject: () => bridge.openProject(),
    saveProject: (bytes) => bridge.saveProject(bytes),
    saveProjectAs: (bytes, name) => bridge.saveProjectAs(bytes, name),
    listRecent: () => bridge.listRecent(),
    openRecent: (i) => bridge.openRecent(i),
    setDocumentState: (s) => void bridge.setDocumentState(s),
    newDocument: () => void bridge.newDocument(),
    onMenuCommand: (l) => bridge.onMenuCommand(l),
    printReportPdf: (html, name) => bridge.printReportPdf(html, name),
    writeRecovery: (copy) => bridge.writeRecovery(copy),
    readRecovery: () => bridge.readRecovery(),
    clearRecovery: () => bridge.clearRecovery(),
    // Import reads user-picked files in the renderer (allowed under the sandbox). Exports use the
    // download flow until the bridge has a generic save (a contract change for the lead).
    pickFiles: (accept, multiple) => pickFilesWithInput(accept, multiple),
    saveFile: async (bytes, name, mimeType) => downloadBytes(bytes, name, mimeType),
  };
}
