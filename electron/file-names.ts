/**
 * File names and native dialog options for projects. Dialogs run in the main
 * process (DESIGN.md §4); these plain functions decide what they show.
 */
import path from 'node:path';

/** The extension new projects get. */
export const PROJECT_EXTENSION = 'fanplan';

/** Extensions the Open dialog offers: plain or gzipped projects and JSON. */
export const OPEN_EXTENSIONS = ['fanplan', 'json', 'gz'] as const;

/** A dialog file filter (Electron's `FileFilter`). */
export interface FileFilterLike {
  name: string;
  extensions: string[];
}

/** Options for the Open dialog. */
export function openDialogOptions(defaultDir?: string): { title: string; defaultPath?: string; properties: ['openFile']; filters: FileFilterLike[] } {
  return {
    title: 'Open Project',
    ...(defaultDir ? { defaultPath: defaultDir } : {}),
    properties: ['openFile'],
    filters: [{ name: 'FANplan projects', extensions: [...OPEN_EXTENSIONS] }, { name: 'All files', extensions: ['*'] }],
  };
}

/** Options for the Save dialog, proposing `fileName` in `dir`. */
export function saveDialogOptions(dir: string, fileName: string): { title: string; defaultPath: string; properties: ['createDirectory', 'showOverwriteConfirmation']; filters: FileFilterLike[] } {
  return {
    title: 'Save Project',
    defaultPath: path.join(dir, fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: 'FANplan project', extensions: [PROJECT_EXTENSION] }, { name: 'JSON', extensions: ['json'] }],
  };
}

/**
 * A safe default file name from a renderer suggestion or a document title:
 * separators and reserved characters removed, trailing dots/spaces trimmed
 * (Windows), `.fanplan` appended when there is no known extension.
 */
export function defaultProjectFileName(suggestion: string): string {
  let name = suggestion.replace(/[/\\:*?"<>|\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) name = 'Untitled';
  return hasProjectExtension(name) ? name : `${name}.${PROJECT_EXTENSION}`;
}

/** Whether a name already ends in an extension the Open dialog accepts. */
export function hasProjectExtension(name: string): boolean {
  const ext = path.extname(name).slice(1).toLowerCase();
  return (OPEN_EXTENSIONS as readonly string[]).includes(ext);
}

/** A path the Save dialog returned, with `.fanplan` added when the user typed no extension (GTK dialogs do not add it). */
export function withProjectExtension(file: string): string {
  return path.extname(file) === '' ? `${file}.${PROJECT_EXTENSION}` : file;
}
