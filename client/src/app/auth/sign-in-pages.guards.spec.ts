import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  RedirectCommand,
  Router,
  convertToParamMap,
  provideRouter,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
} from '@angular/router';
import { AuthSession } from './auth-session';
import { loginPageGuard, passwordPageGuard } from './sign-in-pages.guards';
import { fakeAuthSession } from './testing/fake-auth-session';
import { testUser } from './testing/test-user';
import type { User } from './user';

function setUp(user: User | null) {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      { provide: AuthSession, useValue: fakeAuthSession(user) },
    ],
  });
}

/** The redirect's URL, or true when the page may open. */
function outcome(result: unknown): string | boolean {
  if (result instanceof RedirectCommand) return TestBed.inject(Router).serializeUrl(result.redirectTo);
  return result as boolean;
}

describe('loginPageGuard', () => {
  const run = (query: Record<string, string>) =>
    TestBed.runInInjectionContext(() =>
      loginPageGuard(
        { queryParamMap: convertToParamMap(query) } as ActivatedRouteSnapshot,
        { url: '/login' } as RouterStateSnapshot,
      ),
    );

  it('shows the sign-in to a visitor without a session', async () => {
    setUp(null);
    expect(outcome(await run({}))).toBeTrue();
  });

  it('sends a signed-in user where signing in would take them', async () => {
    setUp(testUser('deputy'));
    expect(outcome(await run({ returnUrl: '/debt?year=2026' }))).toBe('/debt?year=2026');
    expect(outcome(await run({ returnUrl: 'https://evil.example/' }))).toBe('/overview');
  });

  it('sends a user who must change the password to the password page', async () => {
    setUp(testUser('staff', { mustChangePassword: true }));
    expect(outcome(await run({}))).toBe('/password');
  });
});

describe('passwordPageGuard', () => {
  const run = () =>
    TestBed.runInInjectionContext(() =>
      passwordPageGuard({} as ActivatedRouteSnapshot, { url: '/password?returnUrl=%2Fingest' } as RouterStateSnapshot),
    );

  it('needs a session: without one, to the sign-in', async () => {
    setUp(null);
    expect(outcome(await run())).toBe('/login?returnUrl=%2Fpassword%3FreturnUrl%3D%252Fingest');
  });

  it('opens for any signed-in user, forced or not', async () => {
    setUp(testUser('auditor'));
    expect(outcome(await run())).toBeTrue();
  });
});
