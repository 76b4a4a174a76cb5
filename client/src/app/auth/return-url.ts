import { firstSectionFor } from '../sections';
import { RETURN_URL_PARAM } from './return-url-param';
import type { User } from './user';

const SIGN_IN_PATHS = new Set(['/login', '/password']);
const PROBE_ORIGIN = 'https://budgetwatch.invalid';

/**
 * `value` if it is a path of this app ("/overview?region=390100&year=2026"), else null: a link
 * someone else crafted must not send a user who just signed in to another site ("//evil.example",
 * "/\evil.example", "https://…", "javascript:…"), nor back to the sign-in pages themselves.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  // Browsers read "\" as "/" and drop tabs and line breaks, so "/\evil" or "/\t/evil" would leave the app.
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s\p{Cc}]/u.test(value)) return null;
  const url = new URL(value, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN || SIGN_IN_PATHS.has(url.pathname)) return null;
  return value;
}

/**
 * Where a user goes once signed in: the password page first while they must change it, then the
 * page they had asked for, or the first section their role may open.
 */
export function landingUrl(user: User, returnUrl: string | null | undefined): string {
  const target = safeReturnUrl(returnUrl);
  if (user.mustChangePassword)
    return target === null ? '/password' : `/password?${RETURN_URL_PARAM}=${encodeURIComponent(target)}`;
  return target ?? `/${firstSectionFor(user.role).path}`;
}
