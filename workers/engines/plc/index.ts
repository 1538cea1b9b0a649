/**
 * PLC engine (G3-PLC / PRIME / IEEE 1901.2 over the LV grid): topology from
 * imported feeders or synthesised along the streets with service drops and
 * risers; channel (Zimmermann–Dostert cable attenuation, branch and coupling
 * losses, noise PSD per area class and band, SNR → modulation → PER → PDR,
 * ETX); routing and reliability through the shared cores. See engine.ts.
 */
export { runPlc, runPlcDetailed, buildPlcChannel, effectiveRateKbps, type PlcOptions, type PlcRun } from './engine';
export { plcInputFromProject, type PlcInput, type Polylines } from './input';
export { plcPresets, PLC_PRESET_FILE, MODULATIONS, type CableSpec, type BandSpec, type Modulation, type PlcPresets, type PlcPresetOverrides } from './presets';
export { ChannelModel, bandCentreKHz, branchLossAtNodeDb, cableAttenuationDbPerKm, cableDbPerM, txPsdDbmPerHz, type LinkQuality } from './channel';
export { buildPlcTopology, TOPOLOGY_ISSUE, type PlcTopology } from './topology';
export { placeConcentrators, type ConcentratorMode, type ConcentratorPlacement } from './concentrators';
export { buildPlcLinks, type PlcLinkInput, type PlcLinks } from './links';
export { networkNoisePsd } from './noise';
export { LV_EDGE_KIND, LV_EDGE_KIND_NAMES, type LvGraph } from './lv-graph';
export { PLC_DETAIL, PLC_DETAIL_NAMES, PLC_DETAIL_REASON, type PlcConcentratorResults, type PlcDetailCode, type PlcMeterResults, type PlcResult, type PlcSegmentResults, type PlcSummary } from './result';
