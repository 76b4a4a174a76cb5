import Decimal from 'decimal.js';
import { z } from 'zod';
import { agencyPaidToDateSql, FIRST_DIGIT_COLUMNS, FIRST_DIGIT_FLOOR } from '../../../execution/payment-summary';
import { scopeYears, type Finding, type RuleContext, type RuleDescriptor } from '../../rule-descriptor';
import { shown } from '../../percent';
import { benfordFits } from '../../stats/benford';

interface BenfordParams extends Record<string, unknown> {
  /** Fewest payments an agency-year needs before its digits are judged. */
  minCount: number;
  /** Payments below this (yuan) are not counted. */
  minAmount: number;
  /** Nigrini's first-digit nonconformity bound for the mean absolute deviation. */
  madBound: number;
  /** Chi-square p-value (8 degrees of freedom) under which the deviation is not chance. */
  pValue: number;
}

interface DigitCountRow {
  region_code: string;
  agency_code: string;
  year: number;
  digit: number;
  /** How many of the distinct minAmount values in force the amounts reach (1 = the lowest). */
  tier: number;
  count: number;
}

interface AgencyYear {
  regionCode: string;
  agencyCode: string;
  year: number;
  counts: number[];
}

/**
 * PAY-BENFORD: per agency and fiscal year (the calendar year of pay_date), the first digits of the
 * integer part of its positive payments ≥ minAmount deviate from Benford's law: MAD > madBound AND
 * chi-square p < pValue, both strictly, only with ≥ minCount payments. MAD is compared at six
 * decimals, as stored. Value = MAD; threshold = madBound.
 */
