import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** An agency with an initial budget of 10,000,000 on two lines and `count` small changes of `type`. */
async function agency(code: string, count: number, type: 'adjustment' | 'transfer' | 'supplement' = 'adjustment') {
  await db.budgetLine(`${code}-1`, '5000000.00', { agency: code });
  await db.budgetLine(`${code}-2`, '5000000.00', { agency: code });
  for (let i = 0; i < count; i++) {
    await db.budgetLine(`${code}-${type}-${i}`, '-1000.00', {
      agency: code,
      type,
      parent: `${code}-1`,
      issued: '2026-06-01',
    });
  }
}

describe('EXE-ADJUST 频繁调整调剂', () => {
  it('flags 5 or more adjustment and transfer rows in a year, not 4, and not supplements by default', async () => {
    await agency('FOUR', 4);
    await agency('FIVE', 5);
    await agency('MIXED', 3);
    await db.budgetLine('MIXED-T', '1000.00', { agency: 'MIXED', type: 'transfer', parent: 'MIXED-2' });
    await db.budgetLine('MIXED-T2', '-1000.00', { agency: 'MIXED', type: 'transfer', parent: 'MIXED-1' });
    await agency('SUPPLEMENTS', 6, 'supplement');
    await db.detect('EXE-ADJUST');
    assert.deepEqual(await db.alerts('EXE-ADJUST'), { FIVE: 'yellow', MIXED: 'yellow' });
    const alert = await db.alert('EXE-ADJUST', 'FIVE');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '5.000000', '5.000000']);
    assert.equal(alert.evidence['changeLines'], 5);
    assert.equal((alert.evidence['lineIds'] as string[]).length, 5);
    assert.equal(
      alert.explanation_zh,
      'FIVE2026年预算调整调剂5条，金额绝对值合计5,000.00元，占年初预算10,000,000.00元的0.05%',
    );
  });

  it('flags an absolute total strictly above 20 % of the initial budget (to 6 decimals), each row of a transfer pair counted', async () => {
    for (const [code, cut] of [
      ['AT', '-1000000.00'],
      ['OVER', '-1000000.10'],
    ] as const) {
      await agency(code, 0);
      await db.budgetLine(`${code}-OUT`, cut, { agency: code, type: 'transfer', parent: `${code}-1` });
      await db.budgetLine(`${code}-IN`, '1000000.00', { agency: code, type: 'transfer', parent: `${code}-2` });
    }
    await db.detect('EXE-ADJUST');
    assert.deepEqual(await db.alerts('EXE-ADJUST'), { OVER: 'yellow' });
    const alert = await db.alert('EXE-ADJUST', 'OVER');
    assert.deepEqual([alert.measured_value, alert.threshold], ['20.000001', '20.000000']);
    assert.equal(alert.evidence['changeAbsoluteTotal'], '2000000.10');
    assert.match(alert.explanation_zh, /占年初预算10,000,000.00元的20.01%$/);
  });

  it('compares the share exactly: a hair over 20 % is over, though it rounds to 20.000000', async () => {
    await db.budgetLine('HAIR', '10000000000.00', { agency: 'HAIR' });
    await db.budgetLine('HAIR-OUT', '-1000000000.01', { agency: 'HAIR', type: 'transfer', parent: 'HAIR' });
    await db.budgetLine('HAIR-IN', '1000000000.00', { agency: 'HAIR', type: 'transfer', parent: 'HAIR' });
    await db.detect('EXE-ADJUST');
    assert.deepEqual(await db.alerts('EXE-ADJUST'), { HAIR: 'yellow' });
  });

  it('counts supplements too when the parameters in force say so', async () => {
    await db.override('EXE-ADJUST', '390100', { lineTypes: ['adjustment', 'transfer', 'supplement'] });
    await agency('SUPPLEMENTS', 5, 'supplement');
    await db.detect('EXE-ADJUST');
    assert.deepEqual(await db.alerts('EXE-ADJUST'), { SUPPLEMENTS: 'yellow' });
  });

  it('counts each fiscal year apart and ignores rows issued after the as-of date', async () => {
    await agency('SPLIT', 3);
    await db.budgetLine('SPLIT-2025', '1000000.00', { agency: 'SPLIT', year: 2025 });
    await db.budgetLine('SPLIT-2025-A', '-1000.00', {
      agency: 'SPLIT',
      year: 2025,
      type: 'adjustment',
      parent: 'SPLIT-2025',
    });
    await db.budgetLine('SPLIT-2025-B', '-1000.00', {
      agency: 'SPLIT',
      year: 2025,
      type: 'adjustment',
      parent: 'SPLIT-2025',
    });
    await db.budgetLine('SPLIT-LATE', '-1000.00', {
      agency: 'SPLIT',
      type: 'adjustment',
      parent: 'SPLIT-1',
      issued: '2026-11-21',
    });
    await db.budgetLine('SPLIT-LATE-2', '-3000000.00', {
      agency: 'SPLIT',
      type: 'adjustment',
      parent: 'SPLIT-1',
      issued: '2026-12-01',
    });
    await db.detect('EXE-ADJUST', '2026-11-20');
    assert.deepEqual(await db.alerts('EXE-ADJUST'), {});
  });
});
