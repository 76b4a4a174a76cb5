import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('EXE-NOBUDGET 无预算支出', () => {
  it('flags a payment without a known line when its year, agency, function and econ code have no budget either', async () => {
    await db.budgetLine('L1', '1000000.00', { func: '2050201', econ: '30201' });
    await db.payment('ON-LINE', '100.00', { line: 'L1' });
    await db.payment('SAME-CODES', '100.00', { func: '2050201', econ: '30201' });
    await db.payment('GHOST', '100.00', { line: 'NO-SUCH-LINE', func: '2050201', econ: '30205' });
    await db.payment('OTHER-ECON', '100.00', { func: '2050201', econ: '30205' });
    await db.payment('OTHER-FUNC', '100.00', { func: '2050202', econ: '30201' });
    await db.payment('OTHER-AGENCY', '100.00', { agency: 'A2', func: '2050201', econ: '30201' });
    await db.budgetLine('L-2025', '1000000.00', { year: 2025, func: '2050203', econ: '30201' });
    await db.payment('OTHER-YEAR', '100.00', { func: '2050203', econ: '30201' });
    await db.detect('EXE-NOBUDGET');
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), {
      GHOST: 'red',
      'OTHER-AGENCY': 'red',
      'OTHER-ECON': 'red',
      'OTHER-FUNC': 'red',
      'OTHER-YEAR': 'red',
    });
    const ghost = await db.alert('EXE-NOBUDGET', 'GHOST');
    assert.deepEqual([ghost.period, ghost.measured_value, ghost.threshold], ['2026-06-01', '100.000000', '0.000000']);
    assert.deepEqual(ghost.evidence, {
      vouchers: ['GHOST'],
      agencyCode: 'A1',
      lineId: 'NO-SUCH-LINE',
      book: 'GPB',
      funcCode: '2050201',
      econCode: '30205',
      payee: '收款人',
    });
    assert.equal(
      ghost.explanation_zh,
      'A1凭证GHOST支付100.00元，所列指标NO-SUCH-LINE不存在，且2026年度该单位功能分类2050201、经济分类30205下无预算指标',
    );
  });

  it('does not flag reversals, nor a region and year whose budget has not been loaded at all', async () => {
    await db.budgetLine('L1', '1000000.00');
    await db.payment('REVERSAL', '-100.00', { econ: '30299' });
    await db.payment('NO-BUDGET-FEED', '100.00', { region: '390121', econ: '30299' });
    await db.payment('NO-BUDGET-YEAR', '100.00', { date: '2024-06-03', econ: '30299' });
    await db.detect('EXE-NOBUDGET');
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), {});
  });

  it('knows a line only in its own region: a payment naming another region\'s line is without budget (region-keyed, docs/scaling-queries.md §P2)', async () => {
    await db.budgetLine('CITY-LINE', '1000000.00', { func: '2050201', econ: '30201' });
    await db.budgetLine('COUNTY-LINE', '1000000.00', { region: '390102', agency: 'C1', func: '2050299', econ: '30299' });
    await db.payment('OWN-REGION', '100.00', { line: 'CITY-LINE', func: '2050201', econ: '30201' });
    await db.payment('CROSS-REGION', '100.00', { region: '390102', agency: 'C1', line: 'CITY-LINE', func: '2050201', econ: '30205' });
    await db.detect('EXE-NOBUDGET');
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), { 'CROSS-REGION': 'red' });
  });

  it('ignores budget lines issued and payments made after the as-of date', async () => {
    await db.budgetLine('L1', '1000000.00', { econ: '30201' });
    await db.budgetLine('LATE-LINE', '1000000.00', { econ: '30205', issued: '2026-11-21' });
    await db.payment('EARLY', '100.00', { line: 'LATE-LINE', econ: '30205' });
    await db.payment('LATE', '100.00', { econ: '30299', date: '2026-11-21' });
    await db.detect('EXE-NOBUDGET', '2026-11-20');
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), { EARLY: 'red' });
  });

  it('re-judges the whole fiscal year when a budget_lines batch touches any date of it', async () => {
    await db.budgetLine('L1', '1000000.00', { econ: '30201' });
    await db.payment('JUNE', '100.00', { econ: '30205', date: '2026-06-01' });
    await db.detect('EXE-NOBUDGET');
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), { JUNE: 'red' });
    await db.budgetLine('L2', '1000.00', { econ: '30205', issued: '2026-09-01' });
    await db.detect('EXE-NOBUDGET', '2026-11-20', {
      feeds: ['budget_lines'],
      window: { from: '2026-09-01', to: '2026-09-01' },
    });
    assert.deepEqual(await db.alerts('EXE-NOBUDGET'), {});
  });
});
