import { loadDanfo } from './dataframe';

/** Benford's first-digit shares log10(1 + 1/d) for d = 1…9. */
export const BENFORD_SHARES: readonly number[] = Array.from({ length: 9 }, (_, i) => Math.log10(1 + 1 / (i + 1)));

/** How far one first-digit distribution (counts of leading digits 1…9) is from Benford's law. */
export interface BenfordFit {
  /** Number of amounts counted. */
  n: number;
  /** Expected count per digit, n · log10(1 + 1/d). */
  expected: number[];
  /** Mean absolute deviation of the observed shares from Benford's over the nine digits (Nigrini). */
  mad: number;
  /** Pearson's chi-square statistic against the expected counts (8 degrees of freedom). */
  chiSquare: number;
  /** P(χ²₈ ≥ chiSquare). */
  pValue: number;
}

/**
 * The chi-square survival function for 8 degrees of freedom, P(χ²₈ ≥ x). For an even number of
 * degrees of freedom 2k it has the closed form e^(−x/2) Σ_{i<k} (x/2)^i / i!, here with k = 4.
 */
export function chiSquareSurvival8(x: number): number {
  if (x <= 0) return 1;
  const half = x / 2;
  return Math.exp(-half) * (1 + half + half ** 2 / 2 + half ** 3 / 6);
}

/**
 * Benford fits of many first-digit distributions at once: one row of nine counts (digits 1…9) per
 * distribution, e.g. per agency and year. The rows are a danfo frame reduced row-wise (sum, mean);
 * the element-wise terms are computed in double precision beforehand, because danfo's arithmetic
 * operators run on float32 tensors and MAD is compared with its bound at six decimals. A row with no
 * count gets n 0, MAD 0 and p 1.
 */
export async function benfordFits(countRows: readonly (readonly number[])[]): Promise<BenfordFit[]> {
  if (countRows.length === 0) return [];
  for (const row of countRows) {
    if (row.length !== 9) throw new Error(`expected nine digit counts, got ${row.length}`);
  }
  const { DataFrame } = await loadDanfo();
  const columns = BENFORD_SHARES.map((_, i) => `d${i + 1}`);
  const counts = new DataFrame(
    countRows.map((row) => [...row]),
    { columns },
  );
  const n = (counts.sum({ axis: 1 }).values as number[]).map(Number);
  const expected = n.map((total) => BENFORD_SHARES.map((share) => total * share));
  const deviations = new DataFrame(
    countRows.map((row, r) => row.map((count, d) => (n[r]! > 0 ? Math.abs(count / n[r]! - BENFORD_SHARES[d]!) : 0))),
    { columns },
  );
  const chiTerms = new DataFrame(
    countRows.map((row, r) =>
      row.map((count, d) => {
        const e = expected[r]![d]!;
        return e > 0 ? (count - e) ** 2 / e : 0;
      }),
    ),
    { columns },
  );
  const mad = (deviations.mean({ axis: 1 }).values as number[]).map(Number);
  const chiSquare = (chiTerms.sum({ axis: 1 }).values as number[]).map(Number);
  return n.map((total, r) => ({
    n: total,
    expected: expected[r]!,
    mad: mad[r]!,
    chiSquare: chiSquare[r]!,
    pValue: chiSquareSurvival8(chiSquare[r]!),
  }));
}
