import Decimal from 'decimal.js';
import { loadDanfo } from './dataframe';

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
  /** Σ |actual − scaled budget| / Σ scaled budget, in percent with 6 decimals. */
  variancePercent: string;
  budgetTotal: string;
  actualTotal: string;
  /** Largest deviation first. */
  classes: ClassDeviation[];
}

/**
 * PEFA 2016 PI-2.1 composition variance: each class's budget is scaled by total actual / total
 * budget, so that only the shift between classes counts, not the overall under- or overspend
 * (that is PI-1). A class with spending but no budget counts with a scaled budget of 0. Returns
 * null when either total is not positive (nothing to scale). Totals are exact (decimal); the
 * per-class arithmetic runs in a danfo frame in floating point and the result is rounded to 6
 * decimals, far finer than the 10 / 15 % thresholds it is compared with.
 */
export async function compositionVariance(rows: readonly ClassAmounts[]): Promise<CompositionVariance | null> {
  const budgetTotal = Decimal.sum(0, ...rows.map((r) => r.budget));
  const actualTotal = Decimal.sum(0, ...rows.map((r) => r.actual));
  if (budgetTotal.lte(0) || actualTotal.lte(0)) return null;

  const dfd = await loadDanfo();
  const frame = new dfd.DataFrame({
    functionClass: rows.map((r) => r.functionClass),
    budget: rows.map((r) => Number(r.budget)),
    actual: rows.map((r) => Number(r.actual)),
  });
  const scaled = frame.column('budget').mul(actualTotal.div(budgetTotal).toNumber());
  const deviation = frame.column('actual').sub(scaled).abs();
  const variance = new Decimal(deviation.sum()).div(scaled.sum()).times(100);

  const scaledValues = scaled.values as number[];
  const deviationValues = deviation.values as number[];
  const classes = rows
    .map((row, i) => ({
      functionClass: row.functionClass,
      budget: new Decimal(row.budget).toFixed(2),
      scaledBudget: new Decimal(scaledValues[i]!).toFixed(2),
      actual: new Decimal(row.actual).toFixed(2),
      deviation: new Decimal(deviationValues[i]!).toFixed(2),
    }))
    .sort((a, b) => new Decimal(b.deviation).cmp(a.deviation) || a.functionClass.localeCompare(b.functionClass));
  return {
    variancePercent: variance.toFixed(6),
    budgetTotal: budgetTotal.toFixed(2),
    actualTotal: actualTotal.toFixed(2),
    classes,
  };
}
