import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** An agency-year with a budget, January–November payments (paid in June) and December payments. */
async function year(agency: string, budget: string, januaryToNovember: string, december: string, fiscalYear = 2025) {
  await db.budgetLine(`${agency}-${fiscalYear}`, budget, { agency, year: fiscalYear });
  await db.payment(`${agency}-${fiscalYear}-JUN`, januaryToNovember, { agency, date: `${fiscalYear}-06-15` });
  await db.payment(`${agency}-${fiscalYear}-DEC`, december, { agency, date: `${fiscalYear}-12-15` });
}

describe('EXE-SURGE 年底突击花钱', () => {
  it('flags a December share strictly over 25 % yellow', async () => {
    await year('AT', '1000000.00', '750000.00', '250000.00');
    await year('OVER', '1000000.00', '749999.99', '250000.01');
    await db.detect('EXE-SURGE');
    assert.deepEqual(await db.alerts('EXE-SURGE'), { OVER: 'yellow' });
    const alert = await db.alert('EXE-SURGE', 'OVER');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2025', '25.000001', '25.000000']);
    assert.match(alert.explanation_zh, /OVER2025年12月支付250,000.01元，占全年支付1,000,000.00元的25.01%$/);
  });

  it('flags red only when January–November is strictly under 50 % of the budget and December strictly over 50 %', async () => {
    await year('RED', '1000000.00', '499999.99', '500000.01');
    await year('RATE-AT', '1000000.00', '500000.00', '600000.00');
    await year('SHARE-AT', '1000000.00', '400000.00', '400000.00');
    await db.detect('EXE-SURGE');
    assert.deepEqual(await db.alerts('EXE-SURGE'), { 'RATE-AT': 'yellow', RED: 'red', 'SHARE-AT': 'yellow' });
    const red = await db.alert('EXE-SURGE', 'RED');
    assert.deepEqual([red.measured_value, red.threshold], ['50.000001', '50.000000']);
    assert.equal(red.evidence['januaryToNovemberRate'], '49.999999');
    assert.match(
      red.explanation_en,
      /, 50.01% of the year's 1000000.00 yuan, while January–November spent only 49.99% of the current budget of 1000000.00 yuan$/,
    );
  });

  it('judges a year only once its December is complete by the as-of date', async () => {
    await year('RUSH', '1000000.00', '100000.00', '900000.00', 2026);
    await db.detect('EXE-SURGE', '2026-12-30');
    assert.deepEqual(await db.alerts('EXE-SURGE'), {});
    await db.detect('EXE-SURGE', '2026-12-31');
    assert.deepEqual(await db.alerts('EXE-SURGE'), { RUSH: 'red' });
  });

  it('stays quiet for an even year and a year without net spending', async () => {
    await year('EVEN', '1000000.00', '850000.00', '150000.00');
    await year('REVERSED', '1000000.00', '-100.00', '100.00');
    await db.detect('EXE-SURGE');
    assert.deepEqual(await db.alerts('EXE-SURGE'), {});
  });

  it('compares exactly: a December share a hair over 25 % is over, though it shows as 25.000000 to 6 decimals', async () => {
    await year('HAIR', '1000000000.00', '749999999.99', '250000000.01'); // 25.000000001 %
    await db.detect('EXE-SURGE');
    assert.deepEqual(await db.alerts('EXE-SURGE'), { HAIR: 'yellow' });
    assert.match((await db.alert('EXE-SURGE', 'HAIR')).explanation_en, /, 25.01% of the year's 1000000000.00 yuan$/);
  });

  it('measures an agency’s payments in each region against its budget in that region', async () => {
    // One agency, two regions. In 390121 January–November is 80 % of its budget of 500,000: yellow,
    // no rush; against both regions' budgets (1,500,000) it would be 26.67 %, red.
    await db.budgetLine('CITY', '1000000.00', { agency: 'A', region: '390100', year: 2025 });
    await db.payment('CITY-JUN', '1000000.00', { agency: 'A', region: '390100', date: '2025-06-15' });
    await db.budgetLine('COUNTY', '500000.00', { agency: 'A', region: '390121', year: 2025 });
    await db.payment('COUNTY-JUN', '400000.00', { agency: 'A', region: '390121', date: '2025-06-15' });
    await db.payment('COUNTY-DEC', '600000.00', { agency: 'A', region: '390121', date: '2025-12-15' });
    await db.detect('EXE-SURGE');
    assert.deepEqual(await db.alerts('EXE-SURGE'), { A: 'yellow' });
    const alert = await db.alert('EXE-SURGE', 'A');
    assert.deepEqual(
      [alert.evidence['currentBudget'], alert.evidence['januaryToNovemberRate']],
      ['500000.00', '80.000000'],
    );
    const stored = await db.sql(`SELECT region_code FROM alerts WHERE rule_code = 'EXE-SURGE'`);
    assert.equal(stored.rows[0].region_code, '390121');
  });
});