export const payBenford: RuleDescriptor<BenfordParams> = {
  code: 'PAY-BENFORD',
  version: 1,
  nameZh: '首位数字偏离',
  nameEn: "First digits off Benford's law",
  category: 'payments',
  entityType: 'agency',
  description: {
    zh: '单位全年金额不低于10元的正数支付达到300笔时，其首位数字分布偏离本福特定律：平均绝对偏差（MAD，四舍五入至6位小数后比较）大于0.015且卡方检验p值小于0.001（自由度8）',
    en: "An agency-year with at least 300 positive payments of 10 yuan or more whose first digits deviate from Benford's law: mean absolute deviation, rounded to 6 decimals, over 0.015 and chi-square p below 0.001 (8 degrees of freedom)",
  },
  basis:
    "M. Nigrini, Benford's Law (2012): first-digit MAD above 0.015 is nonconformity; chi-square p < 0.001 guards against chance in small samples",
  params: z.object({
    minCount: z.number().int().min(1),
    minAmount: z.number().min(1).max(1e15),
    madBound: z.number().min(0).max(1),
    pValue: z.number().gt(0).max(1),
  }),
  defaults: { minCount: 300, minAmount: 10, madBound: 0.015, pValue: 0.001 },
  feeds: ['payments'],
  grain: 'year',
  async compute(context) {
    const years = scopeYears(context);
    const since = years ? `${Math.min(...years)}-01-01` : '0001-01-01';
    const minAmounts = [...new Set(context.allParams().map((p) => p.minAmount))].sort((a, b) => a - b);
    const counted =
      minAmounts.length === 1 && minAmounts[0] === FIRST_DIGIT_FLOOR
        ? await digitCountsFromSums(context, since, years)
        : agencyYears(await digitCountsFromPayments(context, minAmounts, since, years), minAmounts, (region) =>
            context.paramsFor(region),
          );
    const candidates = counted.filter((row) => sum(row.counts) >= context.paramsFor(row.regionCode).minCount);
    const fits = await benfordFits(candidates.map((row) => row.counts));
    return candidates.flatMap((row, i): Finding[] => {
      const fit = fits[i]!;
      const { madBound, pValue } = context.paramsFor(row.regionCode);
      const mad = new Decimal(fit.mad).toDecimalPlaces(6);
      if (!mad.gt(madBound) || !(fit.pValue < pValue)) return [];
      const chiSquare = fit.chiSquare.toFixed(4);
      // Rounded down, as shown() does for "below" findings: p 0.00099996 reads 9.999e-4, never 1.000e-3.
      const p = new Decimal(fit.pValue).toExponential(3, Decimal.ROUND_DOWN);
      const madText = shown(mad, 'up', 6);
      return [
        {
          severity: 'yellow',
          regionCode: row.regionCode,
          entityType: 'agency',
          entityKey: row.agencyCode,
          period: String(row.year),
          value: mad.toFixed(6),
          threshold: String(madBound),
          evidence: {
            agencyCode: row.agencyCode,
            year: row.year,
            n: fit.n,
            digits: row.counts.map((count, d) => ({ digit: d + 1, count, expected: fit.expected[d]!.toFixed(2) })),
            mad: mad.toFixed(6),
            chiSquare,
            pValue: p,
          },
          explanation: {
            zh: `单位${row.agencyCode}（${row.year}年）${fit.n}笔支付的首位数字偏离本福特定律：平均绝对偏差${madText}，超过${madBound}；卡方${chiSquare}，p值${p}，低于${pValue}`,
            en: `agency ${row.agencyCode}: the first digits of its ${fit.n} payments in ${row.year} deviate from Benford's law, MAD ${madText} over ${madBound}, chi-square ${chiSquare} (p ${p}, below ${pValue})`,
          },
        },
      ];
    });
  },
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The usual case, every region at the default floor: the first-digit counts that the payment sums
 * keep for payments of FIRST_DIGIT_FLOOR yuan or more, summed per agency-year (no payment is read).
 */
async function digitCountsFromSums(
  context: RuleContext<BenfordParams>,
  since: string,
  years: number[] | null,
): Promise<AgencyYear[]> {
  const result = await context.db.query<{ region_code: string; agency_code: string; year: number; counts: number[] }>(
    `SELECT region_code, agency_code, fiscal_year AS year,
            ARRAY[${FIRST_DIGIT_COLUMNS.map((c) => `sum(${c})::int`).join(', ')}] AS counts
     FROM ${agencyPaidToDateSql({ from: '$1', asOf: '$2', regions: '$3' })} paid
     WHERE $4::int[] IS NULL OR fiscal_year = ANY($4)
     GROUP BY 1, 2, 3`,
    [since, context.asOf, context.regions, years],
  );
  return result.rows.map((row) => ({ regionCode: row.region_code, agencyCode: row.agency_code, year: row.year, counts: row.counts }));
}

/**
 * Regions with other floors: first-digit counts per agency-year read from the payments in one pass,
 * split by the minAmount tiers in force. minAmount ≥ 1, so the first character of the amount's text
 * is its first significant digit.
 */
async function digitCountsFromPayments(
  context: RuleContext<BenfordParams>,
  minAmounts: readonly number[],
  since: string,
  years: number[] | null,
): Promise<DigitCountRow[]> {
  const result = await context.db.query<DigitCountRow>(
    `SELECT region_code, agency_code, date_part('year', pay_date)::int AS year,
            substr(amount::text, 1, 1)::int AS digit, width_bucket(amount, $1::numeric[]) AS tier, count(*)::int AS count
     FROM payments
     WHERE amount >= $2 AND pay_date BETWEEN $3 AND $4 AND ($5::text[] IS NULL OR region_code = ANY($5))
       AND ($6::int[] IS NULL OR date_part('year', pay_date)::int = ANY($6))
     GROUP BY 1, 2, 3, 4, 5`,
    [minAmounts.map(String), minAmounts[0], since, context.asOf, context.regions, years],
  );
  return result.rows;
}

/** Digit counts per agency-year, each counting only the tiers at or above its region's minAmount. */
function agencyYears(
  rows: readonly DigitCountRow[],
  minAmounts: readonly number[],
  paramsFor: (regionCode: string) => BenfordParams,
): AgencyYear[] {
  const byKey = new Map<string, AgencyYear>();
  for (const row of rows) {
    const lowestTier = minAmounts.indexOf(paramsFor(row.region_code).minAmount) + 1;
    if (row.tier < lowestTier) continue;
    const key = `${row.region_code}|${row.agency_code}|${row.year}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        regionCode: row.region_code,
        agencyCode: row.agency_code,
        year: row.year,
        counts: Array<number>(9).fill(0),
      };
      byKey.set(key, entry);
    }
    entry.counts[row.digit - 1]! += row.count;
  }
  return [...byKey.values()];
}
