import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** An agency with a current budget of 1,000,000 (900,000 initial + a 100,000 supplement) that has paid `paid`. */
async function agency(code: string, paid: string | null, book = 'GPB'): Promise<void> {
  await db.budgetLine(`${code}-${book}`, '900000.00', { agency: code, book });
  await db.budgetLine(`${code}-${book}-S`, '100000.00', {
    agency: code,
    book,
    type: 'supplement',
    parent: `${code}-${book}`,
    issued: '2026-05-10',
  });
  if (paid) await db.payment(`${code}-${book}-P`, paid, { agency: code, book, line: `${code}-${book}` });
}

describe('EXE-LAG 支出进度滞后', () => {
  it('flags 15 pp behind time progress yellow and 30 pp red, at and over each rung only', async () => {
    await agency('Y-UNDER', '850000.01');
    await agency('Y-AT', '850000.00');
    await agency('R-UNDER', '700000.01');
    await agency('R-AT', '700000.00');
    await db.detect('EXE-LAG', '2026-12-31'); // time progress 100 %
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'R-AT/GPB': 'red', 'R-UNDER/GPB': 'yellow', 'Y-AT/GPB': 'yellow' });
    const red = await db.alert('EXE-LAG', 'R-AT/GPB');
    assert.deepEqual([red.period, red.measured_value, red.threshold], ['2026', '30.000000', '30.000000']);
  });

  it('measures against time progress on the as-of date, with the current budget including changes', async () => {
    await agency('AT', '351370.00');
    await agency('UNDER', '351370.01');
    await db.detect('EXE-LAG', '2026-07-02'); // day 183 of 365: 50.1370 %
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'AT/GPB': 'yellow' });
    const alert = await db.alert('EXE-LAG', 'AT/GPB');
    assert.equal(alert.measured_value, '15.000000');
    assert.deepEqual(alert.evidence, {
      agencyCode: 'AT',
      book: 'GPB',
      asOf: '2026-07-02',
      currentBudget: '1000000.00',
      netPaid: '351370.00',
      executionRate: '35.137000',
      timeProgress: '50.1370',
    });
    assert.match(
      alert.explanation_zh,
      /AT一般公共预算截至2026-07-02支出351,370.00元，占当前预算1,000,000.00元的35.14%，低于序时进度50.14%共15.00个百分点/,
    );
  });

  it('judges each book apart and counts an agency without payments as 0 % executed', async () => {
    await agency('A', '600000.00', 'GPB');
    await agency('A', '950000.00', 'GFB');
    await agency('NOTHING', null);
    await db.detect('EXE-LAG', '2026-12-31');
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'A/GPB': 'red', 'NOTHING/GPB': 'red' });
  });

  it('leaves out agencies whose current budget is under 1,000,000', async () => {
    await db.budgetLine('SMALL', '999999.99', { agency: 'SMALL' });
    await db.budgetLine('LIMIT', '1000000.00', { agency: 'LIMIT' });
    await db.detect('EXE-LAG', '2026-12-31');
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'LIMIT/GPB': 'red' });
  });

  it('ignores payments and budget changes after the as-of date, and other years', async () => {
    await db.budgetLine('LATE', '2000000.00', { agency: 'LATE' });
    // Counted, this cut would take the budget under 1,000,000 and the payment would keep pace.
    await db.budgetLine('LATE-CUT', '-1500000.00', {
      agency: 'LATE',
      type: 'adjustment',
      parent: 'LATE',
      issued: '2026-05-10',
    });
    await db.payment('LATE-P', '1999000.00', { agency: 'LATE', line: 'LATE', date: '2026-05-01' });
    await db.budgetLine('OLD', '5000000.00', { agency: 'OLD', year: 2025 });
    await db.detect('EXE-LAG', '2026-04-30'); // 120 / 365 = 32.8767 %
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'LATE/GPB': 'red' });
    const alert = await db.alert('EXE-LAG', 'LATE/GPB');
    assert.deepEqual(
      [alert.measured_value, alert.evidence['currentBudget'], alert.evidence['netPaid']],
      ['32.876700', '2000000.00', '0.00'],
    );
  });

  it('stays quiet when spending keeps pace', async () => {
    await agency('PACE', '460000.00');
    await db.detect('EXE-LAG', '2026-06-30'); // 181 / 365 = 49.5890 %
    assert.deepEqual(await db.alerts('EXE-LAG'), {});
  });

  it('measures an agency’s payments in each region against its budget in that region', async () => {
    // One agency, two regions: the city has spent its budget, the county nothing. Payments summed
    // over both regions would put each at 100 % and raise nothing.
    await db.budgetLine('CITY', '1000000.00', { agency: 'A', region: '390100' });
    await db.budgetLine('COUNTY', '1000000.00', { agency: 'A', region: '390121' });
    await db.payment('CITY-P', '2000000.00', { agency: 'A', region: '390100', line: 'CITY' });
    await db.detect('EXE-LAG', '2026-12-31');
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'A/GPB': 'red' });
    const alert = await db.alert('EXE-LAG', 'A/GPB');
    assert.deepEqual([alert.evidence['netPaid'], alert.evidence['executionRate']], ['0.00', '0.000000']);
    const stored = await db.sql(`SELECT region_code FROM alerts WHERE rule_code = 'EXE-LAG'`);
    assert.equal(stored.rows[0].region_code, '390121');
  });

  it('compares the lag exactly: a hair under 15 pp is not yellow, though it rounds to 15.000000', async () => {
    // Time progress 100 %; 850,000,000.01 of 1,000,000,000.00 paid is a lag of 14.999999999 pp.
    await db.budgetLine('HAIR', '1000000000.00', { agency: 'HAIR' });
    await db.payment('HAIR-P', '850000000.01', { agency: 'HAIR', line: 'HAIR' });
    await db.budgetLine('EXACT', '1000000000.00', { agency: 'EXACT' });
    await db.payment('EXACT-P', '850000000.00', { agency: 'EXACT', line: 'EXACT' });
    await db.detect('EXE-LAG', '2026-12-31');
    assert.deepEqual(await db.alerts('EXE-LAG'), { 'EXACT/GPB': 'yellow' });
  });
});
