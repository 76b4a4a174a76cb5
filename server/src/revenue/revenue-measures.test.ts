import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  growthOf,
  judgeDecline,
  judgeNonTax,
  monthEnd,
  paceOf,
  percentLine,
  progressAt,
  throughMonth,
} from './revenue-measures';

describe('throughMonth', () => {
  it('runs from January to the month before the first gap', () => {
    assert.equal(throughMonth([1, 2, 3, 5]), 3);
    assert.equal(throughMonth([3, 1, 2]), 3);
    assert.equal(throughMonth(Array.from({ length: 12 }, (_, i) => i + 1)), 12);
  });
  it('is 0 without January', () => {
    assert.equal(throughMonth([2, 3]), 0);
    assert.equal(throughMonth([]), 0);
  });
});

describe('monthEnd and progressAt', () => {
  it('gives the last day of the month, February of a leap year included', () => {
    assert.deepEqual(
      [monthEnd(2026, 2), monthEnd(2024, 2), monthEnd(2026, 12)],
      ['2026-02-28', '2024-02-29', '2026-12-31'],
    );
  });
  it('measures time at the month end and months over twelve', () => {
    assert.deepEqual(progressAt(2026, 3), { timeProgress: '0.246575', monthProgress: '0.250000' });
    assert.deepEqual(progressAt(2026, 12), { timeProgress: '1.000000', monthProgress: '1.000000' });
    assert.deepEqual(progressAt(2026, 0), { timeProgress: null, monthProgress: null });
  });
});

describe('percentLine', () => {
  it('turns a rule parameter in percent into a ratio', () => {
    assert.deepEqual(
      [percentLine(10), percentLine(30), percentLine(0), percentLine(12.5)],
      ['0.1', '0.3', '0', '0.125'],
    );
  });
});

describe('paceOf (REV-PACE, 10 points behind 24.6575 % of time)', () => {
  const progress = '0.246575';
  it('is not behind just under the line', () => {
    assert.deepEqual(paceOf('146575.01', '1000000.00', progress, 10), {
      rate: '0.146575',
      paceGap: '0.099999',
      behindPace: false,
    });
  });
  it('is behind on the line', () => {
    assert.deepEqual(paceOf('146575.00', '1000000.00', progress, 10), {
      rate: '0.146575',
      paceGap: '0.100000',
      behindPace: true,
    });
  });
  it('is behind just over the line', () => {
    assert.equal(paceOf('146574.99', '1000000.00', progress, 10).behindPace, true);
  });
  it('has no gap without a budget or a month', () => {
    assert.deepEqual(paceOf('10.00', '0.00', progress, 10), { rate: null, paceGap: null, behindPace: false });
    assert.deepEqual(paceOf('10.00', '100.00', null, 10), { rate: '0.100000', paceGap: null, behindPace: false });
  });
  it('reads a collection ahead of time as a negative gap', () => {
    assert.deepEqual(paceOf('500000.00', '2000000.00', progress, 10), {
      rate: '0.250000',
      paceGap: '-0.003425',
      behindPace: false,
    });
  });
});

describe('growthOf', () => {
  it('compares with last year, and not with a missing or empty year', () => {
    assert.deepEqual(
      [growthOf('110.00', '100.00'), growthOf('90.00', '100.00'), growthOf('1.00', null), growthOf('1.00', '0.00')],
      ['0.100000', '-0.100000', null, null],
    );
  });
});

describe('judgeNonTax (REV-NONTAX: share above 30 %, or up 10 points)', () => {
  const params = { shareAbove: 30, riseAtLeast: 10 };
  const year = (nonTax: string, general: string) => ({ nonTax, general });
  it('flags a share strictly above 30 % only', () => {
    assert.equal(judgeNonTax(year('2999.99', '10000.00'), null, params).shareAbove, false);
    assert.equal(judgeNonTax(year('3000.00', '10000.00'), null, params).shareAbove, false);
    assert.equal(judgeNonTax(year('3000.01', '10000.00'), null, params).shareAbove, true);
  });
  it('flags a rise of at least 10 points on last year', () => {
    const lastYear = year('1000.00', '10000.00');
    assert.equal(judgeNonTax(year('1999.99', '10000.00'), lastYear, params).shareRisen, false);
    assert.deepEqual(judgeNonTax(year('2000.00', '10000.00'), lastYear, params), {
      share: '0.200000',
      lastYearShare: '0.100000',
      shareRise: '0.100000',
      shareAbove: false,
      shareRisen: true,
    });
    assert.equal(judgeNonTax(year('2000.01', '10000.00'), lastYear, params).shareRisen, true);
  });
  it('has no share without revenue, and no rise without last year', () => {
    assert.deepEqual(judgeNonTax(year('0.00', '0.00'), year('1.00', '2.00'), params), {
      share: null,
      lastYearShare: '0.500000',
      shareRise: null,
      shareAbove: false,
      shareRisen: false,
    });
    assert.equal(judgeNonTax(year('5.00', '10.00'), null, params).shareRise, null);
  });
});

describe('judgeDecline (REV-DECLINE: any fall yellow, 10 % red)', () => {
  const params = { declineYellow: 0, declineRed: 10 };
  it('is none at last year’s level and yellow just below it', () => {
    assert.equal(judgeDecline('10000.00', '10000.00', params), 'none');
    assert.equal(judgeDecline('9999.99', '10000.00', params), 'yellow');
    assert.equal(judgeDecline('10000.01', '10000.00', params), 'none');
  });
  it('turns red at a 10 % fall, not just before', () => {
    assert.equal(judgeDecline('9000.01', '10000.00', params), 'yellow');
    assert.equal(judgeDecline('9000.00', '10000.00', params), 'red');
    assert.equal(judgeDecline('8999.99', '10000.00', params), 'red');
  });
  it('judges nothing without last year', () => {
    assert.equal(judgeDecline('1.00', null, params), 'none');
    assert.equal(judgeDecline('1.00', '0.00', params), 'none');
  });
});
