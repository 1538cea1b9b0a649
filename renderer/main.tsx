/** Renderer entry: picks the platform, mounts the app and loads the start project (the demo region by default). */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { readProjectFile } from '../workers/model';
import { currentLocale, t } from './i18n/messages';
import { applyZodLocale } from './i18n/zod-locale';
import { loadDemo, startKind } from './dialogs/import/demo-start';
import { App } from './panels/App';
import { detectPlatform } from './platform';
import { autosaveDelayFromUrl, startAutosave } from './recovery/autosave';
import { offerRecovery, peekRecovery } from './recovery/recovery-start';
import { createAppStore, type AppStore } from './state/app-state';
import startProjectUrl from '../datasets/fixtures/small-town.fanplan?url';

async function loadFixture(store: AppStore): Promise<void> {
  try {
    const bytes = new Uint8Array(await (await fetch(startProjectUrl)).arrayBuffer());
    const r = readProjectFile(bytes, 'small-town.fanplan');
    if (r.ok) store.load(r.project, { savedDoc: r.project });
  } catch {
    // an empty project is a fine fallback when the start project cannot be read
  }
}

async function start(): Promise<void> {
  document.documentElement.lang = currentLocale();
  applyZodLocale(currentLocale());
  const platform = detectPlatform();
  const store = createAppStore();
  // unsaved work from an earlier session is offered before anything else is loaded
  const pending = await peekRecovery(platform);
  // default: the synthetic demo region (generated in the import worker); ?start=fixture | empty for tests
  const start = startKind(location.search);
  if (start === 'fixture' && !pending) await loadFixture(store);
  createRoot(document.getElementById('root')!).render(<App store={store} platform={platform} />);
  const recovered = pending ? (await offerRecovery(store, platform, pending)) === 'recovered' : false;
  startAutosave(store, platform, { quietMs: autosaveDelayFromUrl(location.search), guardUnload: platform.kind === 'web', onError: (e) => console.warn(t('recovery.writeFailed', { message: (e as Error)?.message ?? String(e) })) });
  if (recovered) return;
  if (start === 'fixture' && pending) await loadFixture(store);
  if (start === 'demo') void loadDemo(store, null);
}

void start();
