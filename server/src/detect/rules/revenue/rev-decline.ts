import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor, Severity } from '../../rule-descriptor';
import { generalRevenue, monthsText, periodsThrough, sameMonthsLastYear } from './revenue-months';

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
    const yearPairs = await sameMonthsLastYear(context);
    return yearPairs.flatMap(({ year, through, lastYear }) => {
      if (!lastYear) return [];
      const now = generalRevenue(year, through).general;
      const before = generalRevenue(lastYear, through).general;
      if (!before.gt(0)) return [];
      const decline = percentOf(before.minus(now), before)!;
      const p = context.paramsFor(year.regionCode);
      // Red is "at or above", yellow "strictly above": each shown rounded the way that cannot contradict it.
      const hit: { severity: Severity; threshold: number; rounding: 'down' | 'up' } | null = decline.gte(p.declineRed)
        ? { severity: 'red', threshold: p.declineRed, rounding: 'down' }
        : decline.gt(p.declineYellow)
          ? { severity: 'yellow', threshold: p.declineYellow, rounding: 'up' }
          : null;
      if (!hit) return [];
      const declineText = shown(decline, hit.rounding);
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
            zh: `${year.fiscalYear}年${months.zh}一般公共预算收入${yuanText(now.toFixed(2))}元，比上年同期${yuanText(before.toFixed(2))}元下降${declineText}%`,
            en: `${months.en} ${year.fiscalYear} general public budget revenue of ${now.toFixed(2)} yuan is ${declineText}% below the ${before.toFixed(2)} yuan of the same months a year earlier`,
          },
        },
      ];
    });
  },
};
