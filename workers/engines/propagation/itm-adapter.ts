/**
 * Adapter from the registry's uniform {@link LinkQuery} to the ITM engine
 * (./itm, the NTIA ITM v1.2.2 port): fills missing ITM inputs from
 * datasets/propagation/itm-defaults.json and converts ItmResult (numeric
 * warning bits, NTIA error codes) into a ModelResult.
 *
 * The binding is an interface so tests or another ITM build can be
 * injected into createPropagationRegistry({ itm }).
 */
import itmDefaults from '../../../datasets/propagation/itm-defaults.json';
import { itmAreaTls, itmP2PTls, itmWarningMessages } from './itm';
import type { ItmAreaTlsInput, ItmP2PTlsInput, ItmResult } from './itm';
import { fail, ok, type ModelResult } from './types';
import type { LinkQuery } from './link-query';

/** The two ITM entry points the registry needs. */
export interface ItmBinding {
  p2pTls(input: ItmP2PTlsInput): ItmResult;
  areaTls(input: ItmAreaTlsInput): ItmResult;
  warningMessages(bits: number): string[];
}

/** The real ITM engine of ./itm. */
export const ITM_ENGINE: ItmBinding = { p2pTls: itmP2PTls, areaTls: itmAreaTls, warningMessages: itmWarningMessages };

/** ITM inputs a query may override; see itm-defaults.json for the defaults. */
export interface ItmLinkParams {
  climate: number;
  refractivityNUnits: number;
  permittivityRel: number;
  conductivitySPerM: number;
  polarization: number;
  mdvar: number;
  timePct: number;
  situationPct: number;
  deltaHM: number;
  txSiting: number;
  rxSiting: number;
}

/** ITM defaults from the preset file. */
export function defaultItmParams(): ItmLinkParams {
  const d = itmDefaults;
  return {
    climate: d.climate.value, refractivityNUnits: d.refractivityNUnits.value, permittivityRel: d.permittivityRel.value,
    conductivitySPerM: d.conductivitySPerM.value, polarization: d.polarization.value, mdvar: d.mdvar.value,
    timePct: d.timePct.value, situationPct: d.situationPct.value, deltaHM: d.deltaHM.value,
    txSiting: d.siting.value, rxSiting: d.siting.value,
  };
}

function toModelResult(r: ItmResult, itm: ItmBinding): ModelResult {
  if (r.ok) return ok(r.lossDb, r.warnings ? itm.warningMessages(r.warnings) : []);
  return fail(String(r.errorCode), r.message);
}

function radio(q: LinkQuery) {
  const p = defaultItmParams();
  for (const [k, v] of Object.entries(q.itm ?? {}) as [keyof ItmLinkParams, number | undefined][]) if (v !== undefined) p[k] = v;
  return {
    p,
    radio: {
      txHeightM: q.txHeightM, rxHeightM: q.rxHeightM, climate: p.climate, refractivityNUnits: p.refractivityNUnits,
      freqMHz: q.freqMHz, polarization: p.polarization, permittivityRel: p.permittivityRel,
      conductivitySPerM: p.conductivitySPerM, mdvar: p.mdvar,
      timePct: p.timePct, locationPct: q.locationPercent ?? 50, situationPct: p.situationPct,
    },
  };
}

/** ITM point-to-point over `q.profile` (PFL). */
export function itmP2PForQuery(q: LinkQuery, itm: ItmBinding): ModelResult {
  if (!q.profile) return fail('invalid-input', 'itm-p2p needs a terrain profile (PFL)');
  return toModelResult(itm.p2pTls({ ...radio(q).radio, profile: q.profile }), itm);
}

/** ITM area mode over `q.distanceKm` with Δh and siting from `q.itm` or the defaults. */
export function itmAreaForQuery(q: LinkQuery, itm: ItmBinding): ModelResult {
  const { p, radio: r } = radio(q);
  return toModelResult(itm.areaTls({ ...r, distanceKm: q.distanceKm, deltaHM: p.deltaHM, txSiting: p.txSiting, rxSiting: p.rxSiting }), itm);
}
