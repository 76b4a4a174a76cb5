import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { fakeAuthSession, type FakeAuthSession } from '../auth/testing/fake-auth-session';
import { testUser } from '../auth/testing/test-user';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { UserMenu } from './user-menu';

describe('UserMenu', () => {
  let session: FakeAuthSession;
  let fixture: ComponentFixture<UserMenu>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(async () => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    session = fakeAuthSession(testUser('deputy', { displayName: '王代表' }));
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), { provide: AuthSession, useValue: session }],
    });
    fixture = TestBed.createComponent(UserMenu);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    localStorage.removeItem(LANG_STORAGE_KEY);
    document.documentElement.lang = 'zh-CN';
  });

  it('shows the user’s name and role in the current language', async () => {
    expect(text('user-name')).toBe('王代表');
    expect(text('user-role')).toBe('人大代表');
    expect(text('sign-out')).toBe('退出登录');
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(text('user-role')).toBe('Deputy');
    expect(text('sign-out')).toBe('Sign out');
  });

  it('signs out', async () => {
    byTestId('sign-out')!.click();
    await fixture.whenStable();
    expect(session.logout).toHaveBeenCalledTimes(1);
  });

  it('says why signing out failed and lets the user try again', async () => {
    session.logout.and.rejectWith(new TypeError('Failed to fetch'));
    byTestId('sign-out')!.click();
    await fixture.whenStable();
    expect(text('sign-out-error')).toContain('无法连接服务器');
    expect((byTestId('sign-out') as HTMLButtonElement).disabled).toBeFalse();
  });

  it('shows nothing while nobody is signed in', async () => {
    session.user.set(null);
    await fixture.whenStable();
    expect(byTestId('user-menu')).toBeNull();
  });
});
