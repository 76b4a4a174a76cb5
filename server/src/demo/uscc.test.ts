import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './prng';
import { isValidUscc, unifiedSocialCreditCode } from './uscc';

describe('unifiedSocialCreditCode', () => {
  it('makes 18-character codes with the region and valid GB 11714 and GB 32100 check characters', () => {
    const random = new Random(3);
    for (let i = 0; i < 200; i++) {
      const code = unifiedSocialCreditCode('390100', random);
      assert.match(code, /^91390100MA[0-9A-HJ-NPQRTUWXY]{8}$/);
      assert.ok(isValidUscc(code), code);
    }
  });
});

describe('isValidUscc', () => {
  it('accepts a published example and rejects a changed check character', () => {
    // GB 32100-2015's appendix example.
    assert.ok(isValidUscc('91350100M000100Y43'));
    assert.equal(isValidUscc('91350100M000100Y44'), false);
  });
});
