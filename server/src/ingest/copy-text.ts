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

/**
 * A COPY line encoder for validated rows, with a fixed prefix or suffix column (row number, batch
 * id). Columns whose validated form cannot hold a backslash, tab or line break (numbers, dates,
 * enums, patterned codes) skip the escape check: this runs for every row of a large load.
 */
export function copyLineEncoder(
  mayNeedEscape: readonly boolean[],
): (values: readonly (string | null)[], prefix: string, suffix: string) => string {
  return (values, prefix, suffix) => {
    let line = prefix;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (i > 0) line += '\t';
      if (value === null || value === undefined) line += '\\N';
      else line += mayNeedEscape[i] ? escapeCopy(value) : value;
    }
    return line + suffix;
  };
}

const SPECIAL = /[\\\t\n\r]/;

function escapeCopy(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
