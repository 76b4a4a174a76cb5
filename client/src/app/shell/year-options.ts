/**
 * Years offered by the year selector: the years with data, newest first, plus the selected year
 * if a shared link names one without data (so the selector never shows blank).
 */
export function yearOptions(yearsWithData: readonly number[], selected: number | null): number[] {
  const years = new Set(yearsWithData);
  if (selected !== null) years.add(selected);
  return [...years].sort((a, b) => b - a);
}
