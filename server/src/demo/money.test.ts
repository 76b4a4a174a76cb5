import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetUnit, ceilScaleFen, formatFen, scaleFen, splitFen } from './money';

describe('formatFen', () => {
  it('writes exactly two decimals, with the sign in front', () => {
    assert.equal(formatFen(0), '0.00');
    assert.equal(formatFen(5), '0.05');
    assert.equal(formatFen(123_456), '1234.56');
    assert.equal(formatFen(-100), '-1.00');
  });
});

describe('scaleFen and ceilScaleFen', () => {
  it('scale exactly beyond 2^53 intermediate products, rounding half away from zero or up', () => {
    assert.equal(scaleFen(900_000_000_000_001, 3, 2), 1_350_000_000_000_002);
    assert.equal(scaleFen(-5, 1, 2), -3);
    assert.equal(ceilScaleFen(100, 10_000, 9_700), 104);
  });
});

describe('splitFen', () => {
  it('splits a total by weights into parts that add up to it exactly', () => {
    const parts = splitFen(1_000_001, [1, 1, 1]);
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      1_000_001,
    );
    assert.deepEqual(parts, [333_334, 333_334, 333_333]);
  });
});

describe('budgetUnit', () => {
  it('rounds budgets to 10 yuan below 10,000, up to 万元 from 1,000,000', () => {
    assert.equal(budgetUnit(999_999), 1_000);
    assert.equal(budgetUnit(1_000_000), 10_000);
    assert.equal(budgetUnit(100_000_000), 1_000_000);
  });
});
