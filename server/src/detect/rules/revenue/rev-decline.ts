import { z } from 'zod';
import { yuanText } from '../../format';
import { scopeYears, type RuleDescriptor, type Severity } from '../../rule-descriptor';
import { cumulative, monthsText, percentOf, periodsThrough, revenueYears } from './revenue-months';

interface DeclineParams extends Record<string, unknown> {
  declineYellow: number;
  declineRed: number;
}

/**
 * REV-DECLINE: 一般公共预算收入 (book GPB, 101… + 103…) from January through the last month loaded,
 * per region and year, against the same months of last year (which must be loaded): any fall is
 * yellow (decline strictly above `declineYellow`, 0 by default), a fall of ≥ 10 % red. The value is
 * the decline in percent of last year's figure.
 */
export const revDecline: RuleDescriptor<DeclineParams> = {
  code: 'REV-DECLINE',
  version: 1,
  nameZh: '收入负增长',
  nameEn: 'Revenue below last year',
  category: 'revenue',
  entityType: 'region',
  description: {
    zh: '一般公共预算收入（101类+103类）年初至最后报送月累计数低于上年同期（黄色），降幅达到10%及以上（红色）',
    en: 'General public budget revenue (101… + 103…), January to the last month reported, below the same months of last year (yellow), by 10% or more (red)',
  },
  basis: 'RULES.md defaults (any decline; 10%); defaults for the user to tune',
  params: z.object({ declineYellow: z.number().min(0).max(100), declineRed: z.number().min(0).max(100) }),
  defaults: { declineYellow: 0, declineRed: 10 },
  feeds: ['revenue'],
  grain: 'year',
  async compute(context) {
    const years = scopeYears(context);
    const rows = await revenueYears(context, years && [...years, ...years.map((y) => y - 1)], ['GPB']);
    const byKey = new Map(rows.map((year) => [`${year.regionCode}|${year.fiscalYear}`, year]));
    return rows.flatMap((year) => {
      const through = year.throughMonth;
      if ((years && !years.includes(year.fiscalYear)) || through === 0) return [];
      const lastYear = byKey.get(`${year.regionCode}|${year.fiscalYear - 1}`);
      if (!lastYear || lastYear.throughMonth < through) return [];
      const general = (y: typeof year) => cumulative(y, through, 'tax').plus(cumulative(y, through, 'nonTax'));
      const [now, before] = [general(year), general(lastYear)];
      if (!before.gt(0)) return [];
      const decline = percentOf(before.minus(now), before);
      const p = context.paramsFor(year.regionCode);
      const hit: { severity: Severity; threshold: number } | null = decline.gte(p.declineRed)
        ? { severity: 'red', threshold: p.declineRed }
        : decline.gt(p.declineYellow)
          ? { severity: 'yellow', threshold: p.declineYellow }
          : null;
      if (!hit) return [];
      const months = monthsText(through);
      return [
        {
          severity: hit.severity,
          regionCode: year.regionCode,
          entityType: 'region',
          entityKey: year.regionCode,
          period: String(year.fiscalYear),
          value: decline.toFixed(6),
          threshold: String(hit.threshold),
          evidence: {
            regionCode: year.regionCode,
            book: 'GPB',
            fiscalYear: year.fiscalYear,
            periods: periodsThrough(year.fiscalYear, through),
            lastYearPeriods: periodsThrough(year.fiscalYear - 1, through),
            generalRevenue: now.toFixed(2),
            lastYearGeneralRevenue: before.toFixed(2),
          },
          explanation: {
            zh: `${year.fiscalYear}年${months.zh}一般公共预算收入${yuanText(now.toFixed(2))}元，比上年同期${yuanText(before.toFixed(2))}元下降${decline.toFixed(2)}%`,
            en: `${months.en} ${year.fiscalYear} general public budget revenue of ${now.toFixed(2)} yuan is ${decline.toFixed(2)}% below the ${before.toFixed(2)} yuan of the same months a year earlier`,
          },
        },
      ];
    });
  },
};
