/**
 * The unsaved-changes prompt before a document is replaced (New empty, New
 * demo, Open, Open recent): "Save changes to <name>? Save / Don't save /
 * Cancel". Save runs the normal save (a failed or cancelled save cancels the
 * replacement, so nothing is lost); Don't save goes on; Cancel and Esc stop.
 */
import { t } from '../../i18n/messages';
import type { Platform } from '../../platform';
import { isDirty, type AppStore } from '../../state/app-state';
import { documentState, saveProject } from '../../state/document-actions';
import { ask } from './confirm-state';

/** Whether the current document may be replaced; asks first when it has unsaved changes. */
export async function confirmReplaceDocument(store: AppStore, platform: Platform): Promise<boolean> {
  if (!isDirty(store.getState())) return true;
  const choice = await ask({
    id: 'unsaved', title: t('unsaved.title'), cancelId: 'cancel',
    lines: [t('unsaved.question', { name: documentState(store).title }), t('unsaved.detail')],
    choices: [{ id: 'save', label: t('unsaved.save'), primary: true }, { id: 'dont-save', label: t('unsaved.dontSave') }, { id: 'cancel', label: t('unsaved.cancel') }],
  });
  if (choice === 'cancel') return false;
  if (choice === 'dont-save') return true;
  return saveProject(store, platform);
}

/** Run `replace` once the user agreed to replace the current document. */
export async function afterUnsavedCheck(store: AppStore, platform: Platform, replace: () => unknown): Promise<void> {
  if (await confirmReplaceDocument(store, platform)) await replace();
}
