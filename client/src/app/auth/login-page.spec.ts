import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { GlobalOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { HttpApiError } from '../shared/api/http-api-error';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { waitFor } from '../testing/wait-for';
import { AuthSession } from './auth-session';
import { LoginPage } from './login-page';
import { fakeAuthSession, type FakeAuthSession } from './testing/fake-auth-session';
import { testUser } from './testing/test-user';

describe('LoginPage', () => {
  let session: FakeAuthSession;
  let fixture: ComponentFixture<LoginPage>;
  let element: HTMLElement;

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const submitButton = () => byTestId<HTMLButtonElement>('login-submit')!;

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** What pressing Enter in a field does (after the view has caught up with the typing): the form's implicit submission. */
  async function pressEnter(): Promise<void> {
    await fixture.whenStable();
    element.querySelector('form')!.requestSubmit();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    session = fakeAuthSession(null);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideNzIcons([GlobalOutline]),
        { provide: AuthSession, useValue: session },
      ],
    });
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    localStorage.removeItem(LANG_STORAGE_KEY);
    document.documentElement.lang = 'zh-CN';
  });

  it('renders the form in Chinese, with the language switch, and follows a switch to English', async () => {
    expect(element.textContent).toContain('用户名');
    expect(element.textContent).toContain('密码');
    expect(text('login-submit')).toBe('登录');
    expect(byTestId<HTMLInputElement>('login-password')!.type).toBe('password');
    expect(submitButton().type).toBe('submit');
    expect(byTestId('login-error')).toBeNull();

    byTestId('lang-switch')!.click();
    await fixture.whenStable();
    expect(text('login-submit')).toBe('Sign in');
    expect(element.textContent).toContain('Username');
  });

  it('signs in on Enter and goes back to the page asked for', async () => {
    session.login.and.resolveTo(testUser('auditor'));
    fixture.componentRef.setInput('returnUrl', '/alerts?region=390100&year=2026');
    type('login-username', '  auditor1 ');
    type('login-password', 'secret-2026');
    await pressEnter();
    expect(session.login).toHaveBeenCalledOnceWith('auditor1', 'secret-2026');
    expect(session.open).toHaveBeenCalledOnceWith('/alerts?region=390100&year=2026');
  });

  it('ignores a returnUrl that would leave the app, opening the role’s first section', async () => {
    session.login.and.resolveTo(testUser('deputy'));
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    type('login-username', 'deputy1');
    type('login-password', 'secret-2026');
    submitButton().click();
    await fixture.whenStable();
    expect(session.open).toHaveBeenCalledOnceWith('/overview');
  });

  it('shows the server’s refusal in the current language and clears the password', async () => {
    session.login.and.rejectWith(
      new HttpApiError(401, { messageZh: '用户名或密码错误', messageEn: 'Wrong username or password' }),
    );
    type('login-username', 'deputy1');
    type('login-password', 'wrong');
    await pressEnter();
    expect(text('login-error')).toBe('用户名或密码错误');
    await waitFor(
      fixture,
      () => byTestId<HTMLInputElement>('login-password')!.value === '',
      'the password to be cleared',
    );
    expect(session.open).not.toHaveBeenCalled();

    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(text('login-error')).toBe('Wrong username or password');
  });

  it('says so when the server cannot be reached', async () => {
    session.login.and.rejectWith(new TypeError('Failed to fetch'));
    type('login-username', 'deputy1');
    type('login-password', 'secret-2026');
    await pressEnter();
    expect(text('login-error')).toContain('无法连接服务器');
  });

  it('disables the button while signing in', async () => {
    let finish!: () => void;
    session.login.and.returnValue(new Promise((resolve) => (finish = () => resolve(testUser('staff')))));
    type('login-username', 'staff1');
    type('login-password', 'secret-2026');
    await pressEnter();
    fixture.detectChanges();
    expect(submitButton().disabled).toBeTrue();
    finish();
    await waitFor(fixture, () => !submitButton().disabled, 'the button to be enabled again');
    expect(session.login).toHaveBeenCalledTimes(1);
  });

  it('asks for both fields before calling the server', async () => {
    await pressEnter();
    expect(element.textContent).toContain('请输入用户名');
    expect(element.textContent).toContain('请输入密码');
    type('login-username', 'staff1');
    await pressEnter();
    expect(element.textContent).not.toContain('请输入用户名');
    expect(session.login).not.toHaveBeenCalled();
  });
});
