/**
 * At start-up, before any start project is loaded: if an earlier session left
 * a recovery copy, ask "Recover unsaved work from <time> (<name>, N meters)?".
 * Recover loads it as an unsaved (dirty) document under its original file
 * name; Discard removes it. A copy that cannot be read (damaged store,
 * truncated bytes, invalid project) is reported in a notice and removed —
 * never a crash, and never silently.
 */
import { createEmptyProject, readProjectFile } from '../../workers/model';
import { ask } from '../dialogs/confirm/confirm-state';
import { fmtNumber } from '../i18n/format';
import { LOCALE_TAGS, currentLocale, t } from '../i18n/messages';
import type { Platform, RecoveryCopy } from '../platform/platform';
import type { AppStore } from '../state/app-state';

/** What happened at start: a copy was recovered, there was none, it was discarded, or it was damaged. */
export type RecoveryOutcome = 'recovered' | 'none' | 'discarded' | 'corrupt';

/** The time of a copy in the UI language, local time zone. */
export function recoveryTimeLabel(savedAtMs: number): string {
  return new Date(savedAtMs).toLocaleString(LOCALE_TAGS[currentLocale()], { dateStyle: 'medium', timeStyle: 'short' });
}

const damaged = (store: AppStore, reason: string) => store.set({ notice: { level: 'error', title: t('recovery.corrupt'), lines: [reason, t('recovery.corruptLine')] } });

/** Check a stored record's shape (IndexedDB hands back whatever was stored). */
function validCopy(copy: RecoveryCopy): string | null {
  const m = copy?.meta;
  if (!m || typeof m.title !== 'string' || typeof m.meters !== 'number' || typeof m.savedAtMs !== 'number' || !ArrayBuffer.isView(copy.bytes)) return 'the recovery record has an unknown layout';
  if (copy.bytes.byteLength === 0) return 'the recovery copy is empty';
  return null;
}

/** Read the recovery copy without showing anything: the copy, null when there is none, or the read error. */
export async function peekRecovery(platform: Platform): Promise<RecoveryCopy | Error | null> {
  try {
    return await platform.readRecovery();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Offer the recovery copy (read by {@link peekRecovery}, or read now);
 * resolves once the user has decided, or at once when there is nothing to offer.
 */
export async function offerRecovery(store: AppStore, platform: Platform, peeked?: RecoveryCopy | Error | null): Promise<RecoveryOutcome> {
  const copy = peeked === undefined ? await peekRecovery(platform) : peeked;
  if (copy instanceof Error) {
    damaged(store, copy.message);
    await platform.clearRecovery().catch(() => undefined);
    return 'corrupt';
  }
  if (!copy) return 'none';
  const bad = validCopy(copy);
  if (bad) {
    damaged(store, bad);
    await platform.clearRecovery().catch(() => undefined);
    return 'corrupt';
  }
  const { meta } = copy;
  const choice = await ask({
    id: 'recovery', title: t('recovery.title'), cancelId: 'later',
    lines: [t('recovery.question', { time: recoveryTimeLabel(meta.savedAtMs), name: meta.title, n: fmtNumber(meta.meters) }), t('recovery.detail')],
    choices: [{ id: 'recover', label: t('recovery.recover'), primary: true }, { id: 'discard', label: t('recovery.discard') }],
  });
  if (choice === 'discard') {
    await platform.clearRecovery().catch(() => undefined);
    return 'discarded';
  }
  // Esc: decide later. The copy stays until this session autosaves its own unsaved work over it.
  if (choice !== 'recover') return 'none';
  const name = meta.fileName ?? `${meta.title}.fanplan`;
  const r = readProjectFile(copy.bytes, name);
  if (!r.ok) {
    damaged(store, r.error.message);
    await platform.clearRecovery().catch(() => undefined);
    return 'corrupt';
  }
  // dirty on purpose: the saved point is a different (empty) document, so Save and the unsaved-changes prompts apply
  store.load(r.project, { fileName: meta.fileName, savedDoc: createEmptyProject(), selection: [], draft: null, stats: null, notice: null });
  return 'recovered';
}
