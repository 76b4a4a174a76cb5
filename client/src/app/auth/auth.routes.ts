import type { Routes } from '@angular/router';
import { LoginPage } from './login-page';
import { PasswordPage } from './password-page';
import { loginPageGuard, passwordPageGuard } from './sign-in-pages.guards';

/** Drawn without the header and side menu: the shell reads `bare` from the route's data. */
const bare = { bare: true };

/**
 * /login and /password, loaded with their pages (app.routes.ts, loadChildren) so that their guards
 * stay out of the initial bundle too.
 */
export const loginRoutes: Routes = [
  { path: '', title: 'auth.signIn', data: bare, canActivate: [loginPageGuard], component: LoginPage },
];
export const passwordRoutes: Routes = [
  { path: '', title: 'auth.changePassword', data: bare, canActivate: [passwordPageGuard], component: PasswordPage },
];
