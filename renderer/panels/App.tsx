/** The application shell: menu bar with toolbar, map, tabbed sidebar, status bar, dialogs. */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { runCommand } from '../commands';
import { MapController } from '../map/map-controller';
import type { Platform } from '../platform';
import type { AppStore } from '../state/app-state';
import { documentState } from '../state/document-actions';
import { shortcutFor } from '../state/shortcuts';
import { StoreContext } from '../state/use-store';
import { registerDefaultPanels } from './default-panels';
import { ConfirmHost } from '../dialogs/confirm/ConfirmHost';
import { ImportHost } from '../dialogs/import/ImportHost';
import { ReportHost } from '../report/ReportHost';
import { MenuBar } from './MenuBar';
import { NoticeDialog } from './NoticeDialog';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

registerDefaultPanels();

export function App({ store, platform }: { store: AppStore; platform: Platform }) {
  const mapEl = useRef<HTMLDivElement>(null);
  // the whole tree re-renders when the language changes, so every t() call picks it up
  const locale = useSyncExternalStore(store.subscribe, () => store.getState().locale);
  useEffect(() => {
    const ctl = new MapController(mapEl.current!, store);
    (window as unknown as { __fanplan?: unknown }).__fanplan = { store, map: ctl.map, controller: ctl };
    return () => ctl.destroy();
  }, [store]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const cmd = shortcutFor(e);
      if (!cmd) return;
      e.preventDefault();
      runCommand(store, platform, cmd);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = platform.onMenuCommand((c) => runCommand(store, platform, c));
    let last = '';
    const offState = store.subscribe(() => {
      const st = documentState(store);
      const key = `${st.title}|${st.dirty}`;
      if (key !== last) { last = key; platform.setDocumentState(st); }
    });
    platform.setDocumentState(documentState(store));
    return () => { window.removeEventListener('keydown', onKey); offMenu(); offState(); };
  }, [store, platform]);
  return (
    <StoreContext.Provider value={store}>
      <div className="app" lang={locale} data-locale={locale}>
        <MenuBar onCommand={(c) => runCommand(store, platform, c)} />
        <main className="workspace">
          <div className="map" ref={mapEl} data-testid="map" />
          <Sidebar />
          <ImportHost platform={platform} />
          <ReportHost platform={platform} />
        </main>
        <StatusBar />
        <NoticeDialog />
        <ConfirmHost />
      </div>
    </StoreContext.Provider>
  );
}
