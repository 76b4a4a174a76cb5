import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { addMonths } from './debt-idle';

const db = useRuleDatabase();

async function bond(code: string, issueDate: string): Promise<void> {
  await db.sql(
    `INSERT INTO bonds (bond_code, bond_name, region_code, debt_type, purpose, issue_date, maturity_date, coupon_rate, amount)
     VALUES ($1::text, $1::text, '390100', 'special', 'new', $2, '2045-01-01', 2.10, 100000000.00)`,
    [code, issueDate],
  );
}

async function snapshot(
  project: string,
  bondCode: string,
  asOfDate: string,
  spent: string,
  allocated = '10000.00',
): Promise<void> {
  await db.sql(
    `INSERT INTO bond_projects (project_code, bond_code, as_of_date, project_name, region_code, agency_code, allocated_amount, spent_amount)
     VALUES ($1::text, $2, $3, $1::text || '项目', '390100', '390100502', $5, $4)`,
    [project, bondCode, asOfDate, spent, allocated],
  );
}

describe('addMonths', () => {
  it('clamps the day to the end of a shorter month', () => {
    assert.equal(addMonths('2025-08-31', 6), '2026-02-28');
    assert.equal(addMonths('2025-08-31', 12), '2026-08-31');
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
  });
});

describe('DEBT-IDLE 专项债资金闲置', () => {
  it('flags spending below 50 % six months after issue (yellow) and below 20 % after twelve (red)', async () => {
    await bond('B1', '2025-08-31'); // six months: 2026-02-28; twelve: 2026-08-31
    await snapshot('P-EARLY', 'B1', '2026-02-27', '1000.00'); // a day short of six months
    await snapshot('P-49', 'B1', '2026-02-28', '4999.99');
    await snapshot('P-50', 'B1', '2026-02-28', '5000.00');
    await snapshot('P-11M', 'B1', '2026-08-30', '1000.00'); // yellow until twelve months
    await snapshot('P-19', 'B1', '2026-08-31', '1999.99');
    await snapshot('P-20', 'B1', '2026-08-31', '2000.00'); // not red, still below 50 %
    await snapshot('P-OK', 'B1', '2026-08-31', '5000.00');
    await db.detect('DEBT-IDLE');
    assert.deepEqual(await db.alerts('DEBT-IDLE'), {
      'P-11M/B1': 'yellow',
      'P-19/B1': 'red',
      'P-20/B1': 'yellow',
      'P-49/B1': 'yellow',
    });
    const red = await db.alert('DEBT-IDLE', 'P-19/B1');
    assert.deepEqual([red.period, red.measured_value, red.threshold], ['2026', '19.999900', '20.000000']);
    assert.deepEqual([red.evidence['projectCode'], red.evidence['bondCodes']], ['P-19', ['B1']]);
    assert.equal(
      red.explanation_zh,
      'P-19项目截至2026-08-31累计支出1,999.99元，占安排债券B1资金10,000.00元的19.99%，债券2025-08-31发行已满12个月，低于20%',
    );
    assert.equal((await db.alert('DEBT-IDLE', 'P-20/B1')).threshold, '50.000000');
  });

  it('compares the exact share: 10^10-yuan allocations just under and just over each line', async () => {
    await bond('B1', '2025-08-31');
    const allocated = '10000000000.00';
    await snapshot('P-U20', 'B1', '2026-08-31', '1999999999.99', allocated); // 19.9999999999 %: 20.000000 rounded
    await snapshot('P-O20', 'B1', '2026-08-31', '2000000000.01', allocated);
    await snapshot('P-U50', 'B1', '2026-02-28', '4999999999.99', allocated);
    await snapshot('P-O50', 'B1', '2026-02-28', '5000000000.01', allocated);
    await db.detect('DEBT-IDLE');
    assert.deepEqual(await db.alerts('DEBT-IDLE'), {
      'P-O20/B1': 'yellow',
      'P-U20/B1': 'red',
      'P-U50/B1': 'yellow',
    });
    const red = await db.alert('DEBT-IDLE', 'P-U20/B1');
    assert.deepEqual([red.measured_value, red.threshold], ['20.000000', '20.000000']);
    assert.equal(
      red.explanation_en,
      'P-U20项目 has spent 1999999999.99 yuan by 2026-08-31, 19.99% of the 10000000000.00 yuan allocated from bond B1, below 20% 12 months or more after its issue on 2025-08-31',
    );
  });

  it('judges each project and bond by its latest snapshot up to the as-of date', async () => {
    await bond('B1', '2025-03-10');
    await bond('B2', '2026-03-10');
    await snapshot('P1', 'B1', '2025-10-31', '1000.00');
    await snapshot('P1', 'B1', '2026-03-31', '9000.00'); // caught up
    await snapshot('P1', 'B2', '2026-10-31', '1000.00'); // the same project's second bond lags
    await snapshot('P2', 'B1', '2026-10-31', '1000.00');
    await snapshot('P2', 'B1', '2026-11-30', '9000.00'); // after the as-of date
    await snapshot('P3', 'B9', '2026-10-31', '0.00'); // bond not loaded
    await db.detect('DEBT-IDLE', '2026-11-20');
    assert.deepEqual(await db.alerts('DEBT-IDLE'), { 'P1/B2': 'yellow', 'P2/B1': 'red' });
  });
});
