import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runDetection } from '../../run-detection';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('EXE-SANGONG 三公经费异常', () => {
  it('flags 三公 payments strictly above the 三公 budget (current, all four codes) red', async () => {
    for (const agency of ['AT', 'OVER']) {
      await db.budgetLine(`${agency}-TRAVEL`, '5000.00', { agency, econ: '30212' });
      await db.budgetLine(`${agency}-RECEPTION`, '3000.00', { agency, econ: '30217' });
      await db.budgetLine(`${agency}-MORE`, '2000.00', {
        agency,
        econ: '30217',
        type: 'supplement',
        parent: `${agency}-RECEPTION`,
      });
      await db.budgetLine(`${agency}-WAGES`, '900000.00', { agency, econ: '30101' });
      await db.payment(`${agency}-1`, '6000.00', { agency, econ: '30212' });
      await db.payment(`${agency}-WAGES`, '800000.00', { agency, econ: '30101' });
    }
    await db.payment('AT-2', '4000.00', { agency: 'AT', econ: '30231' });
    await db.payment('OVER-2', '4000.01', { agency: 'OVER', econ: '30231' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { OVER: 'red' });
    const alert = await db.alert('EXE-SANGONG', 'OVER');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '10000.010000', '10000.000000']);
    assert.deepEqual(alert.evidence['paidByEcon'], {
      '30212': '6000.00',
      '30217': '0.00',
      '30231': '4000.01',
      '31013': '0.00',
    });
    assert.equal(
      alert.explanation_zh,
      'OVER2026年1月1日至11月20日三公经费支付10,000.01元，超过三公经费预算10,000.00元',
    );
  });

  it('flags payments strictly above last year’s over the same period (1 January to the same day) yellow', async () => {
    for (const agency of ['AT', 'OVER']) {
      await db.budgetLine(`${agency}-2026`, '100000.00', { agency, econ: '30217' });
      await db.payment(`${agency}-2025`, '5000.00', { agency, econ: '30217', date: '2025-11-20' });
      await db.payment(`${agency}-2025-LATER`, '50000.00', { agency, econ: '30217', date: '2025-11-21' });
    }
    await db.payment('AT-2026', '5000.00', { agency: 'AT', econ: '30217', date: '2026-11-20' });
    await db.payment('OVER-2026', '5000.01', { agency: 'OVER', econ: '30217', date: '2026-11-20' });
    await db.payment('OVER-LATE', '-5000.00', { agency: 'OVER', econ: '30217', date: '2026-11-21' });
    await db.detect('EXE-SANGONG', '2026-11-20');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { OVER: 'yellow' });
    const alert = await db.alert('EXE-SANGONG', 'OVER');
    assert.deepEqual([alert.measured_value, alert.threshold], ['5000.010000', '5000.000000']);
    assert.deepEqual(alert.evidence['lastYearPeriod'], { from: '2025-01-01', to: '2025-11-20' });
  });

  it('compares only with a year in which the agency made payments, counting 三公 from nothing as growth', async () => {
    await db.budgetLine('NEW-2026', '100000.00', { agency: 'NEW', econ: '30217' });
    await db.payment('NEW-2026', '100.00', { agency: 'NEW', econ: '30217' });
    await db.budgetLine('OLD-2026', '100000.00', { agency: 'OLD', econ: '30217' });
    await db.payment('OLD-2025', '100.00', { agency: 'OLD', econ: '30201', date: '2025-03-02' });
    await db.payment('OLD-2026', '100.00', { agency: 'OLD', econ: '30217' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { OLD: 'yellow' });
  });

  it('compares a completed year whole with the whole year before', async () => {
    await db.budgetLine('A-2025', '100000.00', { agency: 'A', econ: '31013', year: 2025 });
    await db.payment('A-2024', '10000.00', { agency: 'A', econ: '31013', date: '2024-12-30' });
    await db.payment('A-2025', '10000.01', { agency: 'A', econ: '31013', date: '2025-12-30' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { A: 'yellow' });
    assert.equal((await db.alert('EXE-SANGONG', 'A')).period, '2025');
  });

  it('stops last year’s same period at 28 February when the as-of date is 29 February', async () => {
    await db.budgetLine('A-2028', '100000.00', { agency: 'A', econ: '30217', year: 2028 });
    await db.payment('A-2027', '100.00', { agency: 'A', econ: '30217', date: '2027-02-28' });
    await db.payment('A-2027-MARCH', '900.00', { agency: 'A', econ: '30217', date: '2027-03-01' });
    await db.payment('A-2028', '100.01', { agency: 'A', econ: '30217', date: '2028-02-29' });
    await db.detect('EXE-SANGONG', '2028-02-29');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { A: 'yellow' });
  });

  it('reads the econ codes from the parameters in force for the region', async () => {
    await db.override('EXE-SANGONG', '390121', { econCodes: ['30216'] });
    for (const region of ['390100', '390121']) {
      await db.budgetLine(`WAGES-${region}`, '1000.00', { agency: `A${region}`, region, econ: '30101' });
      await db.payment(`TRAINING-${region}`, '100.00', { agency: `A${region}`, region, econ: '30216' });
      await db.payment(`RECEPTION-${region}`, '100.00', { agency: `B${region}`, region, econ: '30217' });
    }
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), { A390121: 'red', B390100: 'red' });
  });

  it('does not read a year whose budget lines were never loaded as over budget', async () => {
    await db.payment('A-2026', '100.00', { agency: 'A', econ: '30217' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), {});
  });

  it('stays quiet within budget and below last year', async () => {
    await db.budgetLine('A-2026', '10000.00', { agency: 'A', econ: '30231' });
    await db.payment('A-2025', '5000.00', { agency: 'A', econ: '30231', date: '2025-05-06' });
    await db.payment('A-2026', '4000.00', { agency: 'A', econ: '30231', date: '2026-05-06' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alerts('EXE-SANGONG'), {});
  });

  it('updates and resolves a year’s alert when an incremental batch changes the year before', async () => {
    await db.budgetLine('A-2026', '100000.00', { agency: 'A', econ: '30217' });
    await db.payment('A-2025', '4000.00', { agency: 'A', econ: '30217', date: '2025-05-06' });
    await db.payment('A-2026', '5000.01', { agency: 'A', econ: '30217', date: '2026-05-06' });
    await db.detect('EXE-SANGONG');
    assert.deepEqual(await db.alertsByPeriod('EXE-SANGONG'), { 'A@2026': 'yellow' });
    // As after an ingest batch; the fixtures write payments past the pipeline, so their sums are counted first.
    const lateBatch = async (date: string) => {
      await db.syncPaymentSummary();
      return runDetection(db.pool, {
        ruleCodes: ['EXE-SANGONG'],
        asOf: '2026-11-20',
        feeds: ['payments'],
        window: { from: date, to: date },
      });
    };
    await db.payment('A-2025-LATE', '1000.00', { agency: 'A', econ: '30217', date: '2025-03-02' });
    await lateBatch('2025-03-02');
    assert.deepEqual(await db.alertsByPeriod('EXE-SANGONG'), { 'A@2026': 'yellow' });
    assert.equal((await db.alert('EXE-SANGONG', 'A')).threshold, '5000.000000');
    await db.payment('A-2025-LATER', '0.01', { agency: 'A', econ: '30217', date: '2025-03-03' });
    await lateBatch('2025-03-03');
    assert.deepEqual(await db.alertsByPeriod('EXE-SANGONG'), {});
  });
});
