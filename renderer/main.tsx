/** Renderer entry: picks the platform, loads the start project and mounts the app. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { readProjectFile } from '../workers/model';
import { currentLocale } from './i18n/messages';
import { App } from './panels/App';
import { detectPlatform } from './platform';
import { createAppStore } from './state/app-state';
import startProjectUrl from '../datasets/fixtures/small-town.fanplan?url';

async function start(): Promise<void> {
  document.documentElement.lang = currentLocale();
  const platform = detectPlatform();
  const store = createAppStore();
  try {
    const bytes = new Uint8Array(await (await fetch(startProjectUrl)).arrayBuffer());
    const r = readProjectFile(bytes, 'small-town.fanplan');
    if (r.ok) store.load(r.project, { savedDoc: r.project });
  } catch {
    // an empty project is a fine fallback when the start project cannot be read
  }
  createRoot(document.getElementById('root')!).render(<App store={store} platform={platform} />);
}

void start();
