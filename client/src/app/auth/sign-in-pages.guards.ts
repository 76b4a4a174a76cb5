import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import { AuthSession } from './auth-session';
import { landingUrl } from './return-url';
import { RETURN_URL_PARAM } from './return-url-param';

/** The sign-in page is for the signed out: a signed-in user goes where signing in would take them. */
export const loginPageGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(AuthSession).load();
  if (user === null) return true;
  return new RedirectCommand(router.parseUrl(landingUrl(user, route.queryParamMap.get(RETURN_URL_PARAM))), {
    replaceUrl: true,
  });
};

/** The password page needs a session (the current password is checked against it). */
export const passwordPageGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthSession).load();
  if (user !== null) return true;
  return new RedirectCommand(router.createUrlTree(['/login'], { queryParams: { [RETURN_URL_PARAM]: state.url } }), {
    replaceUrl: true,
  });
};
