import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import { addMonths, debtIdle } from '../detect/rules/debt/debt-idle';
import { idleSeverity } from './bond-projects';
import { idleRungs } from './debt-lines';

const RUNGS = idleRungs(debtIdle.defaults);
const { yellowMonths, yellowBelow, redMonths, redBelow } = debtIdle.defaults;
const ISSUE = '2025-08-31';

/** A project of 10,000.00 allocated, `percent` spent moved by `cents`, seen `months` after the issue moved by `days`. */
function project(percent: number, cents: number, months: number, days = 0) {
  const asOf = new Date(Date.parse(`${addMonths(ISSUE, months)}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    issueDate: ISSUE,
    asOfDate: asOf,
    allocated: '10000.00',
    spent: new Decimal(percent)
      .times(100)
      .plus(cents / 100)
      .toFixed(2),
  };
}

describe('idleSeverity', () => {
  it('flags yellow just under the yellow share once its months have passed, not at or over it', () => {
    assert.equal(idleSeverity(project(yellowBelow, -1, yellowMonths), RUNGS), 'yellow');
    assert.equal(idleSeverity(project(yellowBelow, 0, yellowMonths), RUNGS), null);
    assert.equal(idleSeverity(project(yellowBelow, 1, yellowMonths), RUNGS), null);
  });

  it('flags red just under the red share once its months have passed, yellow at and just over it', () => {
    assert.equal(idleSeverity(project(redBelow, -1, redMonths), RUNGS), 'red');
    assert.equal(idleSeverity(project(redBelow, 0, redMonths), RUNGS), 'yellow');
    assert.equal(idleSeverity(project(redBelow, 1, redMonths), RUNGS), 'yellow');
  });

  it('waits for the months: a day before them is not judged by that rung (clamped month ends as the rule adds them)', () => {
    assert.equal(idleSeverity(project(0, 0, yellowMonths, -1), RUNGS), null);
    assert.equal(idleSeverity(project(0, 0, yellowMonths), RUNGS), 'yellow');
    assert.equal(idleSeverity(project(0, 0, redMonths, -1), RUNGS), 'yellow');
    assert.equal(idleSeverity(project(0, 0, redMonths), RUNGS), 'red');
  });

  it('judges nothing without the bond or without money allocated', () => {
    assert.equal(idleSeverity({ ...project(0, 0, redMonths), issueDate: null }, RUNGS), null);
    assert.equal(idleSeverity({ ...project(0, 0, redMonths), allocated: '0.00', spent: '0.00' }, RUNGS), null);
  });
});
