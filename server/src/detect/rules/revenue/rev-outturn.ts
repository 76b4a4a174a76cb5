import type Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { bookName } from '../../book-names';
import { percentOf, shown } from '../../percent';
import { scopeYears, type RuleDescriptor, type Severity } from '../../rule-descriptor';
import { cumulative, periodsThrough, revenueYears } from './revenue-months';

const percent = z.number().min(0).max(1000);

interface OutturnParams extends Record<string, unknown> {
  yellowLow: number;
  yellowHigh: number;
  redLow: number;
  redHigh: number;
}

/** The band edge an outturn is strictly outside of, red bands first. */
function outsideBand(outturn: Decimal, p: OutturnParams): { severity: Severity; threshold: number } | null {
  if (outturn.lt(p.redLow)) return { severity: 'red', threshold: p.redLow };
  if (outturn.gt(p.redHigh)) return { severity: 'red', threshold: p.redHigh };
  if (outturn.lt(p.yellowLow)) return { severity: 'yellow', threshold: p.yellowLow };
  if (outturn.gt(p.yellowHigh)) return { severity: 'yellow', threshold: p.yellowHigh };
  return null;
}

/**
 * REV-OUTTURN: a completed year's own revenue against its annual budget, per region and book.
 * Completed = a year before the as-of year with all twelve months loaded. Own revenue leaves out
 * transfers (110), debt revenue (105) and recovered on-lent principal (104), which are not collected
 * by the region. Strictly outside 94–112 % is yellow, strictly outside 92–116 % red.
 */
export const revOutturn: RuleDescriptor<OutturnParams> = {
  code: 'REV-OUTTURN',
  version: 1,
  nameZh: '收入预算偏离',
  nameEn: 'Revenue outturn off budget',
  category: 'revenue',
  entityType: 'region',
  description: {
    zh: '已结束年度（1–12月数据齐全）各预算类型本级收入（不含转移性收入、债务收入和贷款转贷回收本金收入）完成数与年初预算之比在94%–112%之外（黄色），在92%–116%之外（红色）',
    en: "A completed year's own revenue (transfers, debt revenue and recovered on-lent principal excluded) per book against its annual budget: outside 94–112% (yellow), outside 92–116% (red); completed = before the as-of year with all twelve months loaded",
  },
  basis: 'PEFA 2016 framework PI-3.1 (aggregate revenue outturn) bands',
  params: z.object({ yellowLow: percent, yellowHigh: percent, redLow: percent, redHigh: percent }),
  defaults: { yellowLow: 94, yellowHigh: 112, redLow: 92, redHigh: 116 },
  feeds: ['revenue'],
  grain: 'year',
  async compute(context) {
    const asOfYear = Number(context.asOf.slice(0, 4));
    const years = scopeYears(context);
    const rows = await revenueYears(context, years);
    return rows.flatMap((year) => {
      if (year.fiscalYear >= asOfYear || year.throughMonth < 12 || !year.budget.gt(0)) return [];
      const actual = cumulative(year, 12, 'own');
      const outturn = percentOf(actual, year.budget)!;
      const hit = outsideBand(outturn, context.paramsFor(year.regionCode));
      if (!hit) return [];
      const below = outturn.lt(hit.threshold);
      const book = bookName(year.book).zh;
      const outturnText = shown(outturn, below ? 'down' : 'up');
      return [
        {
          severity: hit.severity,
          regionCode: year.regionCode,
          entityType: 'region',
          entityKey: `${year.regionCode}/${year.book}`,
          period: String(year.fiscalYear),
          value: outturn.toFixed(6),
          threshold: String(hit.threshold),
          evidence: {
            regionCode: year.regionCode,
            book: year.book,
            fiscalYear: year.fiscalYear,
            periods: periodsThrough(year.fiscalYear, 12),
            budget: year.budget.toFixed(2),
            actual: actual.toFixed(2),
          },
          explanation: {
            zh: `${year.fiscalYear}年${book}本级收入完成${yuanText(actual.toFixed(2))}元，为年初预算${yuanText(year.budget.toFixed(2))}元的${outturnText}%，${below ? '低于' : '高于'}${hit.threshold}%`,
            en: `${year.fiscalYear} own revenue of book ${year.book}: ${actual.toFixed(2)} yuan collected, ${outturnText}% of the budget of ${year.budget.toFixed(2)} yuan, ${below ? 'below' : 'above'} ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
