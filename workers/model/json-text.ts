/**
 * JSON text helpers for project files: locate parse errors by line and column,
 * and turn the non-JSON tokens NaN/Infinity that other tools write into
 * markers, so schema validation can name the field that holds them.
 */

/** Prefix of the string that stands in for a bare NaN/Infinity token. */
export const NON_FINITE_MARK = '\u0000non-finite:';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}

/**
 * Replace bare `NaN`, `Infinity` and `-Infinity` tokens outside strings with
 * marker strings. Returns the text unchanged when there are none.
 */
export function markNonFiniteTokens(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') { inString = true; continue; }
    for (const tok of ['-Infinity', 'Infinity', 'NaN']) {
      if (text.startsWith(tok, i) && !/[\w$]/.test(text[i + tok.length] ?? '') && !/[\w$]/.test(text[i - 1] ?? '')) {
        out += text.slice(from, i) + JSON.stringify(NON_FINITE_MARK + tok);
        i += tok.length - 1;
        from = i + 1;
        break;
      }
    }
  }
  return out + text.slice(from);
}

/** Best-effort offset of a JSON.parse failure, from the engine's message. */
export function parseErrorOffset(message: string, text: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return undefined;
}
