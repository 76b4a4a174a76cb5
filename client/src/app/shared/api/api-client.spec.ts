import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiClient } from './api-client';
import { ApiSession } from './api-session';

/** A tRPC batch reply: one result per call. */
const batchReply = (status: number, items: unknown[]) =>
  new Response(JSON.stringify(items), { status, headers: { 'content-type': 'application/json' } });
const unauthorizedItem = {
  error: {
    message: '请先登录 / Please sign in',
    code: -32001,
    data: { code: 'UNAUTHORIZED', httpStatus: 401, messageZh: '请先登录', messageEn: 'Please sign in' },
  },
};

describe('ApiClient and the session', () => {
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let api: ApiClient;
  let session: ApiSession;
  let unauthorized: number;

  const headersOf = (index = 0) => new Headers(fetchSpy.calls.argsFor(index)[1]?.headers);

  beforeEach(() => {
    fetchSpy = spyOn(window, 'fetch');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    api = TestBed.inject(ApiClient);
    session = TestBed.inject(ApiSession);
    session.csrfToken.set('token-1');
    unauthorized = 0;
    session.unauthorized.subscribe(() => unauthorized++);
  });

  it('sends the CSRF token with queries (GET)', async () => {
    fetchSpy.and.resolveTo(batchReply(200, [{ result: { data: { deleted: true } } }]));
    await api.ingestFeeds();
    expect(fetchSpy.calls.argsFor(0)[1]?.method).toBe('GET');
    expect(headersOf().get('x-csrf-token')).toBe('token-1');
  });

  it('sends the CSRF token with mutations (POST)', async () => {
    fetchSpy.and.resolveTo(batchReply(200, [{ result: { data: { deleted: true } } }]));
    expect(await api.deleteMappingPreset('oxford spend')).toEqual({ deleted: true });
    expect(fetchSpy.calls.argsFor(0)[1]?.method).toBe('POST');
    expect(headersOf().get('x-csrf-token')).toBe('token-1');
  });

  it('reports a 401 to the session and still rejects the call', async () => {
    fetchSpy.and.resolveTo(batchReply(401, [unauthorizedItem]));
    await expectAsync(api.ingestFeeds()).toBeRejected();
    expect(unauthorized).toBe(1);
  });

  it('does not take a refusal for the role (403) for an expired session', async () => {
    const forbidden = {
      error: {
        ...unauthorizedItem.error,
        data: { ...unauthorizedItem.error.data, code: 'FORBIDDEN', httpStatus: 403 },
      },
    };
    fetchSpy.and.resolveTo(batchReply(403, [forbidden]));
    await expectAsync(api.ingestFeeds()).toBeRejected();
    expect(unauthorized).toBe(0);
  });
});
