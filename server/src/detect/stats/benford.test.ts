import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BENFORD_SHARES, benfordFits, chiSquareSurvival8 } from './benford';

const near = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('BENFORD_SHARES', () => {
  it('is log10(1 + 1/d) for d = 1…9 and sums to 1', () => {
    near(BENFORD_SHARES[0]!, 0.30103, 1e-5);
    near(BENFORD_SHARES[8]!, 0.045757, 1e-6);
    near(
      BENFORD_SHARES.reduce((a, b) => a + b, 0),
      1,
      1e-12,
    );
  });
});

describe('chiSquareSurvival8', () => {
  it('matches the chi-square table for 8 degrees of freedom', () => {
    near(chiSquareSurvival8(26.124), 0.001, 1e-6);
    near(chiSquareSurvival8(20.09), 0.01, 1e-5);
    near(chiSquareSurvival8(15.507), 0.05, 1e-5);
    near(chiSquareSurvival8(2.733), 0.95, 1e-4);
  });

  it('is 1 at zero and falls on either side of the 0.001 critical value', () => {
    assert.equal(chiSquareSurvival8(0), 1);
    assert.ok(chiSquareSurvival8(26.12) > 0.001);
    assert.ok(chiSquareSurvival8(26.13) < 0.001);
  });
});

describe('benfordFits', () => {
  it('gives MAD 0, chi-square 0 and p 1 for a distribution exactly as Benford expects', async () => {
    const [fit] = await benfordFits([BENFORD_SHARES.map((share) => 1000 * share)]);
    near(fit!.n, 1000, 1e-9);
    near(fit!.mad, 0, 1e-15);
    near(fit!.chiSquare, 0, 1e-12);
    near(fit!.pValue, 1, 1e-12);
    near(fit!.expected[0]!, 301.03, 0.001);
  });

  it('computes MAD and chi-square of skewed rows, one fit per row', async () => {
    const [allOnes, uniform] = await benfordFits([
      [100, 0, 0, 0, 0, 0, 0, 0, 0],
      [100, 100, 100, 100, 100, 100, 100, 100, 100],
    ]);
    // All leading ones: MAD = 2·(1 − p1) / 9, chi-square = n·(1 − p1) / p1.
    const p1 = BENFORD_SHARES[0]!;
    assert.equal(allOnes!.n, 100);
    near(allOnes!.mad, (2 * (1 - p1)) / 9, 1e-12);
    near(allOnes!.chiSquare, (100 * (1 - p1)) / p1, 1e-9);
    assert.ok(allOnes!.pValue < 1e-40);
    assert.equal(uniform!.n, 900);
    near(uniform!.mad, 0.059717, 1e-6);
    near(uniform!.chiSquare, 361.52846, 1e-4);
  });

  it('computes in double precision, enough to compare MAD at six decimals', async () => {
    // MAD 0.0150000048178 (to 13 digits, by exact decimal arithmetic); float32 shares would be off by ~1e-8.
    const [fit] = await benfordFits([[5470, 4072, 2499, 1938, 2383, 1339, 1160, 1023, 116]]);
    near(fit!.mad, 0.0150000048178, 1e-13);
  });

  it('returns nothing for no rows, a neutral fit for an empty row, and rejects a row that is not nine digits', async () => {
    assert.deepEqual(await benfordFits([]), []);
    const [empty] = await benfordFits([[0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    assert.deepEqual([empty!.n, empty!.mad, empty!.chiSquare, empty!.pValue], [0, 0, 0, 1]);
    await assert.rejects(benfordFits([[1, 2, 3]]), /nine digit counts/);
  });
});
