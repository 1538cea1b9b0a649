/**
 * The recent-files list: absolute paths persisted as JSON in the userData
 * directory, most recent first, at most {@link MAX_RECENT}. The renderer only
 * ever sees names and indices ({@link recentEntries}); the paths stay here.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../contract/ipc';

/** Longest recent list kept. */
export const MAX_RECENT = 10;

const recentFileSchema = z.strictObject({ version: z.literal(1), files: z.array(z.string().min(1).max(4096)).max(100) });

/** Storage used by the recent list, injectable for tests. */
export interface RecentFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

/** `list` with `file` moved (or added) to the front, without duplicates, capped at `max`. */
export function addRecent(list: readonly string[], file: string, max = MAX_RECENT): string[] {
  const abs = path.resolve(file);
  return [abs, ...list.filter((f) => f !== abs)].slice(0, max);
}

/** `list` without `file` (e.g. after it failed to open). */
export function removeRecent(list: readonly string[], file: string): string[] {
  const abs = path.resolve(file);
  return list.filter((f) => f !== abs);
}

/**
 * What the renderer and the menu show: index and file name. Files with the
 * same name get their folder's name appended, so they can be told apart.
 */
export function recentEntries(list: readonly string[]): RecentEntry[] {
  const names = list.map((f) => path.basename(f));
  return list.map((f, index) => {
    const name = names[index];
    const clash = names.filter((n) => n === name).length > 1;
    return { index, name: clash ? `${name} (${path.basename(path.dirname(f))})` : name };
  });
}

/** Read the persisted list; a missing, corrupt or foreign file gives an empty list (recent files are a convenience, never a reason to fail). */
export async function loadRecent(file: string, fs: RecentFs = nodeFs): Promise<string[]> {
  try {
    const parsed = recentFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (!parsed.success) return [];
    return parsed.data.files.filter((f) => path.isAbsolute(f)).slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

/** Persist the list (write a temp file, then rename, so a crash never leaves half a file). */
export async function saveRecent(file: string, list: readonly string[], fs: RecentFs = nodeFs): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await fs.writeFile(tmp, JSON.stringify({ version: 1, files: list.slice(0, MAX_RECENT) }, null, 1) + '\n');
  await fs.rename(tmp, file);
}
