import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  RedirectCommand,
  Router,
  provideRouter,
  type ActivatedRouteSnapshot,
  type Params,
  type RouterStateSnapshot,
} from '@angular/router';
import { routes } from '../app.routes';
import { ReferenceData } from '../shared/state/reference-data';
import { AuthSession } from './auth-session';
import { sectionAccessGuard } from './section-access.guard';
import { fakeAuthSession } from './testing/fake-auth-session';
import { testUser } from './testing/test-user';
import type { User } from './user';

describe('sectionAccessGuard', () => {
  function setUp(user: User | null) {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: AuthSession, useValue: fakeAuthSession(user) },
      ],
    });
  }

  /** Runs the guard for the section at `path` opened as `url`; the redirect's URL, or true. */
  async function check(path: string, url: string, queryParams: Params = {}): Promise<string | boolean> {
    const route = { routeConfig: { path }, queryParams } as unknown as ActivatedRouteSnapshot;
    const result = await TestBed.runInInjectionContext(() => sectionAccessGuard(route, { url } as RouterStateSnapshot));
    if (result instanceof RedirectCommand) {
      expect(result.navigationBehaviorOptions?.replaceUrl).toBeTrue();
      return TestBed.inject(Router).serializeUrl(result.redirectTo);
    }
    return result as boolean;
  }

  it('sends a visitor without a session to the sign-in, with the page to come back to', async () => {
    setUp(null);
    expect(await check('alerts', '/alerts?region=390100&year=2026')).toBe(
      '/login?returnUrl=%2Falerts%3Fregion%3D390100%26year%3D2026',
    );
  });

  it('sends a user who must change the password to the password page first', async () => {
    setUp(testUser('staff', { mustChangePassword: true }));
    expect(await check('overview', '/overview')).toBe('/password?returnUrl=%2Foverview');
  });

  it('turns a role away from a section it may not open, to its first section, keeping region and year', async () => {
    setUp(testUser('deputy'));
    expect(await check('execution', '/execution?region=390102&year=2026', { region: '390102', year: '2026' })).toBe(
      '/overview?region=390102&year=2026',
    );
    expect(await check('alerts', '/alerts')).toBe('/overview');
    expect(await check('ingest', '/ingest')).toBe('/overview');
  });

  it('keeps auditors out of 数据接入 only', async () => {
    setUp(testUser('auditor'));
    expect(await check('ingest', '/ingest')).toBe('/overview');
    expect(await check('alerts', '/alerts')).toBeTrue();
    expect(await check('execution', '/execution')).toBeTrue();
  });

  it('lets a role into the sections it may open', async () => {
    setUp(testUser('deputy'));
    expect(await check('overview', '/overview')).toBeTrue();
    expect(await check('review', '/review')).toBeTrue();
  });
});

@Component({ selector: 'bw-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('the section routes', () => {
  it('settle access before the region and year defaults fetch anything', async () => {
    const load = jasmine.createSpy('load').and.resolveTo(null);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter(routes.map((route) => (route.path === 'login' ? { path: 'login', component: Blank } : route))),
        { provide: AuthSession, useValue: fakeAuthSession(null) },
        { provide: ReferenceData, useValue: { load } },
      ],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/debt');
    expect(router.url).toBe('/login?returnUrl=%2Fdebt');
    expect(load).not.toHaveBeenCalled();
  });
});
