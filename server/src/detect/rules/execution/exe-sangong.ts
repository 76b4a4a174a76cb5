import Decimal from 'decimal.js';
import { z } from 'zod';
import { paidToDateSql } from '../../../execution/payment-summary';
import { yearEnd } from '../../../execution/time-progress';
import { yuanText } from '../../format';
import { scopeYears, type Finding, type RuleDescriptor } from '../../rule-descriptor';

interface SangongParams extends Record<string, unknown> {
  econCodes: string[];
}

interface AgencyYear {
  regionCode: string;
  agencyName: string;
  /** Whether the agency made any payment (of any code) in last year's same period; null for a year not judged. */
  paidLastYear: boolean | null;
  /** 三公 net payments per econ code: the whole year (to the as-of date) and 1 January to the as-of month and day. */
  paid: Map<string, { fullYear: Decimal; toMonthDay: Decimal }>;
}

/** The same month and day a year earlier; 29 February becomes 28 February. */
const sameDayLastYear = (asOf: string): string =>
  `${Number(asOf.slice(0, 4)) - 1}-${asOf.slice(5) === '02-29' ? '02-28' : asOf.slice(5)}`;

const sumOf = (entry: AgencyYear | undefined, econCodes: readonly string[], part: 'fullYear' | 'toMonthDay') =>
  econCodes.reduce((total, code) => total.plus(entry?.paid.get(code)?.[part] ?? 0), new Decimal(0));

/**
 * EXE-SANGONG: an agency's 三公 payments (因公出国（境）, 公务接待, 公务用车运行维护, 公务用车购置;
 * econ codes as a parameter) in a year up to the as-of date exceed its 三公 budget, the current
 * amount of its budget lines of those codes (red), or else exceed its 三公 payments over the same
 * period of the year before, 1 January to the same month and day (yellow). A completed year is
 * compared whole with the whole year before. Missing data is not read as an anomaly: the red test
 * needs the region's budget lines of the year to be loaded (as EXE-NOBUDGET), the yellow test needs
 * the agency to have made some payment in last year's period (a year not loaded, or a new agency, is
 * not growth from nothing). Year Y is compared with Y − 1, so a batch of Y − 1 data can change Y's
 * findings (followingYears: 1).
 */
