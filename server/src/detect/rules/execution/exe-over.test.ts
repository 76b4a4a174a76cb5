import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('EXE-OVER 超指标支出', () => {
  it('compares net payments with the current amount, adjustments included: over only when above', async () => {
    for (const id of ['UNDER', 'AT', 'OVER']) {
      await db.budgetLine(id, '1000.00');
      await db.budgetLine(`${id}-ADJ`, '100.00', { parent: id, type: 'adjustment' });
    }
    await db.payment('P1', '1099.99', { line: 'UNDER' });
    await db.payment('P2', '1100.00', { line: 'AT' });
    await db.payment('P3', '1200.00', { line: 'OVER' });
    await db.payment('P4', '-99.99', { line: 'OVER' }); // a reversal brings it to 1,100.01
    await db.detect('EXE-OVER');
    assert.deepEqual(await db.alerts('EXE-OVER'), { OVER: 'red' });
    const alert = await db.alert('EXE-OVER', 'OVER');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '1100.010000', '1100.000000']);
    assert.deepEqual(alert.evidence['vouchers'], ['P3', 'P4']);
  });

  it('counts payments drawn on a change row toward its root line: at the current amount quiet, a cent over red', async () => {
    for (const id of ['AT', 'OVER']) {
      await db.budgetLine(id, '1000.00');
      await db.budgetLine(`${id}-S`, '500.00', { parent: id, type: 'supplement', issued: '2026-05-10' });
      await db.budgetLine(`${id}-T`, '-100.00', { parent: id, type: 'transfer', issued: '2026-06-10' });
      await db.payment(`${id}-ROOT`, '900.00', { line: id });
      await db.payment(`${id}-SUPPLEMENT`, '400.00', { line: `${id}-S` });
    }
    await db.payment('AT-TRANSFER', '100.00', { line: 'AT-T' }); // 1,400.00 of 1,400.00
    await db.payment('OVER-TRANSFER', '100.01', { line: 'OVER-T' }); // 1,400.01
    await db.detect('EXE-OVER');
    assert.deepEqual(await db.alerts('EXE-OVER'), { OVER: 'red' });
    const alert = await db.alert('EXE-OVER', 'OVER');
    assert.deepEqual([alert.measured_value, alert.threshold], ['1400.010000', '1400.000000']);
    assert.deepEqual(alert.evidence, {
      lineId: 'OVER',
      agencyCode: 'A1',
      vouchers: ['OVER-ROOT', 'OVER-SUPPLEMENT', 'OVER-TRANSFER'],
    });
  });

  it('ignores payments and change rows after the as-of date', async () => {
    await db.budgetLine('LATE-PAID', '1000.00');
    await db.budgetLine('LATE-PAID-S', '100.00', { parent: 'LATE-PAID', type: 'supplement' });
    await db.payment('ON-TIME', '1000.00', { line: 'LATE-PAID', date: '2026-11-20' });
    await db.payment('LATE', '100.01', { line: 'LATE-PAID-S', date: '2026-11-21' });
    await db.budgetLine('LATE-CUT', '1000.00');
    await db.budgetLine('LATE-CUT-A', '-0.01', { parent: 'LATE-CUT', type: 'adjustment', issued: '2026-11-21' });
    await db.payment('FULL', '1000.00', { line: 'LATE-CUT' });
    await db.detect('EXE-OVER', '2026-11-20');
    assert.deepEqual(await db.alerts('EXE-OVER'), {});
    await db.detect('EXE-OVER', '2026-11-21');
    assert.deepEqual(await db.alerts('EXE-OVER'), { 'LATE-CUT': 'red', 'LATE-PAID': 'red' });
  });

  it('judges only the lines of the regions in scope on a regional run', async () => {
    for (const region of ['390102', '390121']) {
      await db.budgetLine(region, '1000.00', { region });
      await db.budgetLine(`${region}-S`, '10.00', { region, parent: region, type: 'supplement' });
      await db.payment(`${region}-P`, '1010.01', { region, line: `${region}-S` });
    }
    await db.detect('EXE-OVER', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('EXE-OVER'), { '390102': 'red' });
  });
});
