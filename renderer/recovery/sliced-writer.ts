/**
 * Serialising a big project for the recovery copy without freezing the UI:
 * the same JSON as the model's writer (compact, not gzipped), built in slices
 * of a few thousand entities with a yield to the event loop between slices.
 * A 300k-meter project takes seconds to serialise in one go (measured with
 * `writeProjectFile`); sliced, the page stays responsive throughout. Project
 * objects are immutable, so the snapshot taken at the start stays consistent
 * while the user keeps editing.
 */
import type { Project } from '../../workers/model';

/** Entities serialised between two yields. */
export const SLICE_ITEMS = 4_000;

/** Give the event loop a turn (a macrotask, so input and rendering get in). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The project as UTF-8 JSON bytes, equal (as parsed JSON) to what
 * `writeProjectFile` writes; `pause` runs between slices.
 */
export async function serialiseProjectSliced(project: Project, pause: () => Promise<void> = yieldToEventLoop): Promise<Uint8Array> {
  const parts: string[] = [];
  let first = true;
  for (const [key, value] of Object.entries(project)) {
    if (value === undefined || typeof value === 'function') continue;
    parts.push(`${first ? '{' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value) || value.length <= SLICE_ITEMS) {
      parts.push(JSON.stringify(value) ?? 'null');
      continue;
    }
    parts.push('[');
    for (let i = 0; i < value.length; i += SLICE_ITEMS) {
      const slice = value.slice(i, i + SLICE_ITEMS).map((x) => JSON.stringify(x) ?? 'null');
      parts.push(`${i ? ',' : ''}${slice.join(',')}`);
      await pause();
    }
    parts.push(']');
  }
  parts.push(first ? '{}\n' : '}\n');
  return new TextEncoder().encode(parts.join(''));
}
