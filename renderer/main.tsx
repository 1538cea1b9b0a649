/** Renderer entry: picks the platform, mounts the app and loads the start project (the demo region by default). */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { readProjectFile } from '../workers/model';
import { currentLocale } from './i18n/messages';
import { loadDemo, startKind } from './dialogs/import/demo-start';
import { App } from './panels/App';
import { detectPlatform } from './platform';
import { createAppStore } from './state/app-state';
import startProjectUrl from '../datasets/fixtures/small-town.fanplan?url';

async function start(): Promise<void> {
  document.documentElement.lang = currentLocale();
  const platform = detectPlatform();
  const store = createAppStore();
  // default: the synthetic demo region (generated in the import worker); ?start=fixture | empty for tests
  const start = startKind(location.search);
  if (start === 'fixture') {
    try {
      const bytes = new Uint8Array(await (await fetch(startProjectUrl)).arrayBuffer());
      const r = readProjectFile(bytes, 'small-town.fanplan');
      if (r.ok) store.load(r.project, { savedDoc: r.project });
    } catch {
      // an empty project is a fine fallback when the start project cannot be read
    }
  }
  createRoot(document.getElementById('root')!).render(<App store={store} platform={platform} />);
  if (start === 'demo') void loadDemo(store, null);
}

void start();
