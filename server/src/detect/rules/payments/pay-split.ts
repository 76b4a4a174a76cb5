import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { addDays, inputDates, type Finding, type RuleContext, type RuleDescriptor } from '../../rule-descriptor';
import { yuan } from './payment-query';

interface SplitParams extends Record<string, unknown> {
  /** Procurement threshold T in yuan: each payment is below it, together they reach it. */
  threshold: number;
  /** Each payment is at least this share of T (0.5 = half). */
  lowShare: number;
}

interface BandPayment {
  voucher_no: string;
  pay_date: string;
  region_code: string;
  agency_code: string;
  payee_name: string;
  amount: string;
}

/** Payments of one cluster lie within this many days of its first payment. */
const WINDOW_DAYS = 7;
const MAX_LISTED = 50;

/**
 * PAY-SPLIT: one purchase paid in parts to stay under the procurement threshold. The payee is the
 * payee_name (an account number is optional in the feed, and two accounts of one payee are still
 * one payee). Clusters are formed per region, agency and payee from the payments in the band
 * [lowShare·T, T) in (date, voucher) order: the first payment opens a cluster, which takes every
 * later band payment dated at most 7 days after that first one; the next payment after it opens the
 * next cluster. A cluster of two or more payments that together reach T is flagged on its first
 * voucher.
 */
export const paySplit: RuleDescriptor<SplitParams> = {
  code: 'PAY-SPLIT',
  version: 1,
  nameZh: '疑似拆分支付',
  nameEn: 'Suspected split payment',
  category: 'payments',
  entityType: 'payment',
  description: {
    zh: '同一单位向同一收款人在7天内（自首笔起算）支付两笔及以上，每笔均低于采购限额且不低于限额的一半，合计达到限额；以首笔凭证号标识',
    en: 'One agency pays one payee two or more times within 7 days of the first payment, each below the procurement threshold and at least half of it, together at or above it; keyed by the first voucher',
  },
  basis: '政府采购法 第四十一条 (no splitting to evade procurement); RULES.md default threshold 1,000,000 yuan',
  params: z.object({ threshold: yuan.positive(), lowShare: z.number().gt(0).lt(1) }),
  defaults: { threshold: 1_000_000, lowShare: 0.5 },
  feeds: ['payments'],
  grain: 'day',
  marginDays: WINDOW_DAYS,
  async compute(context) {
    // A finding is dated by its first payment (window ± 7 days) and holds payments up to 7 days later.
    const dates = inputDates(context, 3 * WINDOW_DAYS, 2 * WINDOW_DAYS);
    const clusters = splitClusters(context, await bandPayments(context, dates.from, dates.to), dates.from);
    // Clusters chain: whether a payment opens one depends on the band payments before it. When a run
    // read from the first days of the input dates (it may have begun earlier) reaches the scope of an
    // incremental run, read the full history instead: rare, and exact.
    const scopeFrom = context.window ? addDays(context.window.from, -WINDOW_DAYS) : null;
    if (scopeFrom && clusters.openRunReaches && clusters.openRunReaches >= scopeFrom) {
      return splitClusters(context, await bandPayments(context, '0001-01-01', dates.to), '0001-01-01').findings;
    }
    return clusters.findings;
  },
};

/**
 * The band payments (loosest band of the parameters in force) that have another band payment of the
 * same region, agency and payee within 7 days: one pass over the payments, one sort of the band.
 */
async function bandPayments(context: RuleContext<SplitParams>, from: string, to: string): Promise<BandPayment[]> {
  const all = context.allParams();
  const low = Decimal.min(...all.map((p) => new Decimal(p.threshold).times(p.lowShare)));
  const high = Decimal.max(...all.map((p) => new Decimal(p.threshold)));
  const result = await context.db.query<BandPayment>(
    `WITH band AS (
       SELECT voucher_no, pay_date, region_code, agency_code, payee_name, amount,
              lag(pay_date) OVER run AS previous_date, lead(pay_date) OVER run AS next_date
       FROM payments
       WHERE amount >= $1 AND amount < $2 AND pay_date BETWEEN $3 AND $4 AND ($5::text[] IS NULL OR region_code = ANY($5))
       WINDOW run AS (PARTITION BY region_code, agency_code, payee_name ORDER BY pay_date, voucher_no)
     )
     SELECT voucher_no, pay_date::text, region_code, agency_code, payee_name, amount::text FROM band
     WHERE pay_date - previous_date <= $6 OR next_date - pay_date <= $6
     ORDER BY region_code, agency_code, payee_name, pay_date, voucher_no`,
    [low.toFixed(2), high.toFixed(2), from, to, context.regions, WINDOW_DAYS],
  );
  return result.rows;
}

