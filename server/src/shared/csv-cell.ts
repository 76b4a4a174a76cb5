/** A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula: such text gets a leading quote. Numbers stay. */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = defuse(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
