import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { scopeStart, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { completedScopeYears } from '../execution/completed-scope-years';
import { outsideBands } from './outside-bands';

const percent = z.number().min(0).max(1000);

interface OutturnParams extends Record<string, unknown> {
  yellowLow: number;
  yellowHigh: number;
  orangeLow: number;
  orangeHigh: number;
  redLow: number;
  redHigh: number;
}

/**
 * BUD-PI1 (PEFA PI-1 aggregate expenditure outturn): per region and completed fiscal year, the
 * year's net payments of all books over the initial budget (the initial budget_lines rows of all
 * books) outside 95–105 % (yellow), 90–110 % (orange), 85–115 % (red). Regions are taken as stored
 * (budgets and payments carry the region of their budget level; no roll-up). A region-year without
 * any payment loaded is skipped: that is a gap in the payments feed, not a 0 % outturn.
 */
export const budPi1: RuleDescriptor<OutturnParams> = {
  code: 'BUD-PI1',
  version: 1,
  nameZh: '支出总额偏离',
  nameEn: 'Aggregate expenditure outturn',
  category: 'reliability',
  entityType: 'region',
  description: {
    zh: '已结束年度，地区全部支出占年初预算的比例超出95%–105%（黄）、90%–110%（橙）、85%–115%（红）',
    en: 'A completed year: total payments / initial budget outside 95–105% (yellow), 90–110% (orange), 85–115% (red)',
  },
  basis: 'PEFA 2016 framework PI-1 aggregate expenditure outturn (score bands 95–105, 90–110, 85–115 %)',
  params: z.object({
    yellowLow: percent,
    yellowHigh: percent,
    orangeLow: percent,
    orangeHigh: percent,
    redLow: percent,
    redHigh: percent,
  }),
  defaults: { yellowLow: 95, yellowHigh: 105, orangeLow: 90, orangeHigh: 110, redLow: 85, redHigh: 115 },
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  async compute(context) {
    const scope = completedScopeYears(context);
    if (!scope) return [];
    const result = await context.db.query<{
      region_code: string;
      region_name: string | null;
      year: number;
      initial: string;
      paid: string;
    }>(
      `WITH budget AS (
         SELECT region_code, fiscal_year AS year, sum(amount) AS initial FROM budget_lines
         WHERE line_type = 'initial' AND fiscal_year <= $1 AND issued_date <= $2
           AND ($3::text[] IS NULL OR region_code = ANY($3)) AND ($4::int[] IS NULL OR fiscal_year = ANY($4))
         GROUP BY region_code, fiscal_year
       ),
       paid AS (
         SELECT region_code, date_part('year', pay_date)::int AS year, sum(amount) AS paid FROM payments
         WHERE pay_date BETWEEN $5 AND make_date($1, 12, 31) AND ($3::text[] IS NULL OR region_code = ANY($3))
         GROUP BY region_code, date_part('year', pay_date)
       )
       SELECT b.region_code, r.region_name, b.year, b.initial::text, p.paid::text
       FROM budget b JOIN paid p ON p.region_code = b.region_code AND p.year = b.year
       LEFT JOIN regions r ON r.region_code = b.region_code
       WHERE b.initial > 0
       ORDER BY b.region_code, b.year`,
      [scope.last, context.asOf, context.regions, scope.years, scopeStart(context)],
    );
    return result.rows.flatMap((row): Finding[] => {
      const p = context.paramsFor(row.region_code);
      // Exact; the initial budget is positive (WHERE).
      const rate = percentOf(row.paid, row.initial)!;
      const hit = outsideBands(rate, [
        ['yellow', p.yellowLow, p.yellowHigh],
        ['orange', p.orangeLow, p.orangeHigh],
        ['red', p.redLow, p.redHigh],
      ]);
      if (!hit) return [];
      const name = row.region_name ?? row.region_code;
      const below = rate.lt(hit.threshold);
      const side = below ? { zh: '低于', en: 'below' } : { zh: '高于', en: 'above' };
      const rateText = shown(rate, below ? 'down' : 'up');
      return [
        {
          severity: hit.severity,
          regionCode: row.region_code,
          entityType: 'region',
          entityKey: row.region_code,
          period: String(row.year),
          value: rate.toFixed(6),
          threshold: String(hit.threshold),
          evidence: { regionCode: row.region_code, year: row.year, initialBudget: row.initial, totalPaid: row.paid },
          explanation: {
            zh: `${name}${row.year}年支出${yuanText(row.paid)}元，为年初预算${yuanText(row.initial)}元的${rateText}%，${side.zh}${hit.threshold}%`,
            en: `${name} spent ${row.paid} yuan in ${row.year}, ${rateText}% of its initial budget of ${row.initial} yuan, ${side.en} ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
