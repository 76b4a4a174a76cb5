/** Encodes one row for PostgreSQL's COPY text format: tab-separated, \N for null, escapes. */
export function toCopyLine(values: readonly (string | number | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else line += escapeCopy(String(value));
  }
  return line + '\n';
}

const SPECIAL = /[\\\t\n\r]/;

function escapeCopy(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
