import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../env';
import { RULES } from './rule-registry';
import { renderRulesDoc } from './rules-doc';

/** Every code of shared/RULES.md, in its order (the catalog the product must implement). */
const CATALOG = [
  'EXE-LAG',
  'EXE-SURGE',
  'EXE-OVER',
  'EXE-NOBUDGET',
  'EXE-SANGONG',
  'EXE-IDLE',
  'EXE-ADJUST',
  'PAY-LARGE',
  'PAY-INDIV',
  'PAY-CASH',
  'PAY-SPLIT',
  'PAY-DUP',
  'PAY-HOLIDAY',
  'PAY-BENFORD',
  'REV-OUTTURN',
  'REV-PACE',
  'REV-NONTAX',
  'REV-DECLINE',
  'DEBT-OVERLIMIT',
  'DEBT-RATIO',
  'DEBT-SERVICE',
  'DEBT-INTEREST',
  'DEBT-OVERDUE',
  'DEBT-IDLE',
  'SOE-LEVERAGE',
  'SOE-LOSS',
  'SOE-PRESERVE',
  'SOE-DIVIDEND',
  'SIF-DEFICIT',
  'SIF-MONTHS',
  'BUD-PI1',
  'BUD-PI2',
  'BUD-RESERVE',
  'DQ-CODE',
  'DQ-STALE',
];

describe('RULES', () => {
  it('holds every rule of the catalog exactly once', () => {
    assert.deepEqual([...RULES.map((rule) => rule.code)].sort(), [...CATALOG].sort());
  });

  it('gives every rule names, a description and basis, defaults its own schema accepts, and feeds it reads', () => {
    for (const rule of RULES) {
      assert.ok(rule.nameZh && rule.nameEn && rule.description.zh && rule.description.en && rule.basis, rule.code);
      assert.deepEqual(rule.params.parse(rule.defaults), rule.defaults, rule.code);
      assert.ok(rule.grain !== 'day' || rule.marginDays !== undefined, `${rule.code}: day grain needs marginDays`);
      assert.ok(rule.feeds.length > 0 || rule.code === 'DQ-STALE', `${rule.code} reads no feed`);
    }
  });
});

describe('renderRulesDoc', () => {
  it('matches docs/rules.md (run `npm run docs:rules` after changing a rule)', async () => {
    const onDisk = await readFile(path.join(PROJECT_ROOT, 'docs/rules.md'), 'utf8');
    assert.equal(onDisk, renderRulesDoc(RULES));
  });
});
