import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiSession } from '../shared/api/api-session';
import { HttpApiError } from '../shared/api/http-api-error';
import { AuthSession } from './auth-session';
import { LOAD_PAGE } from './load-page';
import { jsonResponse, sessionReply, testUser } from './testing/test-user';

describe('AuthSession', () => {
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let loadPage: jasmine.Spy<(url: string) => void>;
  let session: AuthSession;
  let api: ApiSession;

  /** The request of the `index`th fetch call: URL, method, headers and parsed JSON body. */
  const request = (index = 0) => {
    const [url, init] = fetchSpy.calls.argsFor(index);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    return {
      url,
      method: init?.method ?? 'GET',
      headers,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
  };

  /** Every fetch from now on answers `status` with `body` (a fresh Response each time: a body reads once). */
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    fetchSpy.and.callFake(() => Promise.resolve(jsonResponse(status, body, headers)));

  beforeEach(() => {
    fetchSpy = spyOn(window, 'fetch');
    loadPage = jasmine.createSpy('loadPage');
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), { provide: LOAD_PAGE, useValue: loadPage }],
    });
    session = TestBed.inject(AuthSession);
    api = TestBed.inject(ApiSession);
  });

  describe('load', () => {
    it('asks the server who is signed in, once, and keeps the user and the CSRF token', async () => {
      reply(200, sessionReply(testUser('auditor'), 'token-a'));
      expect(await session.load()).toEqual(testUser('auditor'));
      expect(await session.load()).toEqual(testUser('auditor'));
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(request().url).toBe('/api/auth/me');
      expect(request().method).toBe('GET');
      expect(session.user()?.role).toBe('auditor');
      expect(session.csrfToken()).toBe('token-a');
      expect(api.headers()).toEqual({ 'x-csrf-token': 'token-a' });
    });

    it('gives null without a session (401), and does not ask again', async () => {
      reply(401, { messageZh: '请先登录', messageEn: 'Please sign in' });
      expect(await session.load()).toBeNull();
      expect(await session.load()).toBeNull();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(session.user()).toBeNull();
      expect(api.headers()).toEqual({});
    });

    it('gives null when the server cannot be reached, but asks again next time', async () => {
      fetchSpy.and.rejectWith(new TypeError('Failed to fetch'));
      expect(await session.load()).toBeNull();
      reply(200, sessionReply(testUser('staff')));
      expect(await session.load()).toEqual(testUser('staff'));
      expect(fetchSpy).toHaveBeenCalledTimes(2);
    });
  });

  describe('login', () => {
    it('posts the credentials as JSON without a CSRF token and starts the session', async () => {
      reply(200, sessionReply(testUser('deputy'), 'token-b'));
      const user = await session.login('deputy1', 'secret-2026');
      expect(user.role).toBe('deputy');
      expect(request()).toEqual({
        url: '/api/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: { username: 'deputy1', password: 'secret-2026' },
      });
      expect(session.user()).toEqual(testUser('deputy'));
      expect(session.csrfToken()).toBe('token-b');
      expect(await session.load()).toEqual(testUser('deputy'));
      expect(fetchSpy).toHaveBeenCalledTimes(1);
    });

    it('rejects with the server’s bilingual reason and its status, staying signed out', async () => {
      reply(401, { messageZh: '用户名或密码错误', messageEn: 'Wrong username or password' });
      const error = await session.login('deputy1', 'wrong').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HttpApiError);
      expect((error as HttpApiError).status).toBe(401);
      expect((error as HttpApiError).data.messageZh).toBe('用户名或密码错误');
      expect(session.user()).toBeNull();
    });

    it('passes on a refusal for too many attempts (429)', async () => {
      reply(429, { messageZh: '尝试次数过多，请稍后再试', messageEn: 'Too many attempts' }, { 'retry-after': '60' });
      await expectAsync(session.login('deputy1', 'x')).toBeRejectedWith(jasmine.objectContaining({ status: 429 }));
    });

    it('rejects with a TypeError for a reply that is not the server’s (proxy error page)', async () => {
      fetchSpy.and.resolveTo(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
      await expectAsync(session.login('deputy1', 'x')).toBeRejectedWithError(TypeError);
    });
  });

  describe('changePassword', () => {
    it('posts both passwords with the CSRF token and takes the new session', async () => {
      reply(200, sessionReply(testUser('staff', { mustChangePassword: true }), 'token-old'));
      await session.load();
      reply(200, sessionReply(testUser('staff'), 'token-new'));
      const user = await session.changePassword('initial-2025', 'budget2026ok');
      expect(user.mustChangePassword).toBeFalse();
      expect(request(1)).toEqual({
        url: '/api/auth/password',
        method: 'POST',
        headers: { 'x-csrf-token': 'token-old', 'content-type': 'application/json' },
        body: { currentPassword: 'initial-2025', newPassword: 'budget2026ok' },
      });
      expect(session.csrfToken()).toBe('token-new');
      expect(session.user()?.mustChangePassword).toBeFalse();
    });

    it('rejects with the server’s reason (400) and keeps the session as it was', async () => {
      reply(200, sessionReply(testUser('staff'), 'token-old'));
      await session.load();
      reply(400, { messageZh: '当前密码错误', messageEn: 'The current password is wrong' });
      await expectAsync(session.changePassword('wrong', 'budget2026ok')).toBeRejectedWith(
        jasmine.objectContaining({ status: 400 }),
      );
      expect(session.csrfToken()).toBe('token-old');
    });
  });

  describe('logout', () => {
    beforeEach(async () => {
      reply(200, sessionReply(testUser('admin'), 'token-c'));
      await session.load();
    });

    it('ends the session on the server with the CSRF token, then loads the sign-in page afresh', async () => {
      reply(204, null);
      await session.logout();
      expect(request(1)).toEqual({
        url: '/api/auth/logout',
        method: 'POST',
        headers: { 'x-csrf-token': 'token-c' },
        body: undefined,
      });
      expect(session.user()).toBeNull();
      expect(api.headers()).toEqual({});
      expect(loadPage).toHaveBeenCalledOnceWith('/login');
    });

    it('counts a session that had already ended (401) as signed out', async () => {
      reply(401, { messageZh: '请先登录', messageEn: 'Please sign in' });
      await session.logout();
      expect(loadPage).toHaveBeenCalledOnceWith('/login');
    });

    it('stays signed in when the server could not end the session', async () => {
      fetchSpy.and.rejectWith(new TypeError('Failed to fetch'));
      await expectAsync(session.logout()).toBeRejectedWithError(TypeError);
      expect(session.user()?.role).toBe('admin');
      expect(loadPage).not.toHaveBeenCalled();
    });
  });

  describe('when an API answers 401', () => {
    it('forgets the user and goes to the sign-in with the current page to come back to', async () => {
      const router = TestBed.inject(Router);
      spyOnProperty(router, 'url').and.returnValue('/alerts?region=390100&year=2026');
      const navigate = spyOn(router, 'navigate').and.resolveTo(true);
      reply(200, sessionReply(testUser('staff')));
      await session.load();

      api.reportUnauthorized();
      api.reportUnauthorized();
      expect(session.user()).toBeNull();
      expect(api.headers()).toEqual({});
      expect(navigate).toHaveBeenCalledOnceWith(['/login'], {
        queryParams: { returnUrl: '/alerts?region=390100&year=2026' },
      });
      expect(await session.load()).toBeNull();
    });

    it('opens the next page afresh after signing in again, so that nothing of the old session lingers', async () => {
      const router = TestBed.inject(Router);
      spyOn(router, 'navigate').and.resolveTo(true);
      const navigateByUrl = spyOn(router, 'navigateByUrl').and.resolveTo(true);
      reply(200, sessionReply(testUser('staff')));
      await session.load();
      await session.open('/overview');
      expect(navigateByUrl).toHaveBeenCalledOnceWith('/overview');

      api.reportUnauthorized();
      await session.login('auditor1', 'secret-2026');
      await session.open('/alerts');
      expect(loadPage).toHaveBeenCalledOnceWith('/alerts');
      expect(navigateByUrl).toHaveBeenCalledTimes(1);
    });

    it('is ignored while nobody is signed in (the sign-in page itself)', async () => {
      const navigate = spyOn(TestBed.inject(Router), 'navigate');
      reply(401, { messageZh: '请先登录', messageEn: 'Please sign in' });
      await session.load();
      api.reportUnauthorized();
      expect(navigate).not.toHaveBeenCalled();
    });
  });
});
