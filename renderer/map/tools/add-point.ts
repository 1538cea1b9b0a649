/**
 * The add tools: click to add a meter, or a collector of the chosen medium
 * and profile; a collector clicked near a candidate site goes onto the site.
 */
import { t, type MessageKey } from '../../i18n/messages';
import { placementProfile } from '../../state/tool-actions';
import { nextId, updaters } from '../../state/updaters';
import { snapSite } from './snap';
import type { MapMouse, ToolContext, ToolHandlers } from './tool';

export function addPointTool({ map, store }: ToolContext): ToolHandlers {
  return {
    click(e: MapMouse) {
      const s = store.getState();
      if (s.tool === 'add-meter') {
        const id = nextId('M', s.doc.meters);
        store.edit((p) => updaters.addMeter(p, { id, lon: e.lngLat.lng, lat: e.lngLat.lat }), () => ({ selection: [{ kind: 'meter', id }] }));
        return true;
      }
      if (s.tool !== 'add-collector') return false;
      const { medium } = s.placement;
      const profileId = placementProfile(s.doc, medium, s.placement.profileId);
      if (!profileId) {
        store.set({ notice: { level: 'error', title: t('notice.noProfile'), lines: [t('notice.noProfileLine', { medium: t(`medium.${medium}` as MessageKey) })] } });
        return true;
      }
      const id = nextId('C', s.doc.collectors);
      const site = snapSite(map, s.doc, e.point, s.layers.sites);
      const at = site ? { lon: site.lon, lat: site.lat, siteId: site.id } : { lon: e.lngLat.lng, lat: e.lngLat.lat };
      store.edit((p) => updaters.addCollector(p, { id, ...at, heightM: site?.heightM ?? 10, medium, profileId }), () => ({ selection: [{ kind: 'collector', id }] }));
      return true;
    },
  };
}
