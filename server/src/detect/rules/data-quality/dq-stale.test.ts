import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleContext } from '../../rule-descriptor';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertBatch } from './batch-fixture';
import { dqStale } from './dq-stale';

const db = useRuleDatabase();

type StaleParams = typeof dqStale.defaults;

/** Runs the rule at a fixed load time (the engine passes the clock's). */
async function staleAt(now: string, regions: string[] | null = null, params: StaleParams = dqStale.defaults) {
  const context: RuleContext<StaleParams> = {
    db: db.pool,
    asOf: '2026-01-01',
    now,
    regions,
    paramsFor: () => params,
    allParams: () => [params],
    window: null,
  };
  const findings = await dqStale.compute(context);
  return Object.fromEntries(findings.map((f) => [f.entityKey, f]));
}

const NOW = '2026-11-20T02:00:00.000Z';

describe('DQ-STALE 数据更新中断', () => {
  it('flags payments strictly more than 7 days after their last successful load', async () => {
    await insertBatch(db, 'payments', { finishedAt: '2026-11-13T02:00:00.000Z' });
    assert.deepEqual(Object.keys(await staleAt('2026-11-20T01:59:59.999Z')), []);
    assert.deepEqual(Object.keys(await staleAt(NOW)), []);
    const found = await staleAt('2026-11-20T02:00:00.001Z');
    assert.deepEqual(Object.keys(found), ['payments']);
    const finding = found['payments']!;
    assert.equal(finding.severity, 'yellow');
    assert.equal(finding.regionCode, '390000');
    assert.equal(finding.period, '2026-11-13');
    assert.equal(finding.value, '7'); // whole days: 7 days and some hours
    assert.equal(finding.threshold, '7.00');
    assert.equal(finding.evidence['lastLoadedAt'], '2026-11-13T02:00:00.000Z');
  });

  it('allows monthly feeds 40 days and annual feeds 400, and judges neither regions nor agencies', async () => {
    await insertBatch(db, 'social_funds', { finishedAt: '2026-10-11T02:00:00.000Z' }); // 40 days: at the cadence
    await insertBatch(db, 'revenue', { finishedAt: '2026-10-11T01:59:59.999Z' }); // just over 40 days
    await insertBatch(db, 'debt_limits', { finishedAt: '2025-10-16T02:00:00.000Z' }); // 400 days
    await insertBatch(db, 'soe_financials', { finishedAt: '2025-10-16T01:59:59.999Z' });
    await insertBatch(db, 'regions', { finishedAt: '2020-01-01T00:00:00.000Z' });
    await insertBatch(db, 'agencies', { finishedAt: '2020-01-01T00:00:00.000Z' });
    const found = await staleAt(NOW);
    assert.deepEqual(Object.keys(found).sort(), ['revenue', 'soe_financials']);
    assert.equal(found['revenue']!.threshold, '40.00');
    assert.equal(found['soe_financials']!.threshold, '400.00');
    assert.equal(
      found['revenue']!.explanation.zh,
      '收入执行最近一次成功导入为2026-10-11（批次' +
        String(found['revenue']!.evidence['batchId']) +
        '），已40天以上未更新，超过40天的更新周期',
    );
  });

  it('reads the last successful batch only, and says nothing of a feed never loaded', async () => {
    await insertBatch(db, 'payments', { finishedAt: '2026-11-01T00:00:00.000Z' });
    await insertBatch(db, 'payments', { finishedAt: '2026-11-19T00:00:00.000Z', status: 'failed' });
    await insertBatch(db, 'revenue', { finishedAt: '2026-11-19T00:00:00.000Z' });
    await insertBatch(db, 'revenue', { finishedAt: '2026-01-01T00:00:00.000Z' });
    await insertBatch(db, 'debt_balances', { finishedAt: '2026-01-01T00:00:00.000Z', status: 'failed' });
    assert.deepEqual(Object.keys(await staleAt(NOW)), ['payments']);
  });

  it('uses the cadences in force and files under the root region, in runs that reach it', async () => {
    await insertBatch(db, 'payments', { finishedAt: '2026-11-17T02:00:00.000Z' });
    assert.deepEqual(Object.keys(await staleAt(NOW, null, { paymentsDays: 2, monthlyDays: 40, annualDays: 400 })), [
      'payments',
    ]);
    assert.deepEqual(
      Object.keys(await staleAt(NOW, ['390102', '390102001'], { paymentsDays: 2, monthlyDays: 40, annualDays: 400 })),
      [],
    );
  });

  it('stores an alert through the engine with the clock of the run, and none for fresh feeds', async () => {
    await insertBatch(db, 'payments', { finishedAt: null });
    await db.sql(`UPDATE ingest_batches SET finished_at = now() - interval '8 days'`);
    await insertBatch(db, 'revenue', { finishedAt: null });
    await db.sql(`UPDATE ingest_batches SET finished_at = now() - interval '39 days' WHERE feed = 'revenue'`);
    await db.detect('DQ-STALE');
    assert.deepEqual(await db.alerts('DQ-STALE'), { payments: 'yellow' });
    assert.match(
      (await db.alert('DQ-STALE', 'payments')).explanation_zh,
      /^国库集中支付明细最近一次成功导入为\d{4}-\d{2}-\d{2}（批次\d+），已8天以上未更新，超过7天的更新周期$/,
    );
  });
});
