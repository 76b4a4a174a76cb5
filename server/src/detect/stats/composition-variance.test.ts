import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compositionVariance } from './composition-variance';

describe('compositionVariance', () => {
  it('measures the shift between classes: 10 of 200 yuan moved from one class to another is 10 %', () => {
    const result = compositionVariance([
      { functionClass: '201', budget: '100.00', actual: '110.00' },
      { functionClass: '205', budget: '100.00', actual: '90.00' },
    ]);
    assert.equal(result?.variancePercent, '10.000000');
  });

  it('scales the budget to the actual total first, so an even underspend is no variance', () => {
    const even = compositionVariance([
      { functionClass: '201', budget: '1000000.00', actual: '500000.00' },
      { functionClass: '205', budget: '3000000.00', actual: '1500000.00' },
    ]);
    assert.equal(even?.variancePercent, '0.000000');
    const shifted = compositionVariance([
      { functionClass: '201', budget: '100.00', actual: '55.00' },
      { functionClass: '205', budget: '100.00', actual: '45.00' },
    ]);
    assert.equal(shifted?.variancePercent, '10.000000');
    assert.deepEqual(shifted?.classes, [
      { functionClass: '201', budget: '100.00', scaledBudget: '50.00', actual: '55.00', deviation: '5.00' },
      { functionClass: '205', budget: '100.00', scaledBudget: '50.00', actual: '45.00', deviation: '5.00' },
    ]);
    assert.equal(shifted?.budgetTotal, '200.00');
    assert.equal(shifted?.actualTotal, '100.00');
  });

  it('counts spending in a class without budget against a scaled budget of 0, largest deviation first', () => {
    const result = compositionVariance([
      { functionClass: '201', budget: '100.00', actual: '80.00' },
      { functionClass: '208', budget: '0', actual: '20.00' },
      { functionClass: '212', budget: '50.00', actual: '50.00' },
    ]);
    // scale 150 / 150 = 1: |80 − 100| + |20 − 0| + 0 = 40 of 150.
    assert.equal(result?.variancePercent, '26.666667');
    assert.deepEqual(
      result?.classes.map((c) => [c.functionClass, c.deviation]),
      [
        ['201', '20.00'],
        ['208', '20.00'],
        ['212', '0.00'],
      ],
    );
  });

  it('rounds to 6 decimals and keeps cent amounts of large budgets exact in the totals', () => {
    const result = compositionVariance([
      { functionClass: '201', budget: '123456789012.34', actual: '123456789012.35' },
      { functionClass: '205', budget: '0.01', actual: '0' },
    ]);
    assert.equal(result?.budgetTotal, '123456789012.35');
    assert.equal(result?.actualTotal, '123456789012.35');
    assert.equal(result?.variancePercent, '0.000000');
  });

  it('returns null when the budget or the actual total is not positive', () => {
    assert.equal(compositionVariance([]), null);
    assert.equal(compositionVariance([{ functionClass: '201', budget: '0', actual: '10.00' }]), null);
    assert.equal(compositionVariance([{ functionClass: '201', budget: '10.00', actual: '-1.00' }]), null);
  });

  it('scales exactly when the scale does not terminate (1/3): cents of scaled budgets and deviations from exact values', () => {
    // Scale 100 / 300: scaled budgets 33.3366… and 66.6633…, deviations 5.0033… each.
    const result = compositionVariance([
      { functionClass: '201', budget: '100.01', actual: '38.34' },
      { functionClass: '205', budget: '199.99', actual: '61.66' },
    ]);
    assert.deepEqual(result?.classes, [
      { functionClass: '201', budget: '100.01', scaledBudget: '33.34', actual: '38.34', deviation: '5.00' },
      { functionClass: '205', budget: '199.99', scaledBudget: '66.66', actual: '61.66', deviation: '5.00' },
    ]);
    // Σ |38.34·300 − 100.01·100| + |61.66·300 − 199.99·100| = 1501 + 1501 of 100·300 → 10.006666… %.
    assert.equal(result?.variance.toFixed(20), '10.00666666666666666667');
    assert.equal(result?.variancePercent, '10.006667');
  });

  it('rounds half cents of scaled budgets and deviations from the exact value, up', () => {
    // Scale 1/2: 0.05 scales to exactly 0.025, deviating from 0.02 by exactly 0.005.
    const result = compositionVariance([
      { functionClass: '201', budget: '0.05', actual: '0.02' },
      { functionClass: '205', budget: '0.15', actual: '0.08' },
    ]);
    assert.deepEqual(
      result?.classes.map((c) => [c.functionClass, c.scaledBudget, c.deviation]),
      [
        ['201', '0.03', '0.01'],
        ['205', '0.08', '0.01'],
      ],
    );
  });

  it('is exactly 10 % and 15 % at the boundaries, with a scale of 1/3', () => {
    // Σ |actual·300 − budget·100| = 3000 of 100·300 and 4500 of 100·300.
    const ten = compositionVariance([
      { functionClass: '201', budget: '100.02', actual: '38.34' },
      { functionClass: '205', budget: '199.98', actual: '61.66' },
    ]);
    assert.ok(ten?.variance.eq(10));
    const fifteen = compositionVariance([
      { functionClass: '201', budget: '100.02', actual: '40.84' },
      { functionClass: '205', budget: '199.98', actual: '59.16' },
    ]);
    assert.ok(fifteen?.variance.eq(15));
    // A hair over: one cent more shifted on a billion is over 10 %, though it shows as 10.000000.
    const hair = compositionVariance([
      { functionClass: '201', budget: '1000000000.00', actual: '1100000000.01' },
      { functionClass: '205', budget: '1000000000.00', actual: '899999999.99' },
    ]);
    assert.ok(hair?.variance.gt(10));
    assert.equal(hair?.variancePercent, '10.000000');
  });
});
