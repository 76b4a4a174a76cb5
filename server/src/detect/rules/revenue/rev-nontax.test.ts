import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { collect, collectMonth } from './revenue-fixtures';

const db = useRuleDatabase();

/** Tax and non-tax collections of a GPB year, January through `through`. */
async function gpb(region: string, year: number, tax: string, nonTax: string, through = 10): Promise<void> {
  await collect(db, { region, year, code: '10101', actual: tax, through });
  await collect(db, { region, year, code: '10302', actual: nonTax, through });
}

describe('REV-NONTAX 非税收入占比异常', () => {
  it('flags a non-tax share strictly above 30 % of 101 + 103 revenue', async () => {
    await gpb('390201', 2026, '7000.01', '2999.99'); // 29.9999 %
    await gpb('390202', 2026, '7000.00', '3000.00'); // 30 %: not above
    await gpb('390203', 2026, '6999.99', '3000.01'); // 30.0001 %
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390203': 'yellow' });
    const alert = await db.alert('REV-NONTAX', '390203');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '30.000100', '30.000000']);
    assert.equal(alert.evidence['measure'], 'share');
    assert.deepEqual(alert.evidence['reasons'], ['share']);
    assert.equal(alert.evidence['lastYearShare'], null);
    assert.equal(
      alert.explanation_zh,
      '2026年1–10月非税收入3,000.01元，占一般公共预算收入10,000.00元的30.01%，超过30%',
    );
  });

  it('compares the exact share: 10^10-yuan revenue just under and just over 30 %', async () => {
    await gpb('390201', 2026, '7000000000.01', '2999999999.99'); // 29.9999999999 %
    await gpb('390202', 2026, '6999999999.99', '3000000000.01'); // 30.0000000001 %: 30.000000 once rounded, still above
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390202': 'yellow' });
    assert.equal(
      (await db.alert('REV-NONTAX', '390202')).explanation_zh,
      '2026年1–10月非税收入3,000,000,000.01元，占一般公共预算收入10,000,000,000.00元的30.01%，超过30%',
    );
  });

  it('flags a share up 10 pp or more on the same months of last year', async () => {
    for (const region of ['390201', '390202', '390203']) await gpb(region, 2025, '8500.00', '1500.00'); // 15 %
    await gpb('390201', 2026, '7501.00', '2499.00'); // 24.99 %: up 9.99 pp
    await gpb('390202', 2026, '7500.00', '2500.00'); // up 10 pp
    await gpb('390203', 2026, '7499.00', '2501.00'); // up 10.01 pp
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390202': 'yellow', '390203': 'yellow' });
    const alert = await db.alert('REV-NONTAX', '390202');
    assert.deepEqual([alert.measured_value, alert.threshold], ['10.000000', '10.000000']);
    assert.deepEqual([alert.evidence['measure'], alert.evidence['lastYearShare']], ['rise', '15.000000']);
    assert.equal(
      alert.explanation_en,
      'January–Oct 2026 non-tax revenue of 2500.00 yuan is 25.00% of general public budget revenue of 10000.00 yuan, up 10.00 pp on 15.00% a year earlier',
    );
  });

  it('compares with the same months of last year, not its whole year', async () => {
    await gpb('390201', 2025, '8500.00', '1500.00', 12); // 15 % through October
    await collectMonth(db, { region: '390201', year: 2025, month: 11, code: '10399', actual: '5000.00' });
    await gpb('390201', 2026, '7500.00', '2500.00');
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390201': 'yellow' });
  });

  it('raises one finding when both hold, valued by the reason further past its threshold', async () => {
    await gpb('390201', 2025, '8000.00', '2000.00'); // 20 %
    await gpb('390201', 2026, '5500.00', '4500.00'); // 45 %: 15 pp over 30 %, up 25 pp (15 past 10): tie → share
    await gpb('390202', 2025, '9000.00', '1000.00'); // 10 %
    await gpb('390202', 2026, '6500.00', '3500.00'); // 35 %: 5 pp over 30 %, up 25 pp (15 past 10) → rise
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390201': 'yellow', '390202': 'yellow' });
    const tie = await db.alert('REV-NONTAX', '390201');
    assert.deepEqual(
      [tie.measured_value, tie.threshold, tie.evidence['reasons']],
      ['45.000000', '30.000000', ['share', 'rise']],
    );
    const rise = await db.alert('REV-NONTAX', '390202');
    assert.deepEqual([rise.measured_value, rise.threshold], ['25.000000', '10.000000']);
    assert.equal(
      rise.explanation_zh,
      '2026年1–10月非税收入3,500.00元，占一般公共预算收入10,000.00元的35.00%，超过30%，比上年同期10.00%上升25.00个百分点',
    );
  });

  it('leaves out transfers, other books and data after the as-of date; stays quiet on a stable ~20 % share', async () => {
    await gpb('390100', 2025, '8000.00', '2000.00', 12);
    await gpb('390100', 2026, '8100.00', '2050.00', 10);
    await collect(db, { region: '390100', year: 2026, code: '11002', actual: '50000.00', through: 10 });
    await collect(db, { region: '390100', year: 2026, book: 'GFB', code: '1030148', actual: '90000.00', through: 10 });
    await collect(db, { region: '390201', year: 2026, code: '10101', actual: '1000.00', through: 10 });
    await collectMonth(db, { region: '390201', year: 2026, month: 11, code: '10302', actual: '9000.00' });
    // 35 % of 101 + 103; with the transfers in the base it would read 17.5 %.
    await gpb('390202', 2026, '6500.00', '3500.00');
    await collect(db, { region: '390202', year: 2026, code: '11002', actual: '10000.00', through: 10 });
    await db.detect('REV-NONTAX');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390201': 'yellow', '390202': 'yellow' });
    await db.detect('REV-NONTAX', '2026-10-31');
    assert.deepEqual(await db.alerts('REV-NONTAX'), { '390202': 'yellow' });
  });
});
