import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import {
  SOE_DEFAULT_LINES,
  leverageIndicator,
  lossSeverity,
  preservationIndicator,
  unpaidIndicator,
} from './soe-lines';

/** Of 10,000.00 yuan, the amount at `percent` moved by `cents` (one cent is 0.0001 %). */
const at = (percent: number, cents = 0) =>
  new Decimal(percent).times(100).plus(new Decimal(cents).dividedBy(100)).toFixed(2);
const WHOLE = '10000.00';
const { leverage, loss, preserve, dividend } = SOE_DEFAULT_LINES;

describe('leverageIndicator', () => {
  for (const [industrial, warning, key] of [
    [true, leverage.industrialWarning, leverage.industrialKey],
    [false, leverage.nonIndustrialWarning, leverage.nonIndustrialKey],
  ] as const) {
    const judge = (liabilities: string) => leverageIndicator(liabilities, WHOLE, industrial, leverage).severity;
    it(`${industrial ? 'industrial' : 'non-industrial'}: yellow from the warning line of ${warning} %, just under it nothing`, () => {
      assert.equal(judge(at(warning, -1)), null);
      assert.equal(judge(at(warning)), 'yellow');
      assert.equal(judge(at(warning, 1)), 'yellow');
    });
    it(`${industrial ? 'industrial' : 'non-industrial'}: red from the key-supervision line of ${key} %, just under it yellow`, () => {
      assert.equal(judge(at(key, -1)), 'yellow');
      assert.equal(judge(at(key)), 'red');
      assert.equal(judge(at(key, 1)), 'red');
    });
  }

  it('gives the ratio truncated, and none without assets', () => {
    assert.deepEqual(leverageIndicator('2', '3', true, leverage), { value: '0.666666', severity: 'yellow' });
    assert.deepEqual(leverageIndicator('5.00', '0.00', true, leverage), { value: null, severity: null });
  });
});

describe('preservationIndicator', () => {
  it(`is yellow just under ${preserve.ratio} %, not at or just over it`, () => {
    assert.deepEqual(preservationIndicator(at(preserve.ratio, -1), WHOLE, preserve), {
      value: '0.999999',
      severity: 'yellow',
    });
    assert.deepEqual(preservationIndicator(at(preserve.ratio), WHOLE, preserve), { value: '1.000000', severity: null });
    assert.equal(preservationIndicator(at(preserve.ratio, 1), WHOLE, preserve).severity, null);
  });

  it('has no rate without a positive capital a year earlier', () => {
    assert.deepEqual(preservationIndicator('10.00', null, preserve), { value: null, severity: null });
    assert.deepEqual(preservationIndicator('10.00', '0.00', preserve), { value: null, severity: null });
  });
});

describe('unpaidIndicator', () => {
  const unpaidBy = (percent: number, cents: number) =>
    unpaidIndicator(WHOLE, new Decimal(WHOLE).minus(at(percent, cents)).toFixed(2), dividend);

  it(`is orange just over a shortfall of ${dividend.shortfall} %, not at or just under it`, () => {
    assert.equal(unpaidBy(dividend.shortfall, -1).severity, null);
    assert.equal(unpaidBy(dividend.shortfall, 0).severity, null);
    assert.deepEqual(unpaidBy(dividend.shortfall, 1), { value: '0.050001', severity: 'orange' });
  });

  it('rounds the share up, so that a share past the line never reads as on it', () => {
    assert.deepEqual(unpaidIndicator('300000.00', '284999.99', dividend), { value: '0.050001', severity: 'orange' });
  });

  it('has no share where nothing is due', () => {
    assert.deepEqual(unpaidIndicator('0.00', '0.00', dividend), { value: null, severity: null });
    assert.deepEqual(unpaidIndicator(null, null, dividend), { value: null, severity: null });
  });
});

describe('lossSeverity', () => {
  it(`is orange from ${loss.consecutiveYears} annual losses in a row`, () => {
    assert.equal(lossSeverity(loss.consecutiveYears - 1, loss), null);
    assert.equal(lossSeverity(loss.consecutiveYears, loss), 'orange');
    assert.equal(lossSeverity(loss.consecutiveYears + 1, loss), 'orange');
  });
});
