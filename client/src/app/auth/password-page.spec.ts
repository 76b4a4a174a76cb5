import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { GlobalOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { HttpApiError } from '../shared/api/http-api-error';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { AuthSession } from './auth-session';
import { PasswordPage } from './password-page';
import { fakeAuthSession, type FakeAuthSession } from './testing/fake-auth-session';
import { testUser } from './testing/test-user';
import type { User } from './user';

describe('PasswordPage', () => {
  let session: FakeAuthSession;
  let fixture: ComponentFixture<PasswordPage>;
  let element: HTMLElement;
  let navigateByUrl: jasmine.Spy;

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function fill(current: string, next: string, repeat = next): Promise<void> {
    type('password-current', current);
    type('password-new', next);
    type('password-repeat', repeat);
    byTestId('password-submit')!.click();
    await fixture.whenStable();
  }

  async function open(user: User): Promise<void> {
    localStorage.removeItem(LANG_STORAGE_KEY);
    session = fakeAuthSession(user);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideNzIcons([GlobalOutline]),
        { provide: AuthSession, useValue: session },
      ],
    });
    navigateByUrl = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(PasswordPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('explains why it is forced, offering to sign out rather than to go back', async () => {
    await open(testUser('staff', { mustChangePassword: true }));
    expect(byTestId('password-forced')).not.toBeNull();
    expect(byTestId('password-back')).toBeNull();
    byTestId('password-sign-out')!.click();
    expect(session.logout).toHaveBeenCalled();
  });

  it('checks the rules before sending anything', async () => {
    await open(testUser('staff', { username: 'staff1' }));
    expect(byTestId('password-forced')).toBeNull();
    await fill('initial-2025', 'short1', 'short2');
    expect(element.textContent).toContain('新密码至少需要 10 个字符');
    expect(element.textContent).toContain('两次输入的新密码不一致');
    expect(session.changePassword).not.toHaveBeenCalled();
  });

  it('changes the password and goes back to the page asked for', async () => {
    await open(testUser('staff', { mustChangePassword: true }));
    session.changePassword.and.resolveTo(testUser('staff'));
    fixture.componentRef.setInput('returnUrl', '/ingest');
    await fill('initial-2025', 'budget2026ok');
    expect(session.changePassword).toHaveBeenCalledOnceWith('initial-2025', 'budget2026ok');
    expect(navigateByUrl).toHaveBeenCalledOnceWith('/ingest');
  });

  it('shows the server’s refusal, which has the final word', async () => {
    await open(testUser('staff'));
    session.changePassword.and.rejectWith(
      new HttpApiError(400, { messageZh: '当前密码错误', messageEn: 'The current password is wrong' }),
    );
    await fill('wrong-2025', 'budget2026ok');
    expect(text('password-error')).toBe('当前密码错误');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('goes back to the role’s first section when not forced', async () => {
    await open(testUser('deputy'));
    byTestId('password-back')!.click();
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledOnceWith('/overview');
  });
});
