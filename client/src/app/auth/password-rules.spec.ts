import { passwordProblems, type PasswordChange } from './password-rules';

const change = (changes: Partial<PasswordChange>): PasswordChange => {
  const newPassword = changes.newPassword ?? 'budget2026ok';
  return {
    username: 'staff1',
    currentPassword: 'initial-2025',
    newPassword,
    repeatedPassword: newPassword,
    ...changes,
  };
};

describe('passwordProblems', () => {
  it('finds nothing wrong with a long enough password of letters and digits, repeated', () => {
    expect(passwordProblems(change({}))).toEqual({});
  });

  it('wants at least 10 characters: 9 are refused, 10 accepted', () => {
    expect(passwordProblems(change({ newPassword: 'abcdefgh9' })).newPassword).toBe('password.problem.tooShort');
    expect(passwordProblems(change({ newPassword: 'abcdefghi9' })).newPassword).toBeUndefined();
  });

  it('wants both letters and digits', () => {
    expect(passwordProblems(change({ newPassword: '1234567890' })).newPassword).toBe(
      'password.problem.lettersAndDigits',
    );
    expect(passwordProblems(change({ newPassword: 'abcdefghij' })).newPassword).toBe(
      'password.problem.lettersAndDigits',
    );
    expect(passwordProblems(change({ newPassword: '预算监督预算监督预算1' })).newPassword).toBeUndefined();
  });

  it('refuses the username and the current password as the new one', () => {
    expect(passwordProblems(change({ username: 'auditor2026', newPassword: 'auditor2026' })).newPassword).toBe(
      'password.problem.sameAsUsername',
    );
    expect(passwordProblems(change({ currentPassword: 'initial2025x', newPassword: 'initial2025x' })).newPassword).toBe(
      'password.problem.sameAsCurrent',
    );
  });

  it('wants the current password and the same new password twice', () => {
    const problems = passwordProblems(change({ currentPassword: '', repeatedPassword: 'budget2026oK' }));
    expect(problems.currentPassword).toBe('password.problem.currentRequired');
    expect(problems.repeatedPassword).toBe('password.problem.mismatch');
  });
});
