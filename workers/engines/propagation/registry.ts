/**
 * Registry of propagation models: pick one by name or by area class, and
 * call every model the same way, `model.evaluate(query) → ModelResult`.
 *
 * Area-class defaults (DESIGN.md §2 classes):
 *   dense-residential, high-rise, underground → p1411-urban (P.1411 §4.1.1 urban high-rise row)
 *   suburban                                  → p1411-low-suburban (§4.3.1 street-level terminals, valid 300–3000 MHz;
 *                                               the §4.1.1 low-rise/suburban NLoS row is only valid 10–73 GHz)
 *   rural, mountainous                        → itm-p2p with a terrain profile and ITM bound,
 *                                               else itm-area when ITM is bound,
 *                                               else seamcat-hata-open (Hata fallback)
 * ITM is injected (createPropagationRegistry({ itm })) so the registry
 * works with or without it; `defaultPropagationRegistry()` binds ./itm.
 */
import type { AreaClass } from '../../model/enums';
import { freeSpaceLoss } from './free-space';
import { cost231HataLoss, hataLoss, type HataEnvironment } from './hata';
import { ITM_ENGINE, itmAreaForQuery, itmP2PForQuery, type ItmBinding } from './itm-adapter';
import type { LinkQuery } from './link-query';
import { logDistanceLoss } from './log-distance';
import { p1411BelowRooftopLoss, p1411LowHeightLoss, type P1411Environment, type P1411LowHeightEnvironment } from './p1411';
import { seamcatHataLoss, type SeamcatEnvironment } from './seamcat-hata';
import { fail, type ModelResult } from './types';

/** A registered model. */
export interface PropagationModel {
  name: string;
  /** Human-readable name with its standard. */
  title: string;
  /** True when the model needs `query.profile`. */
  needsProfile: boolean;
  evaluate(query: LinkQuery): ModelResult;
}

/** The model chosen for an area class, and why. */
export interface ModelChoice {
  name: string;
  reason: string;
}

/** A registry instance. */
export interface PropagationRegistry {
  names(): string[];
  get(name: string): PropagationModel | undefined;
  /** Evaluate by name; unknown names are an error result. */
  evaluate(name: string, query: LinkQuery): ModelResult;
  /** Default model for an area class; `hasProfile` says whether terrain is available for the link. */
  forAreaClass(areaClass: AreaClass, opts: { hasProfile: boolean }): ModelChoice;
}

const hb = (q: LinkQuery) => ({ freqMHz: q.freqMHz, distanceKm: q.distanceKm, baseHeightM: Math.max(q.txHeightM, q.rxHeightM), mobileHeightM: Math.min(q.txHeightM, q.rxHeightM) });

