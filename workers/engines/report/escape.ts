/** HTML/XML escaping for the string-built report and KML. */

/** Escape text for HTML/XML element content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A number for SVG coordinates (two decimals, no exponent). */
export const n2 = (v: number): string => (Number.isFinite(v) ? (Math.round(v * 100) / 100).toString() : '0');

/** Percentage with the given decimals, e.g. 99.52 %. */
export const pct = (v: number, d = 2): string => `${(100 * v).toFixed(d)} %`;

/** Integer with thousands separators. */
export const int = (v: number): string => Math.round(v).toLocaleString('en-US');
