import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import type { Severity } from './rule-descriptor';
import { debtInterest } from './rules/debt/debt-interest';
import { debtOverdue } from './rules/debt/debt-overdue';
import { debtRatio } from './rules/debt/debt-ratio';
import { debtService } from './rules/debt/debt-service';
import { debtLines } from '../debt/debt-lines';
import { indicator, ruleLines, shareOf, type Rung } from './warning-lines';

const DEFAULT_LINES = debtLines({
  ratio: debtRatio.defaults,
  service: debtService.defaults,
  interest: debtInterest.defaults,
  overdue: debtOverdue.defaults,
});

/** Of a whole of 10,000.00 yuan, the part at `percent` moved by `cents` (one cent is 0.0001 %). */
const partAt = (percent: number, cents: number) =>
  new Decimal(percent).times(100).plus(new Decimal(cents).dividedBy(100)).toFixed(2);
const WHOLE = '10000.00';

/** Each rung just under, at and just over: the severity below it, the rung's, the rung's. */
function checkLadder(rungs: readonly Rung[]): void {
  const sorted = [...rungs].sort((a, b) => a[1] - b[1]);
  sorted.forEach(([severity, percent], index) => {
    const below: Severity | null = index === 0 ? null : sorted[index - 1]![0];
    assert.equal(indicator(partAt(percent, -1), WHOLE, rungs).severity, below, `just under ${percent}%`);
    assert.equal(indicator(partAt(percent, 0), WHOLE, rungs).severity, severity, `at ${percent}%`);
    assert.equal(indicator(partAt(percent, 1), WHOLE, rungs).severity, severity, `just over ${percent}%`);
  });
}

describe('indicator', () => {
  it('judges the debt ratio at DEBT-RATIO’s lines (orange, then red) just under, at and just over each', () => {
    assert.deepEqual(
      DEFAULT_LINES.debtRatio.map(([severity]) => severity),
      ['orange', 'red'],
    );
    checkLadder(DEFAULT_LINES.debtRatio);
  });

  it('judges the debt service ratio at DEBT-SERVICE’s line', () => checkLadder(DEFAULT_LINES.serviceRatio));

  it('judges the interest ratio at DEBT-INTEREST’s line', () => checkLadder(DEFAULT_LINES.interestRatio));

  it('judges the overdue ratio at DEBT-OVERDUE’s three lines', () => {
    assert.deepEqual(
      DEFAULT_LINES.overdueRatio.map(([severity]) => severity),
      ['yellow', 'orange', 'red'],
    );
    checkLadder(DEFAULT_LINES.overdueRatio);
  });

  it('truncates the value so that it never reads as reaching a line it is under', () => {
    // 119.99999 %: under the red line of 120 %, shown as 1.199999, not 1.200000.
    const result = indicator('119999.99', '100000.00', DEFAULT_LINES.debtRatio);
    assert.deepEqual(result, { value: '1.199999', severity: 'orange' });
  });

  it('gives no ratio and no severity where the whole is zero or missing', () => {
    assert.deepEqual(indicator('5.00', '0.00', DEFAULT_LINES.debtRatio), { value: null, severity: null });
    assert.deepEqual(indicator('5.00', null, DEFAULT_LINES.debtRatio), { value: null, severity: null });
  });
});

describe('shareOf', () => {
  it('is truncated to 6 decimals and null for nothing allocated', () => {
    assert.equal(shareOf('2', '3'), '0.666666');
    assert.equal(shareOf('2', '0'), null);
  });
});

describe('ruleLines', () => {
  it('gives thresholds as decimal fractions', () => {
    assert.deepEqual(
      ruleLines('DEBT-RATIO', [
        ['orange', 100],
        ['red', 120],
      ]),
      {
        ruleCode: 'DEBT-RATIO',
        lines: [
          { severity: 'orange', ratio: '1' },
          { severity: 'red', ratio: '1.2' },
        ],
      },
    );
  });
});
