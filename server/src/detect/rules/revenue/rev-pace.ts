import Decimal from 'decimal.js';
import { z } from 'zod';
import { timeProgress } from '../../../execution/time-progress';
import { yuanText } from '../../format';
import { bookName } from '../../book-names';
import { percentOf, shown } from '../../percent';
import { ladder, scopeYears, type RuleDescriptor } from '../../rule-descriptor';
import { cumulative, monthEnd, monthsText, periodsThrough, revenueYears } from './revenue-months';

/**
 * REV-PACE: in the as-of year, own revenue collected so far against the annual budget lags time
 * progress by ≥ 10 pp, per region and book. Both sides are measured at the end of the last month
 * loaded (every month from January present): a region whose November report is not in yet is
 * compared with time at the end of October, not at the as-of date, so a late feed is not read as
 * lagging collection (a stale feed is DQ-STALE's business). Own revenue as in REV-OUTTURN.
 */
export const revPace: RuleDescriptor<{ lag: number }> = {
  code: 'REV-PACE',
  version: 1,
  nameZh: '收入进度滞后',
  nameEn: 'Revenue collection behind time',
  category: 'revenue',
  entityType: 'region',
  description: {
    zh: '当年各预算类型本级收入累计完成数占年度预算的比例低于序时进度10个百分点及以上（黄色）；以已报送的最后一个月月末为时点计算序时进度',
    en: 'In the as-of year, own revenue collected to date / annual budget, per book, is 10 pp or more below time progress (yellow); both measured at the end of the last month reported',
  },
  basis: 'RULES.md default (10 pp below time progress, 序时进度); a default for the user to tune',
  params: z.object({ lag: z.number().min(0).max(100) }),
  defaults: { lag: 10 },
  feeds: ['revenue'],
  grain: 'year',
  async compute(context) {
    const asOfYear = Number(context.asOf.slice(0, 4));
    const years = scopeYears(context);
    if (years && !years.includes(asOfYear)) return [];
    const rows = await revenueYears(context, [asOfYear]);
    return rows.flatMap((year) => {
      const through = year.throughMonth;
      if (through === 0 || !year.budget.gt(0)) return [];
      const actual = cumulative(year, through, 'own');
      const completion = percentOf(actual, year.budget)!;
      const measuredAt = monthEnd(year.fiscalYear, through);
      const progress = new Decimal(timeProgress(year.fiscalYear, measuredAt)).times(100);
      // Negated and added, so that the difference keeps the exact precision of the percentOf() value.
      const gap = completion.negated().plus(progress);
      const { lag } = context.paramsFor(year.regionCode);
      const hit = ladder(gap, [['yellow', lag]]);
      if (!hit) return [];
      const months = monthsText(through);
      return [
        {
          severity: hit.severity,
          regionCode: year.regionCode,
          entityType: 'region',
          entityKey: `${year.regionCode}/${year.book}`,
          period: String(year.fiscalYear),
          value: gap.toFixed(6),
          threshold: String(lag),
          evidence: {
            regionCode: year.regionCode,
            book: year.book,
            fiscalYear: year.fiscalYear,
            periods: periodsThrough(year.fiscalYear, through),
            budget: year.budget.toFixed(2),
            actual: actual.toFixed(2),
            completion: completion.toFixed(6),
            timeProgress: progress.toFixed(6),
            measuredAt,
          },
          explanation: {
            zh: `${year.fiscalYear}年${months.zh}${bookName(year.book).zh}本级收入完成${yuanText(actual.toFixed(2))}元，占年度预算${yuanText(year.budget.toFixed(2))}元的${completion.toFixed(2)}%，低于序时进度${progress.toFixed(2)}%达${shown(gap, 'down')}个百分点`,
            en: `${months.en} ${year.fiscalYear} own revenue of book ${year.book}: ${actual.toFixed(2)} yuan, ${completion.toFixed(2)}% of the annual budget of ${year.budget.toFixed(2)} yuan, ${shown(gap, 'down')} pp behind time progress of ${progress.toFixed(2)}%`,
          },
        },
      ];
    });
  },
};
