import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** A GPB expenditure budget of 1,000,000 of which `reserve` is 227 预备费 (none when null). */
async function budget(region: string, year: number, reserve: string | null): Promise<void> {
  const rest = reserve === null ? '1000000.00' : (1_000_000 - Number(reserve)).toFixed(2);
  await db.budgetLine(`${region}-${year}`, rest, { region, year });
  if (reserve !== null) await db.budgetLine(`${region}-${year}-227`, reserve, { region, year, func: '227' });
}

describe('BUD-RESERVE 预备费比例', () => {
  it('flags a reserve strictly below 1 % or above 3 % of the GPB expenditure budget', async () => {
    await budget('390100', 2022, '9900.00'); // 0.99 %
    await budget('390100', 2023, '10000.00'); // 1 %
    await budget('390100', 2024, '30000.00'); // 3 %
    await budget('390100', 2025, '30100.00'); // 3.01 %
    await budget('390100', 2026, '20000.00'); // 2 %
    await db.detect('BUD-RESERVE');
    assert.deepEqual(await db.alertsByPeriod('BUD-RESERVE'), { '390100@2022': 'yellow', '390100@2025': 'yellow' });
    const result = await db.sql(
      `SELECT measured_value::text, threshold::text, evidence, explanation_zh FROM alerts WHERE period = '2025'`,
    );
    const alert = result.rows[0];
    assert.deepEqual([alert.measured_value, alert.threshold], ['3.010000', '3.000000']);
    assert.deepEqual(alert.evidence, {
      regionCode: '390100',
      year: 2025,
      reserveBudget: '30100.00',
      expenditureBudget: '1000000.00',
      lineIds: ['390100-2025-227'],
    });
    assert.equal(
      alert.explanation_zh,
      '临江市2025年预备费30,100.00元，占一般公共预算支出1,000,000.00元的3.01%，高于3%',
    );
  });

  it('counts a GPB budget without any 227 line as a 0 % reserve', async () => {
    await budget('390121', 2026, null);
    await db.detect('BUD-RESERVE');
    assert.deepEqual(await db.alertsByPeriod('BUD-RESERVE'), { '390121@2026': 'yellow' });
    const result = await db.sql(`SELECT measured_value::text, threshold::text FROM alerts`);
    assert.deepEqual([result.rows[0].measured_value, result.rows[0].threshold], ['0.000000', '1.000000']);
  });

  it('reads initial GPB rows only, including 227 sub-codes, and judges only regions with a GPB budget', async () => {
    await db.budgetLine('390100-2026', '990000.00');
    await db.budgetLine('RESERVE', '9000.00', { func: '227' });
    await db.budgetLine('SUB', '1000.00', { func: '22701' }); // 1 % with the sub-code, 0.9 % without
    await db.budgetLine('CUT', '-500000.00', { parent: '390100-2026', type: 'adjustment' });
    await db.budgetLine('FUND-227', '50000.00', { func: '227', book: 'GFB' });
    await db.budgetLine('FUND-ONLY', '1000000.00', { region: '390102', book: 'GFB' });
    await db.detect('BUD-RESERVE');
    assert.deepEqual(await db.alertsByPeriod('BUD-RESERVE'), {});
  });

  it('ignores budget lines issued after the as-of date and fiscal years after it', async () => {
    await budget('390100', 2026, '20000.00');
    await db.budgetLine('LATE-227', '50000.00', { func: '227', issued: '2026-11-21' });
    await db.budgetLine('NEXT-YEAR', '1000000.00', { year: 2027, issued: '2026-11-15' });
    await db.detect('BUD-RESERVE', '2026-11-20');
    assert.deepEqual(await db.alertsByPeriod('BUD-RESERVE'), {});
  });

  it('compares the exact share: a hair over 3 % is outside, and the text does not round it down to 3.00', async () => {
    await db.budgetLine('REST', '969999999.99', { year: 2026 });
    await db.budgetLine('RESERVE', '30000000.01', { year: 2026, func: '227' }); // 3.000000001 %
    await db.detect('BUD-RESERVE');
    assert.deepEqual(await db.alertsByPeriod('BUD-RESERVE'), { '390100@2026': 'yellow' });
    assert.match((await db.alert('BUD-RESERVE', '390100')).explanation_zh, /的3.01%，高于3%$/);
  });
});
