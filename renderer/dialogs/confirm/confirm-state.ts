/**
 * Asking the user a question in an in-app modal: `ask()` shows a dialog with
 * a message and buttons and resolves with the chosen button's id (or the
 * cancel id when the user presses Esc). One question at a time: a second
 * question waits for the first to be answered. Kept outside the document
 * store, like the import dialog's state, because it is never part of undo.
 */
import { useSyncExternalStore } from 'react';

/** One button of a question. */
export interface Choice<Id extends string = string> {
  id: Id;
  label: string;
  /** The default button: focused first, so Enter picks it. */
  primary?: boolean;
}

/** A question for the user. */
export interface Question<Id extends string = string> {
  /** Stable id for tests and styling (`data-testid`). */
  id: string;
  title: string;
  lines: string[];
  choices: Choice<Id>[];
  /** The answer when the dialog is dismissed with Esc. */
  cancelId: Id;
}

/** The question on screen and how to answer it. */
export interface OpenQuestion {
  question: Question;
  answer(id: string): void;
}

let current: OpenQuestion | null = null;
let queue: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

const notify = () => { for (const l of [...listeners]) l(); };

/** Ask `question`; resolves with the id of the chosen button. */
export function ask<Id extends string>(question: Question<Id>): Promise<Id> {
  const next = queue.then(() => new Promise<Id>((resolve) => {
    current = {
      question: question as Question,
      answer: (id) => {
        current = null;
        notify();
        resolve((question.choices.some((c) => c.id === id) ? id : question.cancelId) as Id);
      },
    };
    notify();
  }));
  queue = next.catch(() => undefined);
  return next;
}

/** The question on screen, or null. */
export const openQuestion = (): OpenQuestion | null => current;

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React hook: the question on screen. */
export function useOpenQuestion(): OpenQuestion | null {
  return useSyncExternalStore(subscribe, () => current);
}