/**
 * Clusters of the payments in each region's own band, and the latest date reached by a run (band
 * payments of one payee, each within 7 days of the one before) that begins within 7 days of
 * `readFrom`, so that it may continue a run from before (null when there is none).
 */
function splitClusters(
  context: RuleContext<SplitParams>,
  rows: readonly BandPayment[],
  readFrom: string,
): { findings: Finding[]; openRunReaches: string | null } {
  const findings: Finding[] = [];
  let openRunReaches: string | null = null;
  let openRun = false;
  let previousDate = '';
  let cluster: BandPayment[] = [];
  const close = () => {
    const finding = cluster.length >= 2 ? splitFinding(context, cluster) : null;
    if (finding) findings.push(finding);
    cluster = [];
  };
  let payeeKey = '';
  for (const row of rows) {
    const { threshold, lowShare } = context.paramsFor(row.region_code);
    const amount = new Decimal(row.amount);
    if (amount.gte(threshold) || amount.lt(new Decimal(threshold).times(lowShare))) continue;
    const key = `${row.region_code}|${row.agency_code}|${row.payee_name}`;
    if (key !== payeeKey) openRun = row.pay_date < addDays(readFrom, WINDOW_DAYS);
    else if (row.pay_date > addDays(previousDate, WINDOW_DAYS)) openRun = false;
    if (openRun && (!openRunReaches || row.pay_date > openRunReaches)) openRunReaches = row.pay_date;
    previousDate = row.pay_date;
    const first = cluster[0];
    if (key === payeeKey && first && row.pay_date <= addDays(first.pay_date, WINDOW_DAYS)) {
      cluster.push(row);
      continue;
    }
    close();
    payeeKey = key;
    cluster = [row];
  }
  close();
  return { findings, openRunReaches };
}

function splitFinding(context: RuleContext<SplitParams>, cluster: readonly BandPayment[]): Finding | null {
  const first = cluster[0]!;
  const last = cluster[cluster.length - 1]!;
  const { threshold } = context.paramsFor(first.region_code);
  const total = cluster.reduce((sum, row) => sum.plus(row.amount), new Decimal(0));
  if (total.lt(threshold)) return null;
  const thresholdText = new Decimal(threshold).toFixed(2);
  return {
    severity: 'orange',
    regionCode: first.region_code,
    entityType: 'payment',
    entityKey: first.voucher_no,
    period: first.pay_date,
    value: total.toFixed(2),
    threshold: thresholdText,
    evidence: {
      vouchers: cluster.slice(0, MAX_LISTED).map((row) => row.voucher_no),
      payments: cluster
        .slice(0, MAX_LISTED)
        .map((row) => ({ voucher: row.voucher_no, date: row.pay_date, amount: row.amount })),
      count: cluster.length,
      total: total.toFixed(2),
      agencyCode: first.agency_code,
      payee: first.payee_name,
      from: first.pay_date,
      to: last.pay_date,
    },
    explanation: {
      zh: `单位${first.agency_code}于${first.pay_date}至${last.pay_date}向“${first.payee_name}”支付${cluster.length}笔，每笔均低于采购限额${yuanText(thresholdText)}元，合计${yuanText(total.toFixed(2))}元，疑似拆分支付`,
      en: `agency ${first.agency_code} paid "${first.payee_name}" ${cluster.length} times from ${first.pay_date} to ${last.pay_date}, each below the procurement threshold of ${thresholdText} yuan, ${total.toFixed(2)} yuan in total`,
    },
  };
}
