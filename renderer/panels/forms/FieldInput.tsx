/**
 * One labelled form field that edits a stored value: text is kept locally
 * while typing and committed on Enter or blur; the commit callback returns an
 * error message (shown inline, value not applied) or null.
 */
import { useId, useState, type ReactNode } from 'react';
import { t } from '../../i18n/messages';
import { displayValue, type FieldSpec } from '../../validation/form';

interface Props {
  spec: FieldSpec;
  value: unknown;
  onCommit(text: string | boolean): string | null;
  /** Extra notes under the field (e.g. regulatory findings). */
  notes?: ReactNode;
  /** Placeholder when several items differ. */
  mixed?: boolean;
}

export function FieldInput({ spec, value, onCommit, notes, mixed }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = (v: string | boolean) => { const err = onCommit(v); setError(err); if (!err) setText(null); };
  const describedBy = error ? `${id}-err` : undefined;
  let control: ReactNode;
  if (spec.kind === 'bool') {
    control = <input id={id} type="checkbox" data-field={spec.key} checked={Boolean(value)} onChange={(e) => commit(e.target.checked)} />;
  } else if (spec.kind === 'select') {
    control = (
      <select id={id} data-field={spec.key} value={mixed ? '' : displayValue(spec, value)} onChange={(e) => commit(e.target.value)}>
        {(mixed || (spec.optional && value === undefined)) && <option value="">{mixed ? t('props.mixed') : t('props.unset')}</option>}
        {(spec.options ?? []).map((o) => <option key={o} value={o}>{spec.optionLabel ? spec.optionLabel(o) : o}</option>)}
      </select>
    );
  } else {
    control = (
      <input id={id} type="text" inputMode={spec.kind === 'text' ? 'text' : 'decimal'} data-field={spec.key} aria-invalid={!!error} aria-describedby={describedBy}
        placeholder={mixed ? t('props.mixed') : spec.optional ? t('props.unset') : undefined}
        value={text ?? (mixed ? '' : displayValue(spec, value))}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => { if (text !== null) commit(text); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); if (text !== null) commit(text); }
          if (e.key === 'Escape') { setText(null); setError(null); }
        }} />
    );
  }
  return (
    <div className={spec.kind === 'bool' ? 'field field-bool' : 'field'}>
      <label htmlFor={id}>{t(spec.label)}</label>
      {control}
      {error && <p className="field-error" id={`${id}-err`} role="alert" data-testid={`error-${spec.key}`}>{error}</p>}
      {notes}
    </div>
  );
}
