import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeProgress, yearEnd } from './time-progress';

describe('timeProgress', () => {
  it('counts 1 January as the first elapsed day', () => {
    assert.equal(timeProgress(2026, '2026-01-01'), (1 / 365).toFixed(6));
  });
  it('is 324/365 on 20 November 2026', () => {
    assert.equal(timeProgress(2026, '2026-11-20'), (324 / 365).toFixed(6));
  });
  it('uses 366 days in a leap year', () => {
    assert.equal(timeProgress(2024, '2024-12-30'), (365 / 366).toFixed(6));
  });
  it('is exactly 1 on the last day of the year and stays 1 after it', () => {
    assert.equal(timeProgress(2025, yearEnd(2025)), '1.000000');
    assert.equal(timeProgress(2025, '2026-03-01'), '1.000000');
  });
  it('is 0 before the year starts', () => {
    assert.equal(timeProgress(2026, '2025-12-31'), '0.000000');
  });
  it('rejects a malformed date', () => {
    assert.throws(() => timeProgress(2026, '2026-13-45x'));
  });
});
