import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoginLimiter } from './login-limiter';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, passwordProblem, verifyPassword } from './passwords';

describe('password rules', () => {
  const rule = (password: string) => passwordProblem(password, { username: 'wang', current: 'Old-passw0rd' })?.en ?? null;

  it('needs at least 10 characters: 9 refused, 10 accepted', () => {
    assert.equal(MIN_PASSWORD_LENGTH, 10);
    assert.match(rule('abcd12345')!, /10 to 128/);
    assert.equal(rule('abcd123456'), null);
    assert.match(rule('a1'.repeat(65))!, /10 to 128/);
  });

  it('needs letters and digits, not the username, not the current password', () => {
    assert.match(rule('abcdefghijk')!, /letters and digits/);
    assert.match(rule('1234567890')!, /letters and digits/);
    assert.equal(rule('密码安全性很重要2026'), null, 'Chinese letters count as letters');
    assert.match(rule('my-WANG-2026x')!, /username/);
    assert.match(rule('Old-passw0rd')!, /differ/);
  });

  it('generates one-time passwords that pass the rules and differ each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    assert.equal(passwords.size, 50);
    for (const password of passwords) assert.equal(passwordProblem(password, { username: 'admin' }), null, password);
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hashed = await hashPassword('Right-passw0rd');
    assert.match(hashed, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(await verifyPassword(hashed, 'Right-passw0rd'), true);
    assert.equal(await verifyPassword(hashed, 'Wrong-passw0rd'), false);
    assert.equal(await verifyPassword('not a hash', 'Right-passw0rd'), false);
  });
});

describe('LoginLimiter', () => {
  it('refuses the account at its 5th failure in the window, until the oldest leaves it', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 }, () => now);
    for (let i = 0; i < 4; i++) limiter.recordFailure('Wang', '10.0.0.1');
    assert.equal(limiter.retryAfterSeconds('wang', '10.0.0.2'), 0, 'four failures: still allowed');
    limiter.recordFailure('wang', '10.0.0.1');
    assert.equal(limiter.retryAfterSeconds('WANG', '10.0.0.2'), 900, 'five: refused, case-insensitively, from any address');
    now += 15 * 60_000 - 1000;
    assert.equal(limiter.retryAfterSeconds('wang', '10.0.0.2'), 1);
    now += 1000;
    assert.equal(limiter.retryAfterSeconds('wang', '10.0.0.2'), 0);
  });

  it('refuses an address after 20 failures across accounts; a success clears only the account', () => {
    const limiter = new LoginLimiter({ perAccount: 5, perAddress: 20, windowMs: 60_000 }, () => 0);
    for (let i = 0; i < 19; i++) limiter.recordFailure(`user${i}`, '10.0.0.9');
    assert.equal(limiter.retryAfterSeconds('someone', '10.0.0.9'), 0);
    limiter.recordFailure('user19', '10.0.0.9');
    assert.ok(limiter.retryAfterSeconds('someone', '10.0.0.9') > 0);
    assert.equal(limiter.retryAfterSeconds('someone', '10.0.0.10'), 0);
    for (let i = 0; i < 5; i++) limiter.recordFailure('li', '10.0.0.11');
    limiter.recordSuccess('li');
    assert.equal(limiter.retryAfterSeconds('li', '10.0.0.12'), 0);
  });
});
