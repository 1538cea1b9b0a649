/**
 * Method and assumptions: every preset file's sourced parameters, read from
 * the preset JSON files' `source` / `sources` fields (datasets/).
 */
import costs from '../../../datasets/costs/default-costs-jpy.json';
import rfLinks from '../../../datasets/links/rf-link-defaults.json';
import reliability from '../../../datasets/mesh/reliability-defaults.json';
import routing from '../../../datasets/mesh/routing-defaults.json';
import plc from '../../../datasets/plc/plc-defaults.json';
import profiles from '../../../datasets/profiles/default-profiles.json';
import indoor from '../../../datasets/propagation/indoor-defaults.json';
import itm from '../../../datasets/propagation/itm-defaults.json';
import shadowing from '../../../datasets/propagation/shadowing-defaults.json';
import arib from '../../../datasets/regulatory/arib-std-t108.json';
import antenna from '../../../datasets/star/antenna.json';
import cellular from '../../../datasets/star/cellular.json';
import lorawan from '../../../datasets/star/lorawan.json';
import private1n from '../../../datasets/star/private-1n.json';
import starDefaults from '../../../datasets/star/star-defaults.json';

/** One sourced parameter of a preset. */
export interface SourcedParameter {
  /** Dotted path inside the preset, e.g. `assumptions.discountRate`. */
  path: string;
  /** The value(s), rendered as short text. */
  value: string;
  source: string;
}

/** One preset file and its sourced parameters. */
export interface PresetSources {
  file: string;
  parameters: SourcedParameter[];
}

/** The preset files the engines read, by repository path. */
export const PRESET_FILES: Record<string, unknown> = {
  'datasets/profiles/default-profiles.json': profiles,
  'datasets/links/rf-link-defaults.json': rfLinks,
  'datasets/propagation/shadowing-defaults.json': shadowing,
  'datasets/propagation/indoor-defaults.json': indoor,
  'datasets/propagation/itm-defaults.json': itm,
  'datasets/mesh/routing-defaults.json': routing,
  'datasets/mesh/reliability-defaults.json': reliability,
  'datasets/star/star-defaults.json': starDefaults,
  'datasets/star/antenna.json': antenna,
  'datasets/star/cellular.json': cellular,
  'datasets/star/lorawan.json': lorawan,
  'datasets/star/private-1n.json': private1n,
  'datasets/plc/plc-defaults.json': plc,
  'datasets/costs/default-costs-jpy.json': costs,
  'datasets/regulatory/arib-std-t108.json': arib,
};

const MAX_VALUE_CHARS = 90;

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX_VALUE_CHARS ? s.slice(0, MAX_VALUE_CHARS - 1) + '…' : s;
}

/** The value part of a sourced object: its `value`, else its other plain fields. */
function valueOf(o: Record<string, unknown>): string {
  if ('value' in o) return short(o.value);
  const rest = Object.entries(o).filter(([k, v]) => k !== 'source' && k !== 'sources' && k !== 'notes' && (typeof v !== 'object' || Array.isArray(v)));
  return short(rest.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', '));
}

/** Walk a preset and collect every object carrying a `source` or `sources` field. */
export function sourcedParameters(preset: unknown): SourcedParameter[] {
  const out: SourcedParameter[] = [];
  const walk = (o: unknown, path: string): void => {
    if (Array.isArray(o)) { o.forEach((x, i) => walk(x, `${path}[${typeof x === 'object' && x && 'id' in x ? String((x as { id: unknown }).id) : i}]`)); return; }
    if (!o || typeof o !== 'object') return;
    const rec = o as Record<string, unknown>;
    const src = typeof rec.source === 'string' ? rec.source : Array.isArray(rec.sources) ? rec.sources.filter((s) => typeof s === 'string').join('; ') : '';
    if (src && path) out.push({ path, value: valueOf(rec), source: src });
    for (const [k, v] of Object.entries(rec)) if (v && typeof v === 'object') walk(v, path ? `${path}.${k}` : k);
  };
  walk(preset, '');
  return out;
}

/** All preset files with their sourced parameters (files without any are left out). */
export function presetSources(): PresetSources[] {
  return Object.entries(PRESET_FILES).map(([file, p]) => ({ file, parameters: sourcedParameters(p) })).filter((p) => p.parameters.length > 0);
}
