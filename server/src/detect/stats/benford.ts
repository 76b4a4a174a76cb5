import { loadDanfo, type Danfo } from './dataframe';

type Series = InstanceType<Danfo['Series']>;

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

const DIGIT_COLUMNS = BENFORD_SHARES.map((_, i) => `d${i + 1}`);

/**
 * Benford fits of many first-digit distributions at once: one row of nine counts (digits 1…9) per
 * distribution, e.g. per agency and year. A danfo frame of the counts gives n per row; the shares,
 * absolute deviations and chi-square terms are computed column by column (one digit at a time, as
 * Series) into frames that are reduced row-wise: MAD is the row mean of the deviations, chi-square
 * the row sum of the terms. Column-wise because in danfojs 1.2 Series arithmetic and frame
 * reductions (sum, mean) run on JS doubles, whereas a frame's own operators (frame.div, frame.sub …)
 * go through TensorFlow float32 tensors, too coarse for a MAD compared with its bound at six
 * decimals. A row with no count gets n 0, MAD 0, chi-square 0 and p 1.
 */
export async function benfordFits(countRows: readonly (readonly number[])[]): Promise<BenfordFit[]> {
  if (countRows.length === 0) return [];
  for (const row of countRows) {
    if (row.length !== 9) throw new Error(`expected nine digit counts, got ${row.length}`);
  }
  const { DataFrame } = await loadDanfo();
  const counts = new DataFrame(
    countRows.map((row) => [...row]),
    { columns: DIGIT_COLUMNS },
  );
  const n = counts.sum({ axis: 1 });
  // An empty row is divided by 1 instead of 0 (its fit is replaced below), so that no NaN enters the frames.
  const divisor = n.apply((total: number) => (total > 0 ? total : 1));
  const frameOf = (term: (column: string, share: number) => Series) =>
    new DataFrame(
      Object.fromEntries(DIGIT_COLUMNS.map((column, d) => [column, term(column, BENFORD_SHARES[d]!).values])),
    );
  const shares = frameOf((column) => counts.column(column).div(divisor));
  const deviations = frameOf((column, share) => shares.column(column).sub(share).abs());
  const expected = frameOf((_, share) => divisor.mul(share));
  const chiTerms = frameOf((column) => {
    const e = expected.column(column);
    return counts.column(column).sub(e).pow(2).div(e);
  });
  const totals = n.values as number[];
  const mad = deviations.mean({ axis: 1 }).values as number[];
  const chiSquare = chiTerms.sum({ axis: 1 }).values as number[];
  const expectedRows = expected.values as number[][];
  return totals.map((total, r) =>
    total > 0
      ? {
          n: total,
          expected: expectedRows[r]!,
          mad: mad[r]!,
          chiSquare: chiSquare[r]!,
          pValue: chiSquareSurvival8(chiSquare[r]!),
        }
      : { n: 0, expected: Array<number>(9).fill(0), mad: 0, chiSquare: 0, pValue: 1 },
  );
}