export const exeSangong: RuleDescriptor<SangongParams> = {
  code: 'EXE-SANGONG',
  version: 1,
  nameZh: '三公经费异常',
  nameEn: '"Three public expenses" irregular',
  category: 'execution',
  entityType: 'agency',
  description: {
    zh: '单位三公经费（因公出国（境）、公务接待、公务用车运行维护、公务用车购置）支付超过三公经费预算（红），或超过上年同期支付（黄）',
    en: 'An agency’s payments for official travel abroad, official receptions and official vehicles exceed their budget (red) or the same period of last year (yellow)',
  },
  basis: '党政机关厉行节约反对浪费条例 (三公 spending within budget, only decreasing); 预算法 第十三条',
  params: z.object({ econCodes: z.array(z.string().regex(/^\d{3,5}$/)).min(1) }),
  defaults: { econCodes: ['30212', '30217', '30231', '31013'] },
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  followingYears: 1,
  async compute(context) {
    const asOfYear = Number(context.asOf.slice(0, 4));
    const years = scopeYears(context)?.filter((y) => y <= asOfYear) ?? null;
    if (years?.length === 0) return [];
    const codes = [...new Set(context.allParams().flatMap((p) => p.econCodes))];
    const from = years ? Math.min(...years) - 1 : 1;
    const [payments, budgets] = await Promise.all([
      context.db.query<{
        region_code: string;
        agency_code: string;
        agency_name: string | null;
        year: number;
        econ_code: string;
        full_year: string;
        to_month_day: string;
        paid_last_year: boolean | null;
      }>(
        // From the sums: every month before the as-of month, whole; the as-of month to the as-of day, in
        // each year, from the payments of the agencies that paid a 三公 code that month (the sums say
        // which), through the (region, agency, date) index. Then an index probe per agency-year for
        // last year's payments.
        `WITH summed AS (
           SELECT region_code, agency_code, fiscal_year AS year, econ_code, sum(amount) AS full_year,
                  COALESCE(sum(amount) FILTER (WHERE month < $4), 0.00) AS before_month
           FROM ${paidToDateSql({ from: 'make_date($1, 1, 1)', asOf: '$2', regions: '$5' })} paid
           WHERE econ_code = ANY($3)
           GROUP BY 1, 2, 3, 4
         ),
         in_month AS (
           SELECT p.region_code, p.agency_code, g.fiscal_year AS year, p.econ_code, sum(p.amount) AS amount
           FROM (
             SELECT DISTINCT region_code, agency_code, fiscal_year FROM payment_summary
             WHERE month = $4 AND econ_code = ANY($3) AND fiscal_year BETWEEN $1 AND $6
               AND ($5::text[] IS NULL OR region_code = ANY($5))
           ) g
           CROSS JOIN LATERAL (
             SELECT * FROM payments p
             WHERE p.region_code = g.region_code AND p.agency_code = g.agency_code
               AND p.pay_date >= make_date(g.fiscal_year, $4, 1) AND p.pay_date < make_date(g.fiscal_year, $4, 1) + interval '1 month'
               AND date_part('day', p.pay_date) <= $8 AND p.pay_date <= $2 AND p.econ_code = ANY($3)
             OFFSET 0 -- one index search per agency-year, not a join over every payment
           ) p
           GROUP BY 1, 2, 3, 4
         ),
         sangong AS (
           SELECT s.region_code, s.agency_code, s.year, s.econ_code, s.full_year,
                  s.before_month + COALESCE(m.amount, 0.00) AS to_month_day
           FROM summed s
           LEFT JOIN in_month m ON m.region_code = s.region_code AND m.agency_code = s.agency_code AND m.year = s.year AND m.econ_code = s.econ_code
         ),
         judged AS (
           SELECT j.region_code, j.agency_code, j.year, EXISTS (
                    SELECT 1 FROM payments p WHERE p.region_code = j.region_code AND p.agency_code = j.agency_code
                      AND p.pay_date BETWEEN make_date(j.year - 1, 1, 1)
                                     AND CASE WHEN j.year = $6 THEN $7::date ELSE make_date(j.year - 1, 12, 31) END
                  ) AS paid_last_year
           FROM (SELECT DISTINCT region_code, agency_code, year FROM sangong WHERE year > $1) j
         )
         SELECT s.region_code, s.agency_code, a.agency_name, s.year, s.econ_code, s.full_year::text, s.to_month_day::text,
                j.paid_last_year
         FROM sangong s
         LEFT JOIN judged j ON j.region_code = s.region_code AND j.agency_code = s.agency_code AND j.year = s.year
         LEFT JOIN agencies a ON a.agency_code = s.agency_code`,
        [
          from,
          context.asOf,
          codes,
          Number(context.asOf.slice(5, 7)),
          context.regions,
          asOfYear,
          sameDayLastYear(context.asOf),
          Number(context.asOf.slice(8, 10)),
        ],
      ),
      context.db.query<{
        region_code: string;
        fiscal_year: number;
        agency_code: string | null;
        econ_code: string | null;
        current: string;
      }>(
        // One pass: the 三公 budget per agency, year and code, and a row (agency and code null) for every
        // other region-year with budget lines, which tells which region-years have their budget loaded.
        `SELECT region_code, fiscal_year, CASE WHEN econ_code = ANY($3) THEN agency_code END AS agency_code,
                CASE WHEN econ_code = ANY($3) THEN econ_code END AS econ_code, sum(amount)::text AS current
         FROM budget_lines
         WHERE fiscal_year BETWEEN $1 AND extract(year FROM $2::date) AND issued_date <= $2
           AND ($4::text[] IS NULL OR region_code = ANY($4))
         GROUP BY 1, 2, 3, 4`,
        [from, context.asOf, codes, context.regions],
      ),
    ]);

    const agencyYears = new Map<string, AgencyYear>();
    for (const row of payments.rows) {
      const key = `${row.agency_code}|${row.year}`;
      const entry: AgencyYear = agencyYears.get(key) ?? {
        regionCode: row.region_code,
        agencyName: row.agency_name ?? row.agency_code,
        paidLastYear: row.paid_last_year,
        paid: new Map(),
      };
      agencyYears.set(key, entry);
      entry.paidLastYear ||= row.paid_last_year;
      // One row per agency, year and code, unless an agency's payments carry more than one region.
      const seen = entry.paid.get(row.econ_code);
      entry.paid.set(row.econ_code, {
        fullYear: new Decimal(row.full_year).plus(seen?.fullYear ?? 0),
        toMonthDay: new Decimal(row.to_month_day).plus(seen?.toMonthDay ?? 0),
      });
    }
    const loaded = new Set(budgets.rows.map((r) => `${r.region_code}|${r.fiscal_year}`));
    const budget = new Map<string, Decimal>();
    for (const r of budgets.rows) {
      if (r.agency_code === null) continue;
      const key = `${r.agency_code}|${r.fiscal_year}|${r.econ_code}`;
      budget.set(key, new Decimal(r.current).plus(budget.get(key) ?? 0));
    }

    const findings: Finding[] = [];
    for (const [key, entry] of agencyYears) {
      const [agencyCode = '', yearText = ''] = key.split('|');
      const year = Number(yearText);
      if (entry.paidLastYear === null || (years && !years.includes(year))) continue;
      const { econCodes } = context.paramsFor(entry.regionCode);
      const paid = sumOf(entry, econCodes, 'fullYear');
      if (paid.lte(0)) continue;
      const budgeted = econCodes.reduce(
        (total, code) => total.plus(budget.get(`${agencyCode}|${year}|${code}`) ?? 0),
        new Decimal(0),
      );
      const inYear = year === asOfYear;
      const periodEnd = inYear ? context.asOf : yearEnd(year);
      const lastYearPaid = entry.paidLastYear
        ? sumOf(agencyYears.get(`${agencyCode}|${year - 1}`), econCodes, inYear ? 'toMonthDay' : 'fullYear')
        : null;
      const crossed =
        loaded.has(`${entry.regionCode}|${year}`) && paid.gt(budgeted)
          ? {
              severity: 'red' as const,
              threshold: budgeted,
              zh: `超过三公经费预算${yuanText(budgeted.toFixed(2))}元`,
              en: `more than its budget of ${budgeted.toFixed(2)} yuan`,
            }
          : lastYearPaid && paid.gt(lastYearPaid)
            ? {
                severity: 'yellow' as const,
                threshold: lastYearPaid,
                zh: `超过上年同期${yuanText(lastYearPaid.toFixed(2))}元`,
                en: `more than the ${lastYearPaid.toFixed(2)} yuan of the same period last year`,
              }
            : null;
      if (!crossed) continue;
      const lastPeriodEnd = inYear ? sameDayLastYear(context.asOf) : yearEnd(year - 1);
      const [month, day] = context.asOf.slice(5).split('-').map(Number);
      const span = inYear
        ? { zh: `1月1日至${month}月${day}日`, en: ` from 1 January to ${context.asOf}` }
        : { zh: '全年', en: '' };
      findings.push({
        severity: crossed.severity,
        regionCode: entry.regionCode,
        entityType: 'agency',
        entityKey: agencyCode,
        period: String(year),
        value: paid.toFixed(2),
        threshold: crossed.threshold.toFixed(2),
        evidence: {
          agencyCode,
          econCodes,
          period: { from: `${year}-01-01`, to: periodEnd },
          paid: paid.toFixed(2),
          paidByEcon: Object.fromEntries(
            econCodes.map((c) => [c, (entry.paid.get(c)?.fullYear ?? new Decimal(0)).toFixed(2)]),
          ),
          budget: budgeted.toFixed(2),
          lastYearPeriod: { from: `${year - 1}-01-01`, to: lastPeriodEnd },
          lastYearPaid: lastYearPaid?.toFixed(2) ?? null,
        },
        explanation: {
          zh: `${entry.agencyName}${year}年${span.zh}三公经费支付${yuanText(paid.toFixed(2))}元，${crossed.zh}`,
          en: `${entry.agencyName} paid ${paid.toFixed(2)} yuan of 三公 expenses in ${year}${span.en}, ${crossed.en}`,
        },
      });
    }
    return findings;
  },
};
