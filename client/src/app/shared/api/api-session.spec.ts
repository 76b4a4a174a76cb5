import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiSession } from './api-session';

describe('ApiSession', () => {
  let session: ApiSession;
  let unauthorized: number;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    session = TestBed.inject(ApiSession);
    unauthorized = 0;
    session.unauthorized.subscribe(() => unauthorized++);
  });

  it('sends the CSRF token as x-csrf-token once there is one', () => {
    expect(session.headers()).toEqual({});
    session.csrfToken.set('token-1');
    expect(session.headers()).toEqual({ 'x-csrf-token': 'token-1' });
  });

  it('reports a 401 from its fetch and hands every response on', async () => {
    const denied = new Response('{}', { status: 401 });
    const refused = new Response('{}', { status: 403 });
    spyOn(window, 'fetch').and.returnValues(Promise.resolve(denied), Promise.resolve(refused));
    expect(await session.fetch('/trpc/x')).toBe(denied);
    expect(unauthorized).toBe(1);
    expect(await session.fetch('/trpc/y', { method: 'POST' })).toBe(refused);
    expect(unauthorized).toBe(1);
  });
});
