/** Layer toggles with a legend of each layer's symbols. */
import { LAYER_IDS, type LayerId } from '../../contract/ipc';
import { t, type MessageKey } from '../i18n/messages';
import { COLORS } from '../map/layer-style';
import { useAppState, useAppStore } from '../state/use-store';

const swatches: Record<LayerId, { label: string; color: string; shape: 'dot' | 'line' | 'box' }[]> = {
  areas: Object.entries(COLORS.areaByClass).map(([k, c]) => ({ label: k, color: c, shape: 'box' })),
  buildings: [{ label: 'footprint', color: COLORS.building, shape: 'box' }],
  roads: [{ label: 'street', color: COLORS.roadCasing, shape: 'line' }],
  feeders: [{ label: 'LV feeder', color: COLORS.feeder, shape: 'line' }],
  meters: Object.entries(COLORS.meterByIndoor).map(([k, c]) => ({ label: k, color: c, shape: 'dot' })),
  collectors: Object.entries(COLORS.collectorByMedium).map(([k, c]) => ({ label: k, color: c, shape: 'dot' })),
};

export function LayerPanel() {
  const store = useAppStore();
  const layers = useAppState((s) => s.layers);
  const doc = useAppState((s) => s.doc);
  const counts: Record<LayerId, number> = {
    areas: doc.areas.length, buildings: doc.buildings.length, roads: doc.roads.length,
    feeders: doc.grid.feeders.length, meters: doc.meters.length, collectors: doc.collectors.length,
  };
  return (
    <section className="panel" aria-label={t('panel.layers')}>
      <h2>{t('panel.layers')}</h2>
      <ul className="layers">
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" data-layer={id} checked={layers[id]} onChange={() => store.set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } }))} />
              {t(`layer.${id}` as MessageKey)} <span className="count">{counts[id].toLocaleString()}</span>
            </label>
            {layers[id] && counts[id] > 0 && (
              <ul className="legend">
                {swatches[id].map((s) => <li key={s.label}><i className={`sw ${s.shape}`} style={{ background: s.color }} />{s.label}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
