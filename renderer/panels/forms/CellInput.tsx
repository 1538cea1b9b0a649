/** A compact text input for table cells: committed on Enter or blur, error shown below, Escape reverts. */
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit(text: string): string | null;
  testId?: string;
}

export function CellInput({ label, value, onCommit, testId }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => { if (text === null) return; const err = onCommit(text); setError(err); if (!err) setText(null); };
  return (
    <span className="cell">
      <input type="text" inputMode="decimal" aria-label={label} data-testid={testId} aria-invalid={!!error} aria-describedby={error ? `${id}-err` : undefined}
        value={text ?? value} onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } if (e.key === 'Escape') { setText(null); setError(null); } }} />
      {error && <span className="field-error" id={`${id}-err`} role="alert">{error}</span>}
    </span>
  );
}
