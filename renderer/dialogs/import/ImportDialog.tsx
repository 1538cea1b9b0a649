/**
 * File › Import…: choose a kind and its options, pick the file(s), map area
 * attributes to classes (areas only), then see a preview and import, or
 * cancel. Files are parsed in the import worker; nothing touches the project
 * until "Import", which is one undoable edit. With errors, only the valid
 * items are imported, and only after the user ticks the consent box.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AttributeSummary, ImportFileData, ImportKind, ImportOptions, ImportPreview } from '../../../workers/clients/import-client';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { projectBounds } from '../../map/bounds';
import type { Platform } from '../../platform';
import { useAppState, useAppStore } from '../../state/use-store';
import { draftFor, guessAttribute, toMapping, type MappingDraft } from '../../state/import-mapping';
import { payloadSize } from '../../state/import-merge';
import { applyImport } from './apply-import';
import { AreaMapping } from './AreaMapping';
import { Dialog } from './Dialog';
import { closeImportDialogs } from './dialog-state';
import { importClient } from './import-service';
import { ImportPreviewView } from './ImportPreviewView';

/** The kinds offered, with the files each accepts. */
export const IMPORT_KINDS: { kind: ImportKind; accept: string; multiple: boolean; mode: boolean; crs: boolean }[] = [
  { kind: 'meters-csv', accept: '.csv,.txt,.tsv,text/csv', multiple: false, mode: false, crs: true },
  { kind: 'meters-geojson', accept: '.geojson,.json,application/geo+json,application/json', multiple: false, mode: false, crs: true },
  { kind: 'buildings', accept: '.geojson,.json,application/geo+json,application/json', multiple: false, mode: true, crs: true },
  { kind: 'osm', accept: '.osm,.gz,.xml', multiple: false, mode: true, crs: false },
  { kind: 'areas', accept: '.geojson,.json,.shp,.dbf,.prj,.cpg,.shx', multiple: true, mode: false, crs: true },
  { kind: 'grid', accept: '.geojson,.json,application/geo+json,application/json', multiple: false, mode: false, crs: true },
  { kind: 'terrain', accept: '.hgt,.zip,.tif,.tiff', multiple: false, mode: false, crs: true },
];

type Step = { name: 'choose' } | { name: 'busy'; label: string } | { name: 'mapping' } | { name: 'preview'; preview: ImportPreview; from: 'choose' | 'mapping' };

const read = (files: File[]): Promise<ImportFileData[]> => Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));

