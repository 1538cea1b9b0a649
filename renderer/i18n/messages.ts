/**
 * UI strings. English is the reference; the Japanese catalogue (planned with
 * the planner UI) must provide the same keys.
 */
export const en = {
  'app.title': 'FANplan',
  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.new': 'New empty project',
  'menu.open': 'Open…',
  'menu.save': 'Save',
  'menu.saveAs': 'Save As…',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'tool.select': 'Select / move',
  'tool.addMeter': 'Add meter',
  'tool.addCollector': 'Add collector',
  'tool.delete': 'Delete selection',
  'panel.layers': 'Layers',
  'panel.inspector': 'Selection',
  'panel.analysis': 'Density check',
  'panel.settings': 'Map settings',
  'layer.areas': 'Areas',
  'layer.buildings': 'Buildings',
  'layer.roads': 'Roads',
  'layer.feeders': 'LV feeders',
  'layer.meters': 'Meters',
  'layer.collectors': 'Collectors',
  'analysis.run': 'Run density check',
  'analysis.cancel': 'Cancel',
  'analysis.radius': 'Radius (m)',
  'status.meters': 'meters',
  'status.collectors': 'collectors',
  'status.unsaved': 'unsaved changes',
  'status.saved': 'saved',
  'notice.close': 'Close',
  'settings.onlineBasemap': 'Online raster basemap (XYZ URL)',
  'settings.enableOnline': 'Show online basemap (needs network)',
  'synthetic.badge': 'Synthetic demo data',
} as const;

export type MessageKey = keyof typeof en;

/** Translate a key (English until the Japanese catalogue lands). */
export function t(key: MessageKey): string {
  return en[key];
}
