import type { AuthMessageKey } from './auth-messages.zh-cn';

/** The server's rule for a new password (POST /api/auth/password), checked here first to save a round trip. */
export const MIN_PASSWORD_LENGTH = 10;

export interface PasswordChange {
  username: string;
  currentPassword: string;
  newPassword: string;
  repeatedPassword: string;
}

/** The first problem of each field, if any; the server's answer remains the final word. */
export type PasswordProblems = Partial<Record<'currentPassword' | 'newPassword' | 'repeatedPassword', AuthMessageKey>>;

/**
 * What keeps a password change from being sent. Letters and digits are any script's (\p{L}, \p{Nd}):
 * where the server reads the rule more narrowly, its refusal says so, but a password it accepts is
 * never blocked here.
 */
export function passwordProblems(change: PasswordChange): PasswordProblems {
  const problems: PasswordProblems = {};
  const { username, currentPassword, newPassword, repeatedPassword } = change;
  if (currentPassword === '') problems.currentPassword = 'password.problem.currentRequired';

  if (newPassword.length < MIN_PASSWORD_LENGTH) problems.newPassword = 'password.problem.tooShort';
  else if (!/\p{L}/u.test(newPassword) || !/\p{Nd}/u.test(newPassword))
    problems.newPassword = 'password.problem.lettersAndDigits';
  else if (newPassword === username) problems.newPassword = 'password.problem.sameAsUsername';
  else if (newPassword === currentPassword) problems.newPassword = 'password.problem.sameAsCurrent';

  if (repeatedPassword !== newPassword) problems.repeatedPassword = 'password.problem.mismatch';
  return problems;
}
