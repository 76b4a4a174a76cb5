import { z } from 'zod';
import { yuanText } from '../../format';
import type { Finding, RuleDescriptor } from '../../rule-descriptor';
import { ANNUAL_PERIOD, periodReached } from './soe-periods';

interface LossParams extends Record<string, unknown> {
  /** How many annual losses in a row make a finding. */
  consecutiveYears: number;
}

interface LossRow {
  enterprise_code: string;
  enterprise_name: string;
  region_code: string;
  year: number;
  net_profit: string;
}

/**
 * SOE-LOSS: net profit below zero in consecutive annual reports (default two). Only annual periods
 * count (quarterly figures are year to date and say nothing about a whole year); years must follow
 * each other (a missing report breaks the run). Every year that ends such a run is a finding of its
 * own, so a later profitable year does not resolve an earlier run of losses.
 */
export const soeLoss: RuleDescriptor<LossParams> = {
  code: 'SOE-LOSS',
  version: 1,
  nameZh: '连续亏损',
  nameEn: 'Consecutive losses',
  category: 'state_assets',
  entityType: 'enterprise',
  description: {
    zh: '国有企业连续两个（或以上）会计年度年报净利润为负；季报不计，年度须相连',
    en: 'A state-owned enterprise reports a negative net profit in two (or more) consecutive annual reports; quarterly reports do not count and the years must follow each other',
  },
  basis: 'RULES.md default (two consecutive annual losses), for the user to tune',
  params: z.object({ consecutiveYears: z.number().int().min(2).max(10) }),
  defaults: { consecutiveYears: 2 },
  feeds: ['soe_financials'],
  grain: 'snapshot',
  async compute(context) {
    // Loss years of every enterprise (small table); the region filter applies to the year that ends the run.
    const result = await context.db.query<LossRow>(
      `SELECT s.enterprise_code, s.enterprise_name, s.region_code, s.period::int AS year, s.net_profit::text
       FROM soe_financials s
       WHERE s.period ~ ${ANNUAL_PERIOD} AND ${periodReached('s')} AND s.net_profit < 0
       ORDER BY s.enterprise_code, s.period`,
      [context.asOf],
    );
    const findings: Finding[] = [];
    let run: LossRow[] = [];
    for (const row of result.rows) {
      const previous = run.at(-1);
      if (previous && previous.enterprise_code === row.enterprise_code && previous.year === row.year - 1) run.push(row);
      else run = [row];
      const { consecutiveYears } = context.paramsFor(row.region_code);
      if (run.length < consecutiveYears) continue;
      if (context.regions && !context.regions.includes(row.region_code)) continue;
      findings.push(lossFinding(run, consecutiveYears));
    }
    return findings;
  },
};

/** At most this many years of a run are listed, in the evidence and in the explanation alike. */
const LISTED_YEARS = 50;

function lossFinding(run: readonly LossRow[], consecutiveYears: number): Finding {
  const last = run.at(-1)!;
  const first = run[0]!;
  const listed = run.slice(-LISTED_YEARS);
  const latest = listed.length < run.length;
  return {
    severity: 'orange',
    regionCode: last.region_code,
    entityType: 'enterprise',
    entityKey: last.enterprise_code,
    period: String(last.year),
    value: String(run.length),
    threshold: String(consecutiveYears),
    evidence: {
      enterpriseCode: last.enterprise_code,
      periods: listed.map((r) => String(r.year)),
      netProfits: Object.fromEntries(listed.map((r) => [String(r.year), r.net_profit])),
    },
    explanation: {
      zh: `${last.enterprise_name}${first.year}—${last.year}年连续${run.length}年亏损，${latest ? `最近${listed.length}年：` : ''}${listed
        .map((r) => `${r.year}年净利润${yuanText(r.net_profit)}元`)
        .join('、')}`,
      en: `${last.enterprise_name} made a loss in ${run.length} consecutive years ${first.year}–${last.year}: net profit ${latest ? `in the latest ${listed.length}: ` : ''}${listed
        .map((r) => `${r.net_profit} yuan in ${r.year}`)
        .join(', ')}`,
    },
  };
}
