import Decimal from 'decimal.js';

/** Enough significant digits that no ratio of NUMERIC(18,2) sums is rounded across a threshold or a half cent. */
const Exact = Decimal.clone({ precision: 60 });

/** Budget and actual spending of one function class (类), in yuan as decimal text. */
export interface ClassAmounts {
  functionClass: string;
  budget: string;
  actual: string;
}

/** One class's part of the variance: its budget scaled to the actual total and how far actual spending is from it. */
export interface ClassDeviation {
  functionClass: string;
  budget: string;
  scaledBudget: string;
  actual: string;
  deviation: string;
}

export interface CompositionVariance {
  /** Σ |actual − scaled budget| / Σ scaled budget × 100, exact to 60 significant digits: compare this with thresholds. */
  variance: Decimal;
  /** The same in percent with 6 decimals, for display. */
  variancePercent: string;
  budgetTotal: string;
  actualTotal: string;
  /** Largest deviation first; scaled budgets and deviations rounded to the cent from their exact values. */
  classes: ClassDeviation[];
}

/**
 * PEFA 2016 PI-2.1 composition variance: each class's budget is scaled by total actual / total
 * budget, so that only the shift between classes counts, not the overall under- or overspend
 * (that is PI-1). A class with spending but no budget counts with a scaled budget of 0. Returns
 * null when either total is not positive (nothing to scale). Exact: with A and B the actual and
 * budget totals, a class deviates by |actual·B − budget·A| / B and the variance is
 * Σ |actual·B − budget·A| / (A·B) × 100 (Σ scaled budget = A), one division of exact sums.
 */
export function compositionVariance(rows: readonly ClassAmounts[]): CompositionVariance | null {
  const budgetTotal = Exact.sum(0, ...rows.map((r) => r.budget));
  const actualTotal = Exact.sum(0, ...rows.map((r) => r.actual));
  if (budgetTotal.lte(0) || actualTotal.lte(0)) return null;

  const classes = rows.map((row) => {
    const budget = new Exact(row.budget);
    const actual = new Exact(row.actual);
    // Exact products of cent amounts (well within 60 digits); divided once for the cents shown.
    const gap = actual.times(budgetTotal).minus(budget.times(actualTotal)).abs();
    return { row, budget, actual, gap, scaled: budget.times(actualTotal).dividedBy(budgetTotal) };
  });
  const variance = Exact.sum(0, ...classes.map((c) => c.gap))
    .times(100)
    .dividedBy(actualTotal.times(budgetTotal));
  return {
    variance,
    variancePercent: variance.toFixed(6),
    budgetTotal: budgetTotal.toFixed(2),
    actualTotal: actualTotal.toFixed(2),
    classes: classes
      .sort((a, b) => b.gap.cmp(a.gap) || a.row.functionClass.localeCompare(b.row.functionClass))
      .map((c) => ({
        functionClass: c.row.functionClass,
        budget: c.budget.toFixed(2),
        scaledBudget: c.scaled.toFixed(2),
        actual: c.actual.toFixed(2),
        deviation: c.gap.dividedBy(budgetTotal).toFixed(2),
      })),
  };
}
