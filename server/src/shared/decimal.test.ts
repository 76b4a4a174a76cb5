import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ratio, sumMoney } from './decimal';

describe('sumMoney', () => {
  it('adds amounts exactly where floats would drift', () => {
    assert.equal(sumMoney(['0.10', '0.20']), '0.30');
    assert.equal(sumMoney(['9007199254740993.01', '1.00']), '9007199254740994.01');
  });
  it('returns 0.00 for no values and keeps negatives', () => {
    assert.equal(sumMoney([]), '0.00');
    assert.equal(sumMoney(['100.00', '-150.50']), '-50.50');
  });
});

describe('ratio', () => {
  it('divides to six decimals', () => {
    assert.equal(ratio('1', '3'), '0.333333');
  });
  it('is null when the denominator is zero', () => {
    assert.equal(ratio('5.00', '0.00'), null);
  });
});
