import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from '../../rule-descriptor';
import { runDetection } from '../../run-detection';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** The date `days` days before the as-of date 2026-11-20. */
const daysBefore = (days: number): string => addDays('2026-11-20', -days);

describe('EXE-IDLE 资金沉淀', () => {
  it('flags a line of 1,000,000 unpaid 180 days after issue yellow and 270 days red, at and over each rung', async () => {
    for (const days of [179, 180, 269, 270])
      await db.budgetLine(`D${days}`, '1000000.00', { issued: daysBefore(days) });
    await db.detect('EXE-IDLE');
    assert.deepEqual(await db.alerts('EXE-IDLE'), { D180: 'yellow', D269: 'yellow', D270: 'red' });
    const alert = await db.alert('EXE-IDLE', 'D270');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '270.000000', '270.000000']);
    assert.deepEqual(alert.evidence, {
      lineIds: ['D270'],
      agencyCode: 'A1',
      docNo: '临财预〔2026〕1号',
      issuedDate: '2026-02-23',
      currentAmount: '1000000.00',
      idleDays: 270,
      asOf: '2026-11-20',
    });
    assert.equal(
      alert.explanation_zh,
      'A1指标D270（临财预〔2026〕1号，2026-02-23下达，当前金额1,000,000.00元）截至2026-11-20已270天无任何支付',
    );
  });

  it('judges the current amount (changes included) against 1,000,000', async () => {
    await db.budgetLine('SMALL', '999999.99', { issued: daysBefore(300) });
    await db.budgetLine('TOPPED-UP', '999999.99', { issued: daysBefore(300) });
    await db.budgetLine('TOP-UP', '0.01', { type: 'supplement', parent: 'TOPPED-UP', issued: daysBefore(179) });
    await db.detect('EXE-IDLE');
    assert.deepEqual(await db.alerts('EXE-IDLE'), { 'TOPPED-UP': 'red' });
    assert.deepEqual((await db.alert('EXE-IDLE', 'TOPPED-UP')).evidence['lineIds'], ['TOPPED-UP', 'TOP-UP']);
  });

  it('counts a payment on the line or on one of its change rows, by the as-of date, reversals not', async () => {
    for (const id of ['PAID', 'VIA-CHANGE', 'REVERSAL-ONLY', 'PAID-LATE']) {
      await db.budgetLine(id, '2000000.00', { issued: daysBefore(300) });
    }
    await db.budgetLine('VIA-CHANGE-S', '10000.00', {
      type: 'supplement',
      parent: 'VIA-CHANGE',
      issued: daysBefore(180),
    });
    await db.payment('P1', '10.00', { line: 'PAID', date: '2026-11-20' });
    await db.payment('P2', '10.00', { line: 'VIA-CHANGE-S' });
    await db.payment('P3', '-10.00', { line: 'REVERSAL-ONLY' });
    await db.payment('P4', '10.00', { line: 'PAID-LATE', date: '2026-11-21' });
    await db.detect('EXE-IDLE');
    assert.deepEqual(await db.alerts('EXE-IDLE'), { 'PAID-LATE': 'red', 'REVERSAL-ONLY': 'red' });
  });

  it('keeps a never-paid line of a closed year, and ignores lines issued after the as-of date', async () => {
    await db.budgetLine('OLD', '1000000.00', { year: 2024, issued: '2024-01-10' });
    await db.budgetLine('FUTURE', '1000000.00', { year: 2027, issued: '2026-11-21' });
    await db.detect('EXE-IDLE');
    assert.deepEqual(await db.alerts('EXE-IDLE'), { OLD: 'red' });
    assert.equal((await db.alert('EXE-IDLE', 'OLD')).period, '2024');
  });

  it('resolves a closed year’s alert on an incremental run when a later payment draws on the line', async () => {
    await db.budgetLine('OLD', '1000000.00', { year: 2024, issued: '2024-01-10' });
    await db.budgetLine('OLD-S', '10.00', { year: 2024, type: 'supplement', parent: 'OLD', issued: '2024-02-10' });
    await db.budgetLine('OTHER', '1000000.00', { year: 2024, issued: '2024-01-10' });
    await db.detect('EXE-IDLE');
    assert.deepEqual(await db.alertsByPeriod('EXE-IDLE'), { 'OLD@2024': 'red', 'OTHER@2024': 'red' });
    await db.payment('LATE-DRAW', '10.00', { line: 'OLD-S', date: '2026-03-02' });
    await db.syncPaymentSummary();
    await runDetection(db.pool, {
      ruleCodes: ['EXE-IDLE'],
      asOf: '2026-11-20',
      feeds: ['payments'],
      window: { from: '2026-03-02', to: '2026-03-02' },
    });
    assert.deepEqual(await db.alertsByPeriod('EXE-IDLE'), { 'OTHER@2024': 'red' });
  });
});
