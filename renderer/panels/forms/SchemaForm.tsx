/**
 * A form over one object of the model (costs, settings, a profile): fields
 * from a spec list, each edit validated against the zod schema with the
 * error shown on its field; valid edits go to `onChange` (an undoable edit).
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { tryEdit, type FieldSpec } from '../../validation/form';
import { FieldInput } from './FieldInput';

interface Props<T extends object> {
  schema: z.ZodType<T>;
  value: T;
  fields: readonly FieldSpec[];
  onChange(next: T): void;
  /** Notes to show under a field, by key. */
  notes?: Partial<Record<string, ReactNode>>;
}

export function SchemaForm<T extends object>({ schema, value, fields, onChange, notes }: Props<T>) {
  return (
    <div className="form">
      {fields.map((spec) => (
        <FieldInput key={spec.key} spec={spec} value={(value as Record<string, unknown>)[spec.key]} notes={notes?.[spec.key]}
          onCommit={(text) => {
            const r = tryEdit(schema, value, spec, text, fields);
            if (!r.ok) return r.error;
            onChange(r.value);
            return null;
          }} />
      ))}
    </div>
  );
}
