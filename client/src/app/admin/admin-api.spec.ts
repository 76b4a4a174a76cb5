import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TRPCClientError } from '@trpc/client';
import { ApiSession } from '../shared/api/api-session';
import { AdminApi } from './admin-api';
import { sampleUser } from './testing/admin-fixtures';

/** A tRPC batch reply of one call. */
const reply = (status: number, item: unknown) =>
  new Response(JSON.stringify([item]), { status, headers: { 'content-type': 'application/json' } });
const user = sampleUser({ username: 'e2e.newuser', displayName: '新审计', role: 'auditor', mustChangePassword: true });

describe('AdminApi', () => {
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let api: AdminApi;

  const call = (index = 0) => {
    const [input, init] = fetchSpy.calls.argsFor(index);
    const url = new URL(input instanceof Request ? input.url : input.toString(), 'http://host');
    return {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
  };
  const queryInput = (index = 0) =>
    JSON.parse(call(index).url.searchParams.get('input') ?? 'null') as Record<string, unknown>;

  beforeEach(() => {
    fetchSpy = spyOn(window, 'fetch');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    TestBed.inject(ApiSession).csrfToken.set('token-1');
    api = TestBed.inject(AdminApi);
  });

  it('lists the users with a query of admin.users.list', async () => {
    fetchSpy.and.resolveTo(reply(200, { result: { data: [user] } }));
    expect(await api.users()).toEqual([user]);
    expect(call().url.pathname).toBe('/trpc/admin.users.list');
    expect(call().method).toBe('GET');
  });

  it('creates a user with a mutation that carries the CSRF token, and hands back the one-time password', async () => {
    fetchSpy.and.resolveTo(reply(200, { result: { data: { user, oneTimePassword: 'Tq4-otp-pass' } } }));
    const created = await api.createUser({
      username: 'e2e.newuser',
      displayName: '新审计',
      role: 'auditor',
      regionCode: '390100',
    });
    expect(created.oneTimePassword).toBe('Tq4-otp-pass');
    expect(call().url.pathname).toBe('/trpc/admin.users.create');
    expect(call().method).toBe('POST');
    expect(call().headers.get('x-csrf-token')).toBe('token-1');
    expect(call().body).toEqual({
      0: { username: 'e2e.newuser', displayName: '新审计', role: 'auditor', regionCode: '390100' },
    });
  });

  it('resets a password by username and gives the new one-time password alone', async () => {
    fetchSpy.and.resolveTo(reply(200, { result: { data: { oneTimePassword: 'Zr8-new-pass' } } }));
    expect(await api.resetPassword('e2e.newuser')).toBe('Zr8-new-pass');
    expect(call().url.pathname).toBe('/trpc/admin.users.resetPassword');
    expect(call().body).toEqual({ 0: { username: 'e2e.newuser' } });
  });

  it('deactivates a user with admin.users.setActive', async () => {
    fetchSpy.and.resolveTo(reply(200, { result: { data: { ...user, active: false } } }));
    expect((await api.setActive('e2e.newuser', false)).active).toBeFalse();
    expect(call().url.pathname).toBe('/trpc/admin.users.setActive');
    expect(call().body).toEqual({ 0: { username: 'e2e.newuser', active: false } });
  });

  it('pages the audit log with the filters as given', async () => {
    fetchSpy.and.resolveTo(reply(200, { result: { data: { total: 0, items: [] } } }));
    expect(await api.audit({ action: 'auth.login', page: 2, pageSize: 50 })).toEqual({ total: 0, items: [] });
    expect(call().url.pathname).toBe('/trpc/admin.audit.list');
    expect(queryInput()).toEqual({ 0: { action: 'auth.login', page: 2, pageSize: 50 } });
  });

  it('rejects with the server’s bilingual refusal, e.g. a username already taken', async () => {
    fetchSpy.and.resolveTo(
      reply(409, {
        error: {
          message: 'taken',
          code: -32009,
          data: {
            code: 'CONFLICT',
            httpStatus: 409,
            messageZh: '用户名e2e.newuser已存在',
            messageEn: 'the username e2e.newuser is taken',
          },
        },
      }),
    );
    const error = await api
      .createUser({ username: 'e2e.newuser', displayName: '新审计', role: 'auditor', regionCode: '390100' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toEqual(
      jasmine.objectContaining({ messageZh: '用户名e2e.newuser已存在' }),
    );
  });
});
