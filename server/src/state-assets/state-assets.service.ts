import Decimal from 'decimal.js';
import type pg from 'pg';
import { subtreeRegions } from '../shared/subtree-regions';
import { ruleLines, shareOf } from '../detect/warning-lines';
import { soeDividend } from '../detect/rules/state-assets/soe-dividend';
import { soeLeverage } from '../detect/rules/state-assets/soe-leverage';
import { soeLoss } from '../detect/rules/state-assets/soe-loss';
import { soePreserve } from '../detect/rules/state-assets/soe-preserve';
import { ANNUAL_PERIOD } from '../detect/rules/state-assets/soe-periods';
import type { Enterprise, StateAssets, StateAssetsScope } from './state-assets.schemas';
import {
  leverageIndicator,
  leverageRungs,
  lossSeverity,
  preservationIndicator,
  soeLinesInForce,
  unpaidIndicator,
} from './soe-lines';

interface EnterpriseRow {
  enterprise_code: string;
  enterprise_name: string;
  region_code: string;
  supervisor: string;
  industry_class: Enterprise['industryClass'];
  period: string;
  total_assets: string;
  total_liabilities: string;
  annual_period: string | null;
  net_profit: string | null;
  loss_years: number;
  state_capital: string | null;
  base_state_capital: string | null;
  dividends_due: string | null;
  dividends_paid: string | null;
}

/**
 * Each enterprise of the subtree reporting in the year: its balance sheet at the year's latest report,
 * and the year's results from the year's annual report, or the year before's while the year's is not
 * in (a year's results are settled in its annual report: SOE-LOSS and SOE-DIVIDEND read annual reports
 * only). Losses in a row count annual reports of following years, as SOE-LOSS does.
 */
const ENTERPRISES_SQL = `
  WITH latest AS (
    SELECT DISTINCT ON (enterprise_code) * FROM soe_financials
    WHERE region_code = ANY($1::text[]) AND left(period, 4)::int = $2
    ORDER BY enterprise_code, period ~ ${ANNUAL_PERIOD} DESC, period DESC),
  annual AS (
    SELECT enterprise_code, period::int AS year, net_profit, state_capital, dividends_due, dividends_paid FROM soe_financials
    WHERE period ~ ${ANNUAL_PERIOD} AND enterprise_code IN (SELECT enterprise_code FROM latest) AND period::int <= $2),
  chosen AS (
    SELECT DISTINCT ON (enterprise_code) * FROM annual WHERE year >= $2 - 1 ORDER BY enterprise_code, year DESC),
  losses AS (
    SELECT enterprise_code, year, year - row_number() OVER (PARTITION BY enterprise_code ORDER BY year) AS run FROM annual WHERE net_profit < 0),
  runs AS (
    SELECT enterprise_code, max(year) AS last_year, count(*)::int AS years FROM losses GROUP BY enterprise_code, run)
  SELECT l.enterprise_code, l.enterprise_name, l.region_code, l.supervisor, l.industry_class::text AS industry_class, l.period,
         l.total_assets::text, l.total_liabilities::text, c.year::text AS annual_period, c.net_profit::text,
         COALESCE(s.years, 0) AS loss_years, c.state_capital::text, b.state_capital::text AS base_state_capital,
         c.dividends_due::text, c.dividends_paid::text
  FROM latest l
  LEFT JOIN chosen c ON c.enterprise_code = l.enterprise_code
  LEFT JOIN annual b ON b.enterprise_code = l.enterprise_code AND b.year = c.year - 1
  LEFT JOIN runs s ON s.enterprise_code = l.enterprise_code AND s.last_year = c.year
  ORDER BY l.total_liabilities / NULLIF(l.total_assets, 0) DESC NULLS LAST, l.enterprise_code`;

const sum = (values: readonly (string | null)[]) =>
  values.reduce((total, value) => (value === null ? total : total.plus(value)), new Decimal(0));

