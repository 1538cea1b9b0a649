/**
 * The question before a run predicted to need more memory than this session
 * has: "This run may need about X; about Y is available. Run anyway / Run on
 * the visible extent / Cancel". Runs that fit go ahead without a question.
 */
import type { Project } from '../../workers/model';
import { ask } from '../dialogs/confirm/confirm-state';
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import { browserMemoryHints, checkMemory, estimateStarSites, memoryBudgetBytes, predictRunBytes, type MemoryHints } from './memory-check';
import { profileFor } from './profiles';
import type { Medium } from './types';

/** The user's answer: run as asked, run on the visible extent, or not at all. */
export type MemoryDecision = 'run' | 'viewport' | 'cancel';

/** Bytes as "1.5 GiB" / "350 MiB" in the UI language. */
export function fmtMemory(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return t('memory.gib', { v: fmtNumber(gib, 1) });
  return t('memory.mib', { v: fmtNumber(bytes / 1024 ** 2, bytes < 10 * 1024 ** 2 ? 1 : 0) });
}

/** Area of the meters' bounding box, km² (an equirectangular estimate; enough for a site count). */
function extentKm2(p: Project): number {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const m of p.meters) { w = Math.min(w, m.lon); e = Math.max(e, m.lon); s = Math.min(s, m.lat); n = Math.max(n, m.lat); }
  if (!(w <= e)) return 0;
  const kmPerDegLat = 111.32;
  return (e - w) * kmPerDegLat * Math.cos((((s + n) / 2) * Math.PI) / 180) * (n - s) * kmPerDegLat;
}

/** Predicted peak bytes of running `media` on `project` (the scoped copy the engines will see). */
export function predictForProject(project: Project, media: readonly Medium[]): number {
  let sites: number | undefined;
  if (media.includes('star')) {
    const id = profileFor(project, 'star');
    const profile = project.profiles.find((x) => x.id === id);
    const isd = profile && 'interSiteDistanceM' in profile ? (profile.interSiteDistanceM as number | undefined) : undefined;
    sites = estimateStarSites(project.collectors.filter((c) => c.profileId === id).length, extentKm2(project), isd);
  }
  return predictRunBytes(project.meters.length, media, sites);
}

/** Ask before a run that may not fit; 'run' at once (synchronously, no promise) when it fits. */
export function confirmMemory(project: Project, media: readonly Medium[], hints: MemoryHints = browserMemoryHints()): MemoryDecision | Promise<MemoryDecision> {
  const v = checkMemory(predictForProject(project, media), memoryBudgetBytes(hints));
  if (!v.exceeds) return 'run';
  return ask<MemoryDecision>({
    id: 'memory', title: t('memory.title'), cancelId: 'cancel',
    lines: [t('memory.question', { need: fmtMemory(v.neededBytes), avail: fmtMemory(v.budgetBytes) }), t('memory.detail', { n: fmtNumber(project.meters.length) })],
    choices: [{ id: 'run', label: t('memory.runAnyway') }, { id: 'viewport', label: t('memory.viewport'), primary: true }, { id: 'cancel', label: t('memory.cancel') }],
  });
}
