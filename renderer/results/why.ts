/**
 * "Why is this meter (not) connected": one line per medium with results,
 * in the UI language. Mesh sentences come from the engine's
 * explainMeshReason (English) or the same sentences translated.
 */
import { explainMeshReason, REASON_NAMES } from '../../workers/clients/mesh-client';
import { PLC_DETAIL_NAMES } from '../../workers/clients/plc-client';
import { STAR_REASONS } from '../../workers/clients/star-client';
import { fmtNumber } from '../i18n/format';
import { currentLocale, t, type MessageKey } from '../i18n/messages';
import type { MediumEntry } from './types';

const pct = (v: number) => `${fmtNumber(v * 100, 2)} %`;

/** The reason sentence only. */
export function reasonSentence(entry: MediumEntry, i: number): string {
  const m = entry.meters, r = m.reason[i];
  if (r === 255) return t('why.notRun');
  const margin = m.marginDb[i];
  const vars = { margin: Number.isFinite(margin) ? fmtNumber(margin, 1) : '—', hop: entry.hopLimit ?? 0 };
  if (entry.medium === 'mesh') {
    const name = REASON_NAMES[r] ?? 'blocked';
    if (currentLocale() === 'en') return explainMeshReason(r, margin, entry.hopLimit ?? 0);
    const key = name === 'noUsableLink' && !Number.isFinite(margin) ? 'why.mesh.noLinkInRange' : `why.mesh.${name}`;
    return t(key as MessageKey, vars);
  }
  if (entry.medium === 'star') return t(`why.star.${STAR_REASONS[r] ?? 'no-coverage'}` as MessageKey, vars);
  return t(`why.plc.${PLC_DETAIL_NAMES[r] ?? 'blocked'}` as MessageKey, vars);
}

/** Headline plus details (margin, hops, collector, read success) for meter i. */
export function meterWhy(entry: MediumEntry, i: number): { title: string; reason: string; details: string } {
  const m = entry.meters;
  const server = m.server[i] >= 0 ? m.serverIds[m.server[i]] : '—';
  const details = t('why.details', {
    success: Number.isFinite(m.dailyReadSuccess[i]) ? pct(m.dailyReadSuccess[i]) : '—',
    margin: Number.isFinite(m.marginDb[i]) ? fmtNumber(m.marginDb[i], 1) : '—',
    hops: Number.isFinite(m.hops[i]) ? fmtNumber(m.hops[i]) : '—',
    server,
  });
  const title = `${t(`medium.${entry.medium}` as MessageKey)}: ${m.reason[i] === 255 ? t('why.notRunShort') : m.connected[i] ? t('why.connected') : t('why.unconnected')}`;
  return { title, reason: reasonSentence(entry, i), details };
}