/** 国有资产 of a region subtree in a fiscal year: every enterprise judged by the SOE rules' lines, and the totals. */
export async function getStateAssets(pool: pg.Pool, input: StateAssetsScope): Promise<StateAssets> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeRegions(pool, regionCode);
  const codes = regions.map((region) => region.regionCode);
  const [rows, linesFor] = await Promise.all([
    pool.query<EnterpriseRow>(ENTERPRISES_SQL, [codes, fiscalYear]),
    soeLinesInForce(pool, codes),
  ]);
  const nameOf = new Map(regions.map((region) => [region.regionCode, region.regionName]));
  const enterprises: Enterprise[] = rows.rows.map((row) => {
    const lines = linesFor(row.region_code);
    return {
      enterpriseCode: row.enterprise_code,
      enterpriseName: row.enterprise_name,
      regionCode: row.region_code,
      regionName: nameOf.get(row.region_code) ?? row.region_code,
      supervisor: row.supervisor,
      industryClass: row.industry_class,
      period: row.period,
      totalAssets: row.total_assets,
      totalLiabilities: row.total_liabilities,
      leverage: leverageIndicator(
        row.total_liabilities,
        row.total_assets,
        row.industry_class === 'industrial',
        lines.leverage,
      ),
      annualPeriod: row.annual_period,
      netProfit: row.net_profit,
      lossYears: row.loss_years,
      lossSeverity: lossSeverity(row.loss_years, lines.loss),
      stateCapital: row.state_capital,
      baseStateCapital: row.base_state_capital,
      preservation: preservationIndicator(row.state_capital, row.base_state_capital, lines.preserve),
      dividendsDue: row.dividends_due,
      dividendsPaid: row.dividends_paid,
      unpaid: unpaidIndicator(row.dividends_due, row.dividends_paid, lines.dividend),
    };
  });

  const assets = sum(enterprises.map((e) => e.totalAssets));
  const liabilities = sum(enterprises.map((e) => e.totalLiabilities));
  const preserved = enterprises.filter((e) => e.preservation.value !== null);
  const capital = sum(preserved.map((e) => e.stateCapital));
  const base = sum(preserved.map((e) => e.baseStateCapital));
  const due = sum(enterprises.map((e) => e.dividendsDue));
  const paid = sum(enterprises.map((e) => e.dividendsPaid));
  const count = (test: (e: Enterprise) => boolean) => enterprises.filter(test).length;

  const root = linesFor(regionCode);
  const fraction = (percent: number) => new Decimal(percent).dividedBy(100).toFixed();
  return {
    regionCode,
    regionName: regions[0]!.regionName,
    fiscalYear,
    summary: {
      enterprises: enterprises.length,
      totalAssets: assets.toFixed(2),
      totalLiabilities: liabilities.toFixed(2),
      leverage: shareOf(liabilities, assets),
      overWarningLine: count((e) => e.leverage.severity === 'yellow'),
      overKeyLine: count((e) => e.leverage.severity === 'red'),
      lossMaking: count((e) => e.netProfit !== null && new Decimal(e.netProfit).lt(0)),
      consecutiveLosses: count((e) => e.lossSeverity !== null),
      preservation: shareOf(capital, base),
      notPreserved: count((e) => e.preservation.severity !== null),
      dividendsDue: due.toFixed(2),
      dividendsPaid: paid.toFixed(2),
      paidRatio: shareOf(paid, due),
      underpaid: count((e) => e.unpaid.severity !== null),
    },
    enterprises,
    lines: {
      leverage: {
        ruleCode: soeLeverage.code,
        industrial: ruleLines(soeLeverage.code, leverageRungs(root.leverage, true)).lines,
        nonIndustrial: ruleLines(soeLeverage.code, leverageRungs(root.leverage, false)).lines,
      },
      loss: { ruleCode: soeLoss.code, consecutiveYears: root.loss.consecutiveYears },
      preservation: { ruleCode: soePreserve.code, below: fraction(root.preserve.ratio) },
      dividend: { ruleCode: soeDividend.code, shortfallAbove: fraction(root.dividend.shortfall) },
    },
  };
}
