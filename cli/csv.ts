/**
 * A small CSV reader for the numeric case files of `fanplan model`: RFC 4180
 * fields (commas, double-quoted fields with "" escapes), LF or CRLF line
 * ends. Each record keeps its raw line text so rows can be echoed unchanged.
 */

/** One parsed line: its fields and its raw text (without the line end). */
export interface CsvRecord {
  fields: string[];
  raw: string;
  /** 1-based line number in the file. */
  line: number;
}

/** Split one CSV line into fields. Quotes may wrap a field; "" inside quotes is a quote. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted field in: ${line}`);
        field += line.slice(i, q);
        if (line[q + 1] === '"') { field += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') throw new Error(`unexpected text after a quoted field in: ${line}`);
    } else {
      const c = line.indexOf(',', i);
      field = c < 0 ? line.slice(i) : line.slice(i, c);
      i = c < 0 ? line.length : c;
    }
    out.push(field.trim());
    if (i >= line.length) return out;
    i++; // skip the comma
  }
}

/** Parse CSV text into records, skipping blank lines (quoted fields may not span lines). */
export function parseCsv(text: string): CsvRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: CsvRecord[] = [];
  lines.forEach((raw, idx) => {
    if (raw.trim() === '') return;
    out.push({ fields: splitCsvLine(raw), raw, line: idx + 1 });
  });
  return out;
}

/** Quote a field for output when needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
