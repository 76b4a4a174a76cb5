import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeficit, reservePosition } from './fund-measures';

const LINES = { yellowBelow: 9, redBelow: 6 };
/** Twelve months of 100.00 spending with the given balance. */
const at = (balance: string) => reservePosition(balance, '1200.00', 12, LINES);

describe('reservePosition (SIF-MONTHS: below 9 months yellow, below 6 red)', () => {
  it('is normal at 9 months and just over', () => {
    assert.deepEqual(at('900.00'), {
      averageExpenditure: '100.00',
      monthsAveraged: 12,
      monthsPayable: '9.00',
      reserveLevel: 'normal',
    });
    assert.equal(at('900.01').reserveLevel, 'normal');
  });
  it('is yellow just under 9 months, shown rounded down, and at 6', () => {
    assert.deepEqual([at('899.99').monthsPayable, at('899.99').reserveLevel], ['8.99', 'yellow']);
    assert.deepEqual([at('600.00').monthsPayable, at('600.00').reserveLevel], ['6.00', 'yellow']);
  });
  it('is red just under 6 months, and for a balance in deficit', () => {
    assert.deepEqual([at('599.99').monthsPayable, at('599.99').reserveLevel], ['5.99', 'red']);
    assert.deepEqual([at('-100.00').monthsPayable, at('-100.00').reserveLevel], ['-1.00', 'red']);
  });
  it('averages only the months loaded', () => {
    assert.deepEqual(reservePosition('850.00', '300.00', 3, LINES), {
      averageExpenditure: '100.00',
      monthsAveraged: 3,
      monthsPayable: '8.50',
      reserveLevel: 'yellow',
    });
  });
  it('has no months payable without spending', () => {
    assert.deepEqual(reservePosition('1000.00', '0.00', 3, LINES), {
      averageExpenditure: '0.00',
      monthsAveraged: 3,
      monthsPayable: null,
      reserveLevel: 'none',
    });
    assert.deepEqual(reservePosition('1000.00', '0', 0, LINES), {
      averageExpenditure: null,
      monthsAveraged: 0,
      monthsPayable: null,
      reserveLevel: 'none',
    });
  });
  it('stays exact at provincial scale', () => {
    // 9 × 1,234,567,890,123.45 spent a month, less one fen of balance.
    assert.equal(reservePosition('11111111011111.04', '14814814681481.40', 12, LINES).reserveLevel, 'yellow');
    assert.equal(reservePosition('11111111011111.05', '14814814681481.40', 12, LINES).reserveLevel, 'normal');
  });
});

describe('isDeficit (SIF-DEFICIT: income below expenditure)', () => {
  it('is a deficit just under expenditure only', () => {
    assert.deepEqual(
      [isDeficit('299.99', '300.00'), isDeficit('300.00', '300.00'), isDeficit('300.01', '300.00')],
      [true, false, false],
    );
  });
});
