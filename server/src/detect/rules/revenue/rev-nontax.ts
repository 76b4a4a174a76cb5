import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor } from '../../rule-descriptor';
import { generalRevenue, monthsText, periodsThrough, sameMonthsLastYear, type CollectionYear } from './revenue-months';

interface NonTaxParams extends Record<string, unknown> {
  shareAbove: number;
  riseAtLeast: number;
}

/** 非税收入 (103…) and 一般公共预算收入 (101… + 103…) of a GPB year from January through a month. */
function shareThrough(year: CollectionYear, through: number) {
  const { nonTax, general } = generalRevenue(year, through);
  return { nonTax, general, share: general.gt(0) ? percentOf(nonTax, general) : null };
}

/**
 * REV-NONTAX: book GPB, per region and year, January through the last month loaded: non-tax revenue
 * (103…) over 一般公共预算收入 (101… + 103…; transfers 110… excluded) strictly above 30 %, or up
 * ≥ 10 pp on the same months of last year (needs last year's months loaded). One yellow finding per
 * region and period: its value and threshold are those of the reason further past its threshold (the
 * share on a tie); the evidence lists both measures and which reasons hold.
 */
export const revNonTax: RuleDescriptor<NonTaxParams> = {
  code: 'REV-NONTAX',
  version: 1,
  nameZh: '非税收入占比异常',
  nameEn: 'Non-tax revenue share abnormal',
  category: 'revenue',
  entityType: 'region',
  description: {
    zh: '一般公共预算非税收入（103类）占一般公共预算收入（101类+103类，不含转移性收入）的比例超过30%，或比上年同期上升10个百分点及以上（黄色）；按年初至最后报送月累计计算',
    en: 'GPB non-tax revenue (103…) / general public budget revenue (101… + 103…, transfers excluded), January to the last month reported: above 30%, or up 10 pp or more on the same months of last year (yellow)',
  },
  basis:
    'RULES.md defaults (30% share, +10 pp); non-tax reliance is a common audit concern, defaults for the user to tune',
  params: z.object({ shareAbove: z.number().min(0).max(100), riseAtLeast: z.number().min(0).max(100) }),
  defaults: { shareAbove: 30, riseAtLeast: 10 },
  feeds: ['revenue'],
  grain: 'year',
  async compute(context) {
    const yearPairs = await sameMonthsLastYear(context);
    return yearPairs.flatMap(({ year, through, lastYear }) => {
      const now = shareThrough(year, through);
      if (!now.share) return [];
      const before = lastYear && shareThrough(lastYear, through);
      const rise = before?.share ? now.share.minus(before.share) : null;
      const p = context.paramsFor(year.regionCode);
      const shareExcess = now.share.gt(p.shareAbove) ? now.share.minus(p.shareAbove) : null;
      const riseExcess = rise?.gte(p.riseAtLeast) ? rise.minus(p.riseAtLeast) : null;
      if (!shareExcess && !riseExcess) return [];
      const byShare = shareExcess !== null && (riseExcess === null || shareExcess.gte(riseExcess));
      const months = monthsText(through);
      // "Above 30 %" shows the share rounded up, a share not above it rounded down; "up ≥ 10 pp" the rise rounded down.
      const shareText = `${shown(now.share, shareExcess ? 'up' : 'down')}%`;
      const riseText =
        rise && before?.share ? { before: `${before.share.toFixed(2)}%`, rise: shown(rise, 'down') } : null;
      const zh = [
        `${year.fiscalYear}年${months.zh}非税收入${yuanText(now.nonTax.toFixed(2))}元，占一般公共预算收入${yuanText(now.general.toFixed(2))}元的${shareText}`,
        shareExcess ? `超过${p.shareAbove}%` : null,
        riseExcess && riseText ? `比上年同期${riseText.before}上升${riseText.rise}个百分点` : null,
      ];
      const en = [
        `${months.en} ${year.fiscalYear} non-tax revenue of ${now.nonTax.toFixed(2)} yuan is ${shareText} of general public budget revenue of ${now.general.toFixed(2)} yuan`,
        shareExcess ? `above ${p.shareAbove}%` : null,
        riseExcess && riseText ? `up ${riseText.rise} pp on ${riseText.before} a year earlier` : null,
      ];
      return [
        {
          severity: 'yellow' as const,
          regionCode: year.regionCode,
          entityType: 'region',
          entityKey: year.regionCode,
          period: String(year.fiscalYear),
          value: (byShare ? now.share : rise!).toFixed(6),
          threshold: String(byShare ? p.shareAbove : p.riseAtLeast),
          evidence: {
            regionCode: year.regionCode,
            book: 'GPB',
            fiscalYear: year.fiscalYear,
            periods: periodsThrough(year.fiscalYear, through),
            measure: byShare ? 'share' : 'rise',
            reasons: [...(shareExcess ? ['share'] : []), ...(riseExcess ? ['rise'] : [])],
            nonTaxRevenue: now.nonTax.toFixed(2),
            generalRevenue: now.general.toFixed(2),
            share: now.share.toFixed(6),
            lastYearShare: before?.share?.toFixed(6) ?? null,
            rise: rise?.toFixed(6) ?? null,
          },
          explanation: {
            zh: zh.filter((part) => part !== null).join('，'),
            en: en.filter((part) => part !== null).join(', '),
          },
        },
      ];
    });
  },
};
