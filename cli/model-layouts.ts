/**
 * Column layouts of `fanplan model` case files. Reference-data models read
 * the headers of the files in ../shared/data/propagation (NTIA ITM and
 * P.2108 test files, the CRC P.2109 validation file); the other models read
 * the FANplan link layout:
 *   f__mhz, d__km, h_tx__meter, h_rx__meter [, p] [, los] [, n, d0__meter [, L0__db]]
 * (p = location %, los = 1/0, n/d0/L0 = log-distance exponent, reference
 * distance and intercept). Columns are found by header name, so extra
 * columns (such as the expected result) are ignored.
 */
import {
  defaultPropagationRegistry, p2108AeronauticalClutterLoss, p2108HeightGainCorrection, p2108TerrestrialClutterLoss,
  p2109BuildingEntryLoss, fail, type LinkQuery, type ModelResult,
} from '../workers/engines/propagation';

/** A row accessor: the number in the column named (any alias), or undefined when absent. */
export type RowGetter = (...names: string[]) => number | undefined;

/** How one model reads a row. */
export interface ModelLayout {
  /** Columns that must be present (first alias is shown in errors). */
  required: string[][];
  needsProfiles?: boolean;
  compute(get: RowGetter, profile?: Float64Array): ModelResult;
}

const num = (v: number | undefined): number => (v === undefined ? NaN : v);

const registry = defaultPropagationRegistry();

function linkQuery(get: RowGetter): LinkQuery {
  const n = get('n');
  const d0 = get('d0__meter');
  const l0 = get('L0__db');
  const los = get('los');
  return {
    freqMHz: num(get('f__mhz')), distanceKm: num(get('d__km')), txHeightM: num(get('h_tx__meter')), rxHeightM: num(get('h_rx__meter')),
    locationPercent: get('p'), lineOfSight: los === undefined ? undefined : los !== 0,
    logDistance: n === undefined || d0 === undefined ? undefined : { exponent: n, referenceDistanceM: d0, interceptDb: l0 },
  };
}

function itmCommon(get: RowGetter): LinkQuery {
  return {
    freqMHz: num(get('f__mhz')), distanceKm: num(get('d__km')), txHeightM: num(get('h_tx__meter')), rxHeightM: num(get('h_rx__meter')),
    locationPercent: num(get('location')),
    itm: {
      climate: num(get('climate')), refractivityNUnits: num(get('N_0')), permittivityRel: num(get('epsilon')),
      conductivitySPerM: num(get('sigma')), polarization: num(get('pol')), mdvar: num(get('mdvar')),
      timePct: num(get('time')), situationPct: num(get('situation')),
    },
  };
}

const ITM_RADIO = [['h_tx__meter'], ['h_rx__meter'], ['epsilon'], ['sigma'], ['N_0'], ['f__mhz'], ['pol'], ['climate'], ['time'], ['location'], ['situation'], ['mdvar']];
const LINK = [['f__mhz'], ['d__km'], ['h_tx__meter'], ['h_rx__meter']];

const special: Record<string, ModelLayout> = {
  'itm-p2p': {
    required: ITM_RADIO,
    needsProfiles: true,
    compute: (get, profile) => (profile ? registry.evaluate('itm-p2p', { ...itmCommon(get), profile }) : fail('invalid-input', 'no profile for this row')),
  },
  'itm-area': {
    required: [...ITM_RADIO, ['delta_h__meter'], ['d__km'], ['tx_siting_criteria'], ['rx_siting_criteria']],
    compute: (get) => {
      const q = itmCommon(get);
      return registry.evaluate('itm-area', { ...q, itm: { ...q.itm, deltaHM: num(get('delta_h__meter')), txSiting: num(get('tx_siting_criteria')), rxSiting: num(get('rx_siting_criteria')) } });
    },
  },
  'p2108-hgtc': {
    required: [['f__ghz'], ['h__meter'], ['w_s__meter'], ['R__meter'], ['clutter_type']],
    compute: (get) => p2108HeightGainCorrection({ freqGHz: num(get('f__ghz')), heightM: num(get('h__meter')), streetWidthM: num(get('w_s__meter')), clutterHeightM: num(get('R__meter')), clutterType: num(get('clutter_type')) }),
  },
  'p2108-tsm': {
    required: [['f__ghz'], ['d__km'], ['p']],
    compute: (get) => p2108TerrestrialClutterLoss({ freqGHz: num(get('f__ghz')), distanceKm: num(get('d__km')), locationPercent: num(get('p')) }),
  },
  'p2108-aero': {
    required: [['f__ghz'], ['theta_deg'], ['p']],
    compute: (get) => p2108AeronauticalClutterLoss({ freqGHz: num(get('f__ghz')), elevationDeg: num(get('theta_deg')), locationPercent: num(get('p')) }),
  },
  p2109: {
    required: [['frequency (GHz)', 'freqency (GHz)', 'f__ghz'], ['probability (%)', 'p'], ['building type', 'building_type'], ['elevation angle (deg)', 'theta_deg']],
    compute: (get) => {
      const type = get('building type', 'building_type');
      if (type !== 1 && type !== 2) return fail('invalid-input', `building type must be 1 (traditional) or 2 (thermally efficient), got ${type}`);
      return p2109BuildingEntryLoss({
        freqGHz: num(get('frequency (GHz)', 'freqency (GHz)', 'f__ghz')), probability: num(get('probability (%)', 'p')) / 100,
        buildingType: type === 1 ? 'traditional' : 'thermally-efficient', elevationDeg: num(get('elevation angle (deg)', 'theta_deg')),
      });
    },
  },
};

/** Model names `fanplan model` accepts. */
export function modelLayoutNames(): string[] {
  const generic = registry.names().filter((n) => !(n in special));
  return [...Object.keys(special), ...generic];
}

/** The layout for a model name, or undefined. */
export function modelLayout(name: string): ModelLayout | undefined {
  if (name in special) return special[name];
  if (!registry.get(name)) return undefined;
  const extra = name === 'log-distance' ? [['n'], ['d0__meter']] : [];
  return { required: [...LINK, ...extra], compute: (get) => registry.evaluate(name, linkQuery(get)) };
}
