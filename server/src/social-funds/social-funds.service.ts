import Decimal from 'decimal.js';
import type pg from 'pg';
import { sifMonths } from '../detect/rules/social-funds/sif-months';
import { ruleParamsFor, ruleParamsInForce } from '../detect/rule-params-in-force';
import { getRegion } from '../shared/subtree-regions';
import { isDeficit, reservePosition } from './fund-measures';
import { findBranchMonths, findFundMonths, type GroupMonth } from './social-funds.queries';
import type {
  SocialFundInput,
  SocialFundMonthly,
  SocialFundOverview,
  SocialFundRegions,
  SocialFundScope,
} from './social-funds.schemas';

/**
 * 社会保险基金 of a region subtree and fiscal year: income against expenditure year to date, the
 * balance and the months of spending it covers, per fund type, month and sub-region, judged on the
 * SIF-MONTHS lines in force and SIF-DEFICIT. Each fund (or branch) is measured at its own latest
 * month of the year, as the rules measure each region and fund; the twelve months averaged run
 * across the year boundary.
 */

type ReserveLines = { yellowBelow: number; redBelow: number };

/** The order of the fund types in 社会保险基金预算 tables (FEEDS.md's list, with 机关事业 and 居民医保); others after, by name. */
const FUND_ORDER = [
  '企业职工基本养老保险',
  '机关事业单位基本养老保险',
  '城乡居民基本养老保险',
  '职工基本医疗保险',
  '城乡居民基本医疗保险',
  '失业保险',
  '工伤保险',
];
const fundRank = (fundType: string) => {
  const rank = FUND_ORDER.indexOf(fundType);
  return rank === -1 ? FUND_ORDER.length : rank;
};

const regionNameOrThrow = async (pool: pg.Pool, regionCode: string): Promise<string> => (await getRegion(pool, regionCode)).name;

const linesText = (lines: ReserveLines) => ({
  yellowBelow: String(lines.yellowBelow),
  redBelow: String(lines.redBelow),
});

/** A group's position at its latest month of the year; null when it has no row that year. */
function positionOf(months: readonly GroupMonth[], fiscalYear: number, lines: ReserveLines) {
  const latest = months.filter((row) => row.fiscalYear === fiscalYear).at(-1);
  if (!latest) return null;
  const lastYear = months.find((row) => row.fiscalYear === fiscalYear - 1 && row.month === latest.month);
  return {
    latestMonth: latest.month,
    income: latest.ytdIncome,
    expenditure: latest.ytdExpenditure,
    surplus: new Decimal(latest.ytdIncome).minus(latest.ytdExpenditure).toFixed(2),
    deficit: isDeficit(latest.ytdIncome, latest.ytdExpenditure),
    balance: latest.balance,
    ...reservePosition(latest.balance, latest.spent, latest.monthsAveraged, lines),
    lastYearIncome: lastYear?.ytdIncome ?? null,
    lastYearExpenditure: lastYear?.ytdExpenditure ?? null,
  };
}

/** Rows grouped by a key, in the order the query gave them (by month within a group). */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export async function socialFundOverview(
  pool: pg.Pool,
  { regionCode, fiscalYear }: SocialFundScope,
): Promise<SocialFundOverview> {
  const [regionName, rows, lines] = await Promise.all([
    regionNameOrThrow(pool, regionCode),
    findFundMonths(pool, regionCode, fiscalYear),
    ruleParamsFor(pool, sifMonths, regionCode),
  ]);
  const groups = groupBy(rows, (row) => row.fundType);
  const total = positionOf(groups.get(null) ?? [], fiscalYear, lines);
  const funds = [...groups]
    .filter((entry): entry is [string, typeof rows] => entry[0] !== null)
    .flatMap(([fundType, months]) => {
      const position = positionOf(months, fiscalYear, lines);
      return position ? [{ fundType, ...position }] : [];
    })
    .sort((a, b) => fundRank(a.fundType) - fundRank(b.fundType) || a.fundType.localeCompare(b.fundType, 'zh-CN'));
  return {
    regionCode,
    regionName,
    fiscalYear,
    latestMonth: total?.latestMonth ?? 0,
    lines: linesText(lines),
    funds,
    total,
  };
}

export async function socialFundMonthly(
  pool: pg.Pool,
  { regionCode, fiscalYear, fundType }: SocialFundInput,
): Promise<SocialFundMonthly> {
  const [, rows, lines] = await Promise.all([
    regionNameOrThrow(pool, regionCode),
    findFundMonths(pool, regionCode, fiscalYear),
    ruleParamsFor(pool, sifMonths, regionCode),
  ]);
  const group = rows.filter((row) => row.fundType === (fundType ?? null));
  const rowOf = (year: number, month: number) => group.find((row) => row.fiscalYear === year && row.month === month);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const row = rowOf(fiscalYear, month);
    const lastYear = rowOf(fiscalYear - 1, month);
    const reserve = row ? reservePosition(row.balance, row.spent, row.monthsAveraged, lines) : null;
    return {
      month,
      income: row?.income ?? null,
      expenditure: row?.expenditure ?? null,
      balance: row?.balance ?? null,
      monthsPayable: reserve?.monthsPayable ?? null,
      reserveLevel: reserve?.reserveLevel ?? 'none',
      lastYearIncome: lastYear?.income ?? null,
      lastYearExpenditure: lastYear?.expenditure ?? null,
    };
  });
  return { fiscalYear, fundType: fundType ?? null, lines: linesText(lines), months };
}

export async function socialFundRegions(
  pool: pg.Pool,
  { regionCode, fiscalYear, fundType }: SocialFundInput,
): Promise<SocialFundRegions> {
  const [, rows] = await Promise.all([
    regionNameOrThrow(pool, regionCode),
    findBranchMonths(pool, regionCode, fiscalYear, fundType ?? null),
  ]);
  const groups = groupBy(rows, (row) => row.regionCode);
  const lines = await ruleParamsInForce(pool, sifMonths, [regionCode, ...groups.keys()]);
  const regions = [...groups].flatMap(([code, months]) => {
    const position = positionOf(months, fiscalYear, lines.get(code)!);
    if (!position) return [];
    const { regionName, level } = months[0]!;
    return [
      {
        regionCode: code,
        regionName,
        level,
        branch: code === regionCode ? ('self' as const) : ('child' as const),
        ...position,
      },
    ];
  });
  return { fundType: fundType ?? null, lines: linesText(lines.get(regionCode)!), regions };
}
