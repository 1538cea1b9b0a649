/**
 * Which fields the profile, cost and settings editors show, per profile
 * medium, with labels and display scaling.
 */
import { MEDIA, PLC_BANDS, STAR_TECHNOLOGIES, type Medium } from '../../workers/model';
import { t, type MessageKey } from '../i18n/messages';
import type { FieldSpec } from './form';

const num = (key: string, kind: 'number' | 'int' = 'number', extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, label: `field.${key}` as MessageKey, kind, ...extra });

const common: FieldSpec[] = [
  { key: 'name', label: 'field.name', kind: 'text' },
  { key: 'vendor', label: 'field.vendor', kind: 'text' },
  num('payloadBytes', 'int'),
];

const radio: FieldSpec[] = [num('freqMHz'), num('txPowerDbm'), num('antennaGainDbi'), num('cableLossDb')];

/** Profile fields per medium (data rates are edited as a table). */
export const PROFILE_FIELDS: Record<Medium, FieldSpec[]> = {
  mesh: [...common, ...radio, num('collectorAntennaGainDbi'), num('collectorHeightM'), num('maxRangeM'), num('maxNeighbours', 'int'), num('hopLimit', 'int'), num('maxBackupParents', 'int'), num('maxNodesPerCollector', 'int'), num('macRetries', 'int')],
  star: [...common, { key: 'technology', label: 'field.technology', kind: 'select', options: STAR_TECHNOLOGIES, optionLabel: (v) => t(`tech.${v}` as MessageKey) }, ...radio,
    num('siteHeightM'), num('siteAntennaGainDbi'), num('sensitivityDbm', 'number', { optional: true }), num('mclDb', 'number', { optional: true }), num('interSiteDistanceM', 'number', { optional: true }), num('maxDevicesPerSite', 'int', { optional: true })],
  plc: [...common, { key: 'band', label: 'field.band', kind: 'select', options: PLC_BANDS, optionLabel: (v) => t(`band.${v}` as MessageKey) }, num('txLevelDbuv'), num('couplingLossDb'), num('hopLimit', 'int'), num('maxNodesPerCollector', 'int'), num('macRetries', 'int'),
    { key: 'crossTransformerCoupling', label: 'field.crossTransformerCoupling', kind: 'bool' }],
};

/** Cost assumption fields. */
export const COST_FIELDS: FieldSpec[] = [
  { key: 'currency', label: 'field.currency', kind: 'text' },
  num('horizonYears', 'int'),
  num('discountRate', 'number', { scale: 100 }),
  num('manualReadCost'),
];

/** Simulation setting fields. */
export const SETTINGS_FIELDS: FieldSpec[] = [
  num('seed', 'int'), num('readsPerDay', 'int'), num('rereadsPerDay', 'int'),
  num('readSuccessTarget', 'number', { scale: 100 }), num('locationProbability', 'number', { scale: 100 }),
  num('defaultMeterHeightM'), num('neighbourRadiusM'),
];

export { MEDIA };
