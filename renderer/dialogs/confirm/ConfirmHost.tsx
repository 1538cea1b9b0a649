/**
 * Renders the question asked with `ask()` (confirm-state.ts) as a modal
 * dialog: the primary button has focus, so Enter picks it; Esc answers with
 * the question's cancel id; Tab stays inside (Dialog.tsx).
 */
import { Dialog } from '../import/Dialog';
import '../import/import.css';
import { useOpenQuestion } from './confirm-state';

export function ConfirmHost() {
  const open = useOpenQuestion();
  if (!open) return null;
  const { question: q, answer } = open;
  return (
    <Dialog id={`confirm-${q.id}`} title={q.title} onClose={() => answer(q.cancelId)} testId={`confirm-${q.id}`} focusKey={q.id}>
      {q.lines.map((l, i) => <p key={i} className="confirm-line" style={{ margin: 0, lineHeight: 1.45 }}>{l}</p>)}
      <div className="buttons">
        {q.choices.map((c) => (
          <button key={c.id} className={c.primary ? 'primary' : undefined} data-choice={c.id} data-autofocus={c.primary ? true : undefined} onClick={() => answer(c.id)}>{c.label}</button>
        ))}
      </div>
    </Dialog>
  );
}