function baseModels(): PropagationModel[] {
  const m = (name: string, title: string, evaluate: (q: LinkQuery) => ModelResult): PropagationModel => ({ name, title, needsProfile: false, evaluate });
  const hata = (env: HataEnvironment) => (q: LinkQuery) => hataLoss(hb(q), env);
  const seamcat = (env: SeamcatEnvironment) => (q: LinkQuery) => seamcatHataLoss({ freqMHz: q.freqMHz, distanceKm: q.distanceKm, txHeightM: q.txHeightM, rxHeightM: q.rxHeightM, environment: env });
  const p1411 = (env: P1411Environment) => (q: LinkQuery) => p1411BelowRooftopLoss({ freqMHz: q.freqMHz, distanceKm: q.distanceKm, environment: env, lineOfSight: q.lineOfSight ?? false, locationPercent: q.locationPercent });
  const low = (env: P1411LowHeightEnvironment) => (q: LinkQuery) => p1411LowHeightLoss({ freqMHz: q.freqMHz, distanceKm: q.distanceKm, environment: env, locationPercent: q.locationPercent });
  return [
    m('p525', 'Free space (ITU-R P.525)', (q) => freeSpaceLoss(q)),
    m('log-distance', 'Log-distance, calibrated exponent and intercept', (q) =>
      q.logDistance ? logDistanceLoss({ freqMHz: q.freqMHz, distanceKm: q.distanceKm, ...q.logDistance }) : fail('invalid-input', 'log-distance needs logDistance.exponent and referenceDistanceM')),
    m('hata-urban-small', 'Okumura–Hata, urban small/medium city', hata('urban-small')),
    m('hata-urban-large', 'Okumura–Hata, urban large city', hata('urban-large')),
    m('hata-suburban', 'Okumura–Hata, suburban', hata('suburban')),
    m('hata-open', 'Okumura–Hata, open area', hata('open')),
    m('cost231', 'COST-231 Hata, medium city/suburban (Cm = 0 dB)', (q) => cost231HataLoss(hb(q), false)),
    m('cost231-metro', 'COST-231 Hata, metropolitan centre (Cm = 3 dB)', (q) => cost231HataLoss(hb(q), true)),
    m('seamcat-hata', 'SEAMCAT Extended Hata, urban (ECC Report 252)', seamcat('urban')),
    m('seamcat-hata-suburban', 'SEAMCAT Extended Hata, suburban', seamcat('suburban')),
    m('seamcat-hata-open', 'SEAMCAT Extended Hata, open area', seamcat('open')),
    m('p1411-urban', 'ITU-R P.1411 §4.1.1 below rooftop, urban high-rise', p1411('urban-high-rise')),
    m('p1411-suburban', 'ITU-R P.1411 §4.1.1 below rooftop, urban low-rise/suburban', p1411('urban-low-rise')),
    m('p1411-residential', 'ITU-R P.1411 §4.1.1 below rooftop, residential', p1411('residential')),
    m('p1411-low-suburban', 'ITU-R P.1411 §4.3.1 street-level terminals, suburban', low('suburban')),
    m('p1411-low-urban', 'ITU-R P.1411 §4.3.1 street-level terminals, urban', low('urban')),
    m('p1411-low-dense', 'ITU-R P.1411 §4.3.1 street-level terminals, dense urban/high-rise', low('dense-urban')),
  ];
}

/** Build a registry; pass `itm` to enable itm-p2p and itm-area. */
export function createPropagationRegistry(opts: { itm?: ItmBinding } = {}): PropagationRegistry {
  const models = baseModels();
  const itm = opts.itm;
  if (itm) {
    models.push({ name: 'itm-p2p', title: 'ITM (Longley-Rice) point-to-point over terrain', needsProfile: true, evaluate: (q) => itmP2PForQuery(q, itm) });
    models.push({ name: 'itm-area', title: 'ITM (Longley-Rice) area mode', needsProfile: false, evaluate: (q) => itmAreaForQuery(q, itm) });
  }
  const byName = new Map(models.map((x) => [x.name, x]));
  return {
    names: () => [...byName.keys()],
    get: (name) => byName.get(name),
    evaluate(name, query) {
      const model = byName.get(name);
      return model ? model.evaluate(query) : fail('unknown-model', `unknown propagation model "${name}"`);
    },
    forAreaClass(areaClass, { hasProfile }) {
      switch (areaClass) {
        case 'dense-residential':
        case 'high-rise':
        case 'underground':
          return { name: 'p1411-urban', reason: 'below-rooftop urban paths (P.1411 §4.1.1)' };
        case 'suburban':
          return { name: 'p1411-low-suburban', reason: 'street-level terminals in suburban areas (P.1411 §4.3.1, valid 300–3000 MHz)' };
        case 'rural':
        case 'mountainous':
          if (itm && hasProfile) return { name: 'itm-p2p', reason: 'terrain-dominated path with a terrain profile' };
          if (itm) return { name: 'itm-area', reason: 'terrain-dominated path without a profile (ITM area mode)' };
          return { name: 'seamcat-hata-open', reason: 'ITM unavailable: Extended Hata fallback' };
        default:
          return { name: 'seamcat-hata', reason: `unknown area class ${String(areaClass)}: Extended Hata fallback` };
      }
    },
  };
}

/** The registry with the ITM engine bound. */
export function defaultPropagationRegistry(): PropagationRegistry {
  // Registries are immutable, so one instance serves every run (and keys the star engine's table memo).
  return (defaultRegistry ??= createPropagationRegistry({ itm: ITM_ENGINE }));
}
let defaultRegistry: PropagationRegistry | undefined;
