import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateChildFn, type Params } from '@angular/router';
import { findSection, firstSectionFor } from '../sections';
import { AuthSession } from './auth-session';
import { RETURN_URL_PARAM } from './return-url-param';

/**
 * Guards every section page (canActivateChild of their common parent, so that it has settled
 * before the pages' own guards fetch anything): without a session to the sign-in, with a password
 * still to change to the password page, both with this URL to come back to; a section the role
 * may not open gives way to the role's first section, keeping the region and year.
 */
export const sectionAccessGuard: CanActivateChildFn = async (childRoute, state) => {
  const router = inject(Router);
  const user = await inject(AuthSession).load();
  const redirect = (commands: string[], queryParams: Params) =>
    new RedirectCommand(router.createUrlTree(commands, { queryParams }), { replaceUrl: true });

  if (user === null) return redirect(['/login'], { [RETURN_URL_PARAM]: state.url });
  if (user.mustChangePassword) return redirect(['/password'], { [RETURN_URL_PARAM]: state.url });
  const section = findSection(childRoute.routeConfig?.path ?? '');
  if (section !== undefined && !section.roles.includes(user.role)) {
    return redirect(['/', firstSectionFor(user.role).path], childRoute.queryParams);
  }
  return true;
};
