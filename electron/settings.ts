/**
 * Shell settings kept in `settings.json` in the userData directory. Today it
 * holds one thing: the origin of the user's optional online basemap, the only
 * remote origin the CSP may allow (csp.ts). Offline is the default.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { z } from 'zod';
import { normaliseBasemapOrigin } from './csp';

/** The shell's settings, validated. */
export interface ShellSettings {
  /** Normalised origin (`https://host[:port]`) or null when no online basemap is configured. */
  basemapOrigin: string | null;
}

const settingsFileSchema = z.object({ onlineBasemapOrigin: z.string().max(2000).optional() });

/**
 * Read the settings file. A missing file means defaults; an unreadable or
 * invalid one also means defaults (offline), with the reason in `warning`.
 */
export async function loadShellSettings(file: string, readFile: (f: string, enc: 'utf8') => Promise<string> = fsReadFile): Promise<{ settings: ShellSettings; warning?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: { basemapOrigin: null } };
    return { settings: { basemapOrigin: null }, warning: `cannot read ${file}: ${(e as Error).message}` };
  }
  try {
    const parsed = settingsFileSchema.parse(JSON.parse(text));
    const origin = parsed.onlineBasemapOrigin ? normaliseBasemapOrigin(parsed.onlineBasemapOrigin) : null;
    return { settings: { basemapOrigin: origin } };
  } catch (e) {
    return { settings: { basemapOrigin: null }, warning: `ignoring ${file}: ${(e as Error).message}` };
  }
}
