import { signal } from '@angular/core';
import type { AuthSession } from '../auth-session';
import type { User } from '../user';

/** An AuthSession stand-in: `user` is who load() finds; the methods are spies. */
export function fakeAuthSession(user: User | null) {
  const current = signal<User | null>(user);
  return {
    user: current,
    load: jasmine.createSpy('load').and.callFake(() => Promise.resolve(current())),
    login: jasmine.createSpy('login'),
    changePassword: jasmine.createSpy('changePassword'),
    logout: jasmine.createSpy('logout').and.resolveTo(),
    open: jasmine.createSpy('open').and.resolveTo(),
  } satisfies Partial<Record<keyof AuthSession, unknown>>;
}

export type FakeAuthSession = ReturnType<typeof fakeAuthSession>;