export function ImportDialog({ platform }: { platform: Platform }) {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  const [kind, setKind] = useState<ImportKind>('meters-csv');
  const [mode, setMode] = useState<'building' | 'dwelling'>('building');
  const [crs, setCrs] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [draft, setDraft] = useState<MappingDraft>(draftFor(undefined));
  const [attributes, setAttributes] = useState<AttributeSummary[]>([]);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const spec = IMPORT_KINDS.find((k) => k.kind === kind)!;
  const projectBox = useMemo(() => projectBounds(doc), [doc]);

  const run = async <T,>(label: string, job: (signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    abort.current?.abort();
    const ctl = new AbortController();
    abort.current = ctl;
    setError(null);
    setStep({ name: 'busy', label });
    try {
      return await job(ctl.signal);
    } catch (e) {
      if (!ctl.signal.aborted) { setError(t('imp.workerFailed', { message: (e as Error).message })); setStep({ name: 'choose' }); }
      return null;
    }
  };

  const parse = async (chosen: File[], from: 'choose' | 'mapping', mapping?: MappingDraft) => {
    const options: ImportOptions = { crs: crs.trim() || undefined, mode, mapping: mapping ? toMapping(mapping) : undefined };
    const preview = await run(t('imp.reading', { files: chosen.map((f) => f.name).join(', ') }), async (signal) => importClient().parse(kind, await read(chosen), options, { signal }));
    if (preview) { setConsent(false); setStep({ name: 'preview', preview, from }); }
  };

  const choose = async () => {
    const chosen = await platform.pickFiles(spec.accept, spec.multiple);
    if (!chosen.length) return;
    setFiles(chosen);
    if (kind !== 'areas') { await parse(chosen, 'choose'); return; }
    const r = await run(t('imp.reading', { files: chosen.map((f) => f.name).join(', ') }), async (signal) => importClient().areaAttributes(await read(chosen), { signal }));
    if (!r) return;
    if (r.error) { await parse(chosen, 'choose', draftFor(undefined)); return; }
    const guess = guessAttribute(r.attributes);
    setAttributes(r.attributes);
    setDraft(draftFor(r.attributes.find((a) => a.name === guess)));
    setStep({ name: 'mapping' });
  };

  const close = () => { abort.current?.abort(); closeImportDialogs(); };

  return (
    <Dialog id="import" title={t('imp.title')} onClose={close} wide={step.name !== 'choose'} focusKey={step.name}>
      {step.name === 'choose' && (
        <div className="import-choose">
          <fieldset>
            <legend>{t('imp.kind')}</legend>
            {IMPORT_KINDS.map((k) => (
              <label key={k.kind} className="radio">
                <input type="radio" name="import-kind" value={k.kind} checked={kind === k.kind} data-autofocus={kind === k.kind ? '' : undefined} onChange={() => setKind(k.kind)} />
                <span>{t(`imp.kind.${k.kind}` as MessageKey)}</span>
              </label>
            ))}
          </fieldset>
          {spec.mode && (
            <fieldset>
              <legend>{t('imp.mode')}</legend>
              {(['building', 'dwelling'] as const).map((m) => (
                <label key={m} className="radio"><input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /><span>{t(`imp.mode.${m}`)}</span></label>
              ))}
            </fieldset>
          )}
          {spec.crs && (
            <label className="imp-field">
              <span>{t('imp.crs')}</span>
              <input type="text" value={crs} placeholder="EPSG:6677" data-testid="import-crs-input" onChange={(e) => setCrs(e.target.value)} />
              <small className="muted">{t('imp.crsHint')}</small>
            </label>
          )}
          {kind === 'areas' && <p className="muted small">{t('imp.shpHint')}</p>}
          {error && <p className="error-text" role="alert" data-testid="import-error">{error}</p>}
          <div className="buttons">
            <button onClick={close}>{t('imp.cancel')}</button>
            <button className="primary" data-testid="import-choose" onClick={() => void choose()}>{spec.multiple ? t('imp.chooseMany') : t('imp.choose')}</button>
          </div>
        </div>
      )}
      {step.name === 'busy' && (
        <div className="import-busy" role="status" data-testid="import-busy">
          <p>{step.label}</p>
          <div className="progress-track indeterminate"><div className="progress-fill" /></div>
          <div className="buttons"><button onClick={() => { abort.current?.abort(); setStep({ name: 'choose' }); }}>{t('imp.cancel')}</button></div>
        </div>
      )}
      {step.name === 'mapping' && (
        <>
          <AreaMapping attributes={attributes} draft={draft} onChange={setDraft} />
          <div className="buttons">
            <button onClick={() => setStep({ name: 'choose' })}>{t('imp.back')}</button>
            <button onClick={close}>{t('imp.cancel')}</button>
            <button className="primary" data-testid="import-to-preview" onClick={() => void parse(files, 'mapping', draft)}>{t('imp.toPreview')}</button>
          </div>
        </>
      )}
      {step.name === 'preview' && (() => {
        const p = step.preview;
        const valid = payloadSize(p.payload);
        const skipped = p.counts.rejected ?? p.errorCount;
        const needsConsent = p.errorCount > 0;
        return (
          <>
            <ImportPreviewView preview={p} project={projectBox} />
            {valid === 0 && <p className="error-text" role="alert" data-testid="import-nothing">{t('imp.nothing')} {t('imp.untouched')}</p>}
            {valid > 0 && needsConsent && (
              <label className="consent" data-testid="import-consent-label">
                <input type="checkbox" checked={consent} data-testid="import-consent" onChange={(e) => setConsent(e.target.checked)} />
                <span>{t('imp.consent', { n: fmtNumber(valid), m: fmtNumber(skipped) })}</span>
              </label>
            )}
            <div className="buttons">
              <button onClick={() => setStep(step.from === 'mapping' ? { name: 'mapping' } : { name: 'choose' })} data-testid="import-back">{t('imp.back')}</button>
              <button onClick={close} data-testid="import-cancel">{t('imp.cancel')}</button>
              <button className="primary" data-testid="import-apply" disabled={valid === 0 || (needsConsent && !consent)} onClick={() => { applyImport(store, p); closeImportDialogs(); }}>{t('imp.importN', { n: fmtNumber(valid) })}</button>
            </div>
          </>
        );
      })()}
    </Dialog>
  );
}
