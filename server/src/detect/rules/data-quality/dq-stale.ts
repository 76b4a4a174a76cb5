import Decimal from 'decimal.js';
import { z } from 'zod';
import type { FeedName } from '../../../ingest/feeds/feed-descriptor';
import { FEEDS } from '../../../ingest/feeds/feed-registry';
import type { Finding, RuleDescriptor } from '../../rule-descriptor';
import { topRegionInScope } from './top-region';

interface StaleParams extends Record<string, unknown> {
  paymentsDays: number;
  monthlyDays: number;
  annualDays: number;
}

type Cadence = 'payments' | 'monthly' | 'annual';

/**
 * How often each feed of FEEDS.md is expected. Monthly: the feeds reported by month (revenue,
 * debt_balances, social_funds) and bond_projects (专项债 project spending is reported monthly to the
 * 穿透式监测 system). Annual: feeds of yearly figures (budget_lines: 指标 are issued as needed, so a
 * quiet month is normal; debt_limits; fiscal_capacity; soe_financials, whose quarterly reports are
 * not always required; bonds, a register that changes when bonds are issued). regions and agencies
 * are reference data without a cadence: not judged.
 */
const CADENCE: Readonly<Partial<Record<FeedName, Cadence>>> = {
  payments: 'payments',
  revenue: 'monthly',
  debt_balances: 'monthly',
  social_funds: 'monthly',
  bond_projects: 'monthly',
  budget_lines: 'annual',
  debt_limits: 'annual',
  bonds: 'annual',
  fiscal_capacity: 'annual',
  soe_financials: 'annual',
};

const SECONDS_PER_DAY = 86_400;
const days = z.number().positive().max(3650);

/**
 * DQ-STALE 数据更新中断: by load time (the run's `now`, never the data's as-of date), a feed whose last
 * successful batch finished longer ago than its cadence allows (strictly more than 7, 40 or 400 days).
 * A feed never loaded successfully is not judged (nothing was interrupted; a region may not receive
 * that feed at all). Period = the date (Beijing time) of that last batch, so a feed that goes stale
 * again after a new load is a new alert. Filed under the root region, in runs that reach it.
 */
export const dqStale: RuleDescriptor<StaleParams> = {
  code: 'DQ-STALE',
  version: 1,
  nameZh: '数据更新中断',
  nameEn: 'Feed not updated',
  category: 'data_quality',
  entityType: 'feed',
  description: {
    zh: '某数据接口最近一次成功导入距今超过其更新周期：支付明细7天，月度数据40天，年度数据400天（行政区划、预算单位不计）',
    en: 'A feed’s last successful load is older than its cadence allows: payments 7 days, monthly feeds 40 days, annual feeds 400 days (regions and agencies are not judged)',
  },
  basis: 'RULES.md defaults (7 / 40 / 400 days), for the user to tune',
  params: z.object({ paymentsDays: days, monthlyDays: days, annualDays: days }),
  defaults: { paymentsDays: 7, monthlyDays: 40, annualDays: 400 },
  // Judged by the clock, not by data: run on demand and by the full run, never after a batch.
  feeds: [],
  grain: 'snapshot',
  async compute(context) {
    const region = await topRegionInScope(context);
    if (!region) return [];
    const result = await context.db.query<{
      feed: string;
      batch_id: string;
      load_date: string;
      finished_at: string;
      age_seconds: string;
    }>(
      `SELECT feed, id::text AS batch_id, to_char(loaded AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS load_date,
              to_char(loaded AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS finished_at,
              extract(epoch FROM $1::timestamptz - loaded)::text AS age_seconds
       FROM (SELECT DISTINCT ON (feed) feed, id, COALESCE(finished_at, started_at) AS loaded FROM ingest_batches
             WHERE status = 'succeeded' AND COALESCE(finished_at, started_at) <= $1::timestamptz
             ORDER BY feed, COALESCE(finished_at, started_at) DESC, id DESC) last_batch`,
      [context.now],
    );
    const lastBatch = new Map(result.rows.map((row) => [row.feed, row]));
    const params = context.paramsFor(region);
    const allowed: Record<Cadence, number> = {
      payments: params.paymentsDays,
      monthly: params.monthlyDays,
      annual: params.annualDays,
    };
    const findings: Finding[] = [];
    for (const feed of FEEDS) {
      const cadence = CADENCE[feed.name];
      const last = lastBatch.get(feed.name);
      if (!cadence || !last) continue;
      const limit = allowed[cadence];
      const ageSeconds = new Decimal(last.age_seconds);
      if (!ageSeconds.gt(limit * SECONDS_PER_DAY)) continue;
      // Whole days: the alert changes once a day as it ages, not on every run.
      const age = ageSeconds.div(SECONDS_PER_DAY).floor().toFixed(0);
      findings.push({
        severity: 'yellow',
        regionCode: region,
        entityType: 'feed',
        entityKey: feed.name,
        period: last.load_date,
        value: age,
        threshold: limit.toFixed(2),
        evidence: { feed: feed.name, batchId: last.batch_id, lastLoadedAt: last.finished_at, cadenceDays: limit },
        explanation: {
          zh: `${feed.nameZh}最近一次成功导入为${last.load_date}（批次${last.batch_id}），已${age}天以上未更新，超过${limit}天的更新周期`,
          en: `feed ${feed.name} was last loaded successfully on ${last.load_date} (batch ${last.batch_id}), over ${age} days ago, beyond its cadence of ${limit} days`,
        },
      });
    }
    return findings;
  },
};
