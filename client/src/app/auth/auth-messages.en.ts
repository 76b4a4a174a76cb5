import type { AuthMessages } from './auth-messages.zh-cn';

/** English text of the sign-in and password pages and the user menu: the same keys as the Chinese, no more and no fewer. */
export const AUTH_EN_MESSAGES: AuthMessages = {
  'menu.account': 'Signed in as',
  'menu.changePassword': 'Change password',
  'menu.signOut': 'Sign out',
  'role.admin': 'Administrator',
  'role.staff': 'Committee staff',
  'role.auditor': 'Auditor',
  'role.deputy': 'Deputy',

  'login.heading': 'Sign in',
  'login.hint': 'Use the account you were given',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',

  'password.heading': 'Change password',
  'password.forced': 'Your account is new or its password was reset: set a new password to continue.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.rules':
    'At least {length} characters, with both letters and digits; not your username, not the current password.',
  'password.submit': 'Change password',
  'password.back': 'Back',
  'password.signOut': 'Sign out',
  'password.problem.currentRequired': 'Enter your current password',
  'password.problem.tooShort': 'The new password needs at least {length} characters',
  'password.problem.lettersAndDigits': 'The new password needs both letters and digits',
  'password.problem.sameAsUsername': 'The new password must not be your username',
  'password.problem.sameAsCurrent': 'The new password must differ from the current one',
  'password.problem.mismatch': 'The two new passwords differ',
};
