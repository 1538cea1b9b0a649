/** Layer toggles with a legend of each layer's symbols. */
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { MAP_LAYER_IDS, type MapLayerId } from '../map/layer-ids';
import { COLORS } from '../map/layer-style';
import { useAppState, useAppStore } from '../state/use-store';

type Swatch = { label: string; color: string; shape: 'dot' | 'line' | 'box' };

function swatches(id: MapLayerId): Swatch[] {
  const from = (table: Record<string, string>, prefix: string, shape: Swatch['shape']) => Object.entries(table).map(([k, c]) => ({ label: t(`${prefix}.${k}` as MessageKey), color: c, shape }));
  switch (id) {
    case 'areas': return from(COLORS.areaByClass, 'areaClass', 'box');
    case 'buildings': return [{ label: t('legend.footprint'), color: COLORS.building, shape: 'box' }];
    case 'roads': return [{ label: t('legend.street'), color: COLORS.roadCasing, shape: 'line' }];
    case 'feeders': return [{ label: t('legend.feeder'), color: COLORS.feeder, shape: 'line' }];
    case 'sites': return [{ label: t('legend.site'), color: COLORS.site, shape: 'dot' }];
    case 'meters': return from(COLORS.meterByIndoor, 'indoor', 'dot');
    case 'collectors': return from(COLORS.collectorByMedium, 'medium', 'dot');
  }
}

export function LayerPanel() {
  const store = useAppStore();
  const layers = useAppState((s) => s.layers);
  const doc = useAppState((s) => s.doc);
  const counts: Record<MapLayerId, number> = {
    areas: doc.areas.length, buildings: doc.buildings.length, roads: doc.roads.length, feeders: doc.grid.feeders.length,
    meters: doc.meters.length, collectors: doc.collectors.length, sites: doc.candidateSites.length,
  };
  return (
    <section className="panel" aria-label={t('panel.layers')}>
      <h2>{t('panel.layers')}</h2>
      <ul className="layers">
        {MAP_LAYER_IDS.map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" data-layer={id} checked={layers[id]} onChange={() => store.set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } }))} />
              {t(`layer.${id}` as MessageKey)} <span className="count">{fmtNumber(counts[id])}</span>
            </label>
            {layers[id] && counts[id] > 0 && (
              <ul className="legend">
                {swatches(id).map((s) => <li key={s.label}><i className={`sw ${s.shape}`} style={{ background: s.color }} />{s.label}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
