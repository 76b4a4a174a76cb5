/** A parameter value as the rules store it (number, text or a list of codes), printed: 1000000 → "1,000,000". */
export function formatParamValue(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (Array.isArray(value)) return value.map((item) => formatParamValue(item)).join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** A parameter set as "key = value" pairs, in the set's own order. */
export function paramEntries(params: Readonly<Record<string, unknown>>): { key: string; value: string }[] {
  return Object.entries(params).map(([key, value]) => ({ key, value: formatParamValue(value) }));
}

/** One line: "yellowPoints = 15 · redPoints = 30"; empty for no parameters. */
export function paramsSummary(params: Readonly<Record<string, unknown>>): string {
  return paramEntries(params)
    .map(({ key, value }) => `${key} = ${value}`)
    .join(' · ');
}
