import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compositionVariance } from './composition-variance';

describe('compositionVariance', () => {
  it('measures the shift between classes: 10 of 200 yuan moved from one class to another is 10 %', async () => {
    const result = await compositionVariance([
      { functionClass: '201', budget: '100.00', actual: '110.00' },
      { functionClass: '205', budget: '100.00', actual: '90.00' },
    ]);
    assert.equal(result?.variancePercent, '10.000000');
  });

  it('scales the budget to the actual total first, so an even underspend is no variance', async () => {
    const even = await compositionVariance([
      { functionClass: '201', budget: '1000000.00', actual: '500000.00' },
      { functionClass: '205', budget: '3000000.00', actual: '1500000.00' },
    ]);
    assert.equal(even?.variancePercent, '0.000000');
    const shifted = await compositionVariance([
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

  it('counts spending in a class without budget against a scaled budget of 0, largest deviation first', async () => {
    const result = await compositionVariance([
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

  it('rounds to 6 decimals and keeps cent amounts of large budgets exact in the totals', async () => {
    const result = await compositionVariance([
      { functionClass: '201', budget: '123456789012.34', actual: '123456789012.35' },
      { functionClass: '205', budget: '0.01', actual: '0' },
    ]);
    assert.equal(result?.budgetTotal, '123456789012.35');
    assert.equal(result?.actualTotal, '123456789012.35');
    assert.equal(result?.variancePercent, '0.000000');
  });

  it('returns null when the budget or the actual total is not positive', async () => {
    assert.equal(await compositionVariance([]), null);
    assert.equal(await compositionVariance([{ functionClass: '201', budget: '0', actual: '10.00' }]), null);
    assert.equal(await compositionVariance([{ functionClass: '201', budget: '10.00', actual: '-1.00' }]), null);
  });
});
