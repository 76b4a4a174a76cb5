import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { clearClassifications, insertBatch, insertClassification } from './batch-fixture';

const db = useRuleDatabase();
clearClassifications(db);

beforeEach(async () => {
  await db.sql(`INSERT INTO agencies (agency_code, agency_name, region_code, agency_type) VALUES ('A1', '临江市教育局', '390100', 'administrative'),
    ('B1', '城东区财政局', '390102', 'administrative')`);
  await insertClassification(db, 2026, ['2010101', '205'], ['30201', '302']);
});

async function stampBatch(table: string, batchId: string): Promise<void> {
  await db.sql(`UPDATE ${table} SET batch_id = $1 WHERE batch_id IS NULL`, [batchId]);
}

describe('DQ-CODE 编码无法识别', () => {
  it('flags stored payments naming an unknown agency, region, function or economic code, one finding per code', async () => {
    await db.payment('OK', '10.00');
    await db.payment('OK-CLASS', '10.00', { func: '205', econ: '302' });
    await db.payment('AGENCY-1', '10.00', { agency: 'A9' });
    await db.payment('AGENCY-2', '10.00', { agency: 'A9' });
    await db.payment('REGION', '10.00', { region: '399999' });
    await db.payment('FUNC', '10.00', { func: '2019999' });
    await db.payment('ECON', '10.00', { econ: '39999' });
    await db.payment('LATE', '10.00', { agency: 'A8', date: '2026-11-21' });
    const batch = await insertBatch(db, 'payments');
    await stampBatch('payments', batch);
    await db.detect('DQ-CODE', '2026-11-20');
    assert.deepEqual(await db.alerts('DQ-CODE'), {
      [`${batch}/390000/region_code=399999`]: 'orange',
      [`${batch}/390100/agency_code=A9`]: 'orange',
      [`${batch}/390100/econ_code=39999`]: 'yellow',
      [`${batch}/390100/func_code=2019999`]: 'yellow',
    });
    const agency = await db.alert('DQ-CODE', `${batch}/390100/agency_code=A9`);
    assert.equal(agency.period, '2026-11-20');
    assert.equal(agency.measured_value, '2.000000');
    assert.deepEqual(agency.evidence.vouchers, ['AGENCY-1', 'AGENCY-2']);
    assert.equal(agency.evidence.batchId, batch);
    assert.equal(agency.explanation_zh, `批次${batch}国库集中支付明细中2行的单位编码“A9”无法识别（尚未导入）`);
  });

  it('checks budget lines the same way, against the classification of their fiscal year', async () => {
    await db.budgetLine('L-OK', '100.00');
    await db.budgetLine('L-ECON', '100.00', { econ: '39999', region: '390102', agency: 'B1' });
    await db.budgetLine('L-2024', '100.00', { year: 2024, func: '2019999' });
    const batch = await insertBatch(db, 'budget_lines');
    await stampBatch('budget_lines', batch);
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), { [`${batch}/390102/econ_code=39999`]: 'yellow' });
    assert.deepEqual((await db.alert('DQ-CODE', `${batch}/390102/econ_code=39999`)).evidence.lineIds, ['L-ECON']);
  });

  it('checks the regions named by the other feeds', async () => {
    await db.sql(`INSERT INTO social_funds (fiscal_year, month, region_code, fund_type, income, expenditure, balance_end)
      VALUES (2026, 1, '399901', '失业保险', 1, 1, 1), (2026, 1, '390100', '失业保险', 1, 1, 1)`);
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), { 'social_funds/390000/region_code=399901': 'orange' });
    const alert = await db.alert('DQ-CODE', 'social_funds/390000/region_code=399901');
    assert.equal(alert.period, 'unbatched');
    assert.deepEqual(alert.evidence.keys, ['2026 / 1 / 399901 / 失业保险']);
  });

  it('says nothing of agencies before any is loaded, nor of codes in years without a classification', async () => {
    await db.sql('TRUNCATE agencies');
    await db.payment('NO-AGENCIES', '10.00', { agency: 'A9' });
    await db.payment('NO-CLASSIFICATION', '10.00', { date: '2024-06-03', func: '2019999', econ: '39999' });
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), {});
  });

  it('flags quarantined rows whose code could not be read, filed under their region when it is known', async () => {
    const batch = await insertBatch(db, 'payments', { mode: 'quarantine' });
    const failed = await insertBatch(db, 'payments', { mode: 'quarantine', status: 'failed' });
    const error = (column: string, value: string) => ({ column, value, zh: '编码格式无效', en: 'invalid code' });
    const rows: [string, number, Record<string, string>, object[]][] = [
      [batch, 2, { 行政区划代码: '390102' }, [error('func_code', '21X')]],
      [batch, 3, { region_code: '390102' }, [error('func_code', '21X'), error('amount', 'abc')]],
      [batch, 4, { region_code: '39AB' }, [error('region_code', '39AB')]],
      [batch, 5, { region_code: '390102' }, [error('amount', 'abc'), error('agency_code', '')]],
      [failed, 2, { region_code: '390102' }, [error('func_code', '21Y')]],
    ];
    for (const [batchId, row, raw, errors] of rows) {
      await db.sql(
        `INSERT INTO quarantined_rows (batch_id, feed, row_number, raw, errors) VALUES ($1, 'payments', $2, $3, $4)`,
        [batchId, row, JSON.stringify(raw), JSON.stringify(errors)],
      );
    }
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), {
      [`${batch}/390000/region_code=39AB`]: 'yellow',
      [`${batch}/390102/func_code=21X`]: 'yellow',
    });
    const alert = await db.alert('DQ-CODE', `${batch}/390102/func_code=21X`);
    assert.deepEqual(alert.evidence.rowNumbers, [2, 3]);
    assert.equal(
      alert.explanation_zh,
      `批次${batch}国库集中支付明细中2行因功能分类科目编码“21X”无法识别被隔离，未导入（首见第2行）`,
    );
  });

  it('keeps rows of an unknown region to runs that reach the root region, and resolves findings once the code is loaded', async () => {
    await db.payment('CITY', '10.00', { agency: 'A9' });
    await db.payment('DISTRICT', '10.00', { agency: 'A9', region: '390102' });
    await db.payment('NOWHERE', '10.00', { region: '399999' });
    await db.detect('DQ-CODE', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('DQ-CODE'), { 'payments/390102/agency_code=A9': 'orange' });
    await db.detect('DQ-CODE');
    await db.detect('DQ-CODE', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('DQ-CODE'), {
      'payments/390000/region_code=399999': 'orange',
      'payments/390100/agency_code=A9': 'orange',
      'payments/390102/agency_code=A9': 'orange',
    });
    await db.sql(
      `INSERT INTO agencies (agency_code, agency_name, region_code, agency_type) VALUES ('A9', '新单位', '390100', 'institution')`,
    );
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), { 'payments/390000/region_code=399999': 'orange' });
  });

  it('raises nothing when every code is known', async () => {
    await db.payment('P', '10.00');
    await db.budgetLine('L', '10.00');
    await insertBatch(db, 'payments', { mode: 'quarantine' });
    await db.detect('DQ-CODE');
    assert.deepEqual(await db.alerts('DQ-CODE'), {});
  });
});
