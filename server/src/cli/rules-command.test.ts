import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAssignments } from './rules-command';

describe('parseAssignments', () => {
  it('reads numbers as numbers, comma lists as lists and other text as text', () => {
    assert.deepEqual(parseAssignments(['threshold=1000000', 'ratio=0.5', 'codes=30212, 30217', 'mode=strict']), {
      threshold: 1_000_000,
      ratio: 0.5,
      codes: ['30212', '30217'],
      mode: 'strict',
    });
  });

  it('returns the first pair that is not name=value', () => {
    assert.equal(parseAssignments(['threshold=1', 'threshold']), 'threshold');
    assert.equal(parseAssignments(['=5']), '=5');
    assert.equal(parseAssignments(['1a=5']), '1a=5');
  });
});
