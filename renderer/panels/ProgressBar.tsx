/** Progress of a long job: stage, percentage, ETA and a cancel button. */
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import type { JobState } from '../state/app-state';

export function etaSeconds(job: JobState, nowMs: number): number | null {
  const p = job.progress;
  if (!p || p.total <= 0 || p.done <= 0) return null;
  const elapsed = (nowMs - job.startedMs) / 1000;
  return (elapsed * (p.total - p.done)) / p.done;
}

export function ProgressBar({ job, onCancel }: { job: JobState; onCancel(): void }) {
  const p = job.progress;
  const frac = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const eta = etaSeconds(job, performance.now());
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(frac * 100)} data-testid="progress">
      <div className="progress-label">{job.label}{p ? ` — ${p.stage} ${Math.round(frac * 100)}%` : ` — ${t('progress.starting')}`}{eta !== null ? ` · ${t('progress.eta', { s: eta < 1 ? '<1' : fmtNumber(Math.round(eta)) })}` : ''}</div>
      <div className="progress-track"><div className="progress-fill" style={{ width: `${frac * 100}%` }} /></div>
      <button onClick={onCancel} data-testid="cancel-job">{t('analysis.cancel')}</button>
    </div>
  );
}
