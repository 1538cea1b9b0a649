/**
 * A field editing one property of many selected items at once: it shows the
 * shared value or "(mixed)", validates the typed value with the model's
 * schema for that property, and applies it to every item in one undo step.
 */
import type { z } from 'zod';
import { commonValue } from '../../state/multi-edit';
import { issueMessage, parseInput, type FieldSpec } from '../../validation/form';
import { FieldInput } from '../forms/FieldInput';

interface Props<T> {
  spec: FieldSpec;
  items: readonly T[];
  /** The schema of this property (e.g. meterSchema.shape.floor). */
  schema: z.ZodType;
  /** Apply the value (null removes an optional property). */
  onApply(value: unknown): void;
}

export function MultiField<T extends object>({ spec, items, schema, onApply }: Props<T>) {
  const common = commonValue(items, spec.key as keyof T);
  return (
    <FieldInput key={spec.key} spec={spec} mixed={common.kind === 'mixed'} value={common.kind === 'same' ? common.value : undefined}
      onCommit={(text) => {
        if (spec.kind === 'select' && text === '') return null;
        const parsed = parseInput(spec, text);
        if (!parsed.ok) return parsed.error;
        const r = schema.safeParse(parsed.value);
        if (!r.success) return issueMessage(r.error.issues[0], spec);
        onApply(parsed.value === undefined ? null : r.data);
        return null;
      }} />
  );
}
