/** The sidebar: tabs from the panel registry, showing the registered panels of the open tab. */
import { t } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';
import { panelsOf, sidebarTabs } from './registry';

export function Sidebar() {
  const store = useAppStore();
  const tab = useAppState((s) => s.sidebarTab);
  useAppState((s) => s.locale);
  const tabs = sidebarTabs();
  return (
    <aside className="sidebar">
      <div role="tablist" className="tabs" aria-label="sidebar">
        {tabs.map((x) => (
          <button key={x.id} role="tab" id={`tab-${x.id}`} aria-selected={tab === x.id} aria-controls={`tabpanel-${x.id}`} data-tab={x.id}
            className={tab === x.id ? 'tab active' : 'tab'} onClick={() => store.set({ sidebarTab: x.id })}>{t(x.label)}</button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {panelsOf(tab).map(({ id, Component }) => <Component key={id} />)}
      </div>
    </aside>
  );
}
