import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { AuthSession } from '../auth/auth-session';
import { fakeAuthSession } from '../auth/testing/fake-auth-session';
import { testUser } from '../auth/testing/test-user';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import type { RegionYear } from '../shared/state/region-year';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { chooseOption } from '../testing/nz-select';
import { sampleReferenceSummary } from '../testing/overview-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { AdminApi } from './admin-api';
import { AdminPage } from './admin-page';
import { sampleAuditPage, sampleUser, sampleUsers } from './testing/admin-fixtures';

type Api = jasmine.SpyObj<Pick<AdminApi, 'users' | 'createUser' | 'resetPassword' | 'setActive' | 'audit'>>;

describe('AdminPage', () => {
  let api: Api;
  let fixture: ComponentFixture<AdminPage>;
  let element: HTMLElement;

  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const userRows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="user-row"]')];
  const userRow = (username: string) =>
    element.querySelector<HTMLElement>(`[data-testid="user-row"][data-username="${username}"]`);
  const auditRows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="audit-row"]')];
  /** The title of the modal that shows the one-time password. */
  const passwordTitle = () =>
    text(inDocument('otp-password')?.closest('.ant-modal')?.querySelector('.ant-modal-title'));
  const cell = (row: HTMLElement | null, id: string) => text(row?.querySelector(`[data-testid="${id}"]`));

  function type(id: string, value: string): void {
    const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Clicks the OK button of the open popconfirm. */
  async function confirm(): Promise<void> {
    const ok = () => document.querySelector<HTMLButtonElement>('.admin-confirm .ant-popover-buttons .ant-btn-primary');
    await waitFor(fixture, () => ok() !== null, 'the confirmation');
    ok()!.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    api = jasmine.createSpyObj<Api>('AdminApi', ['users', 'createUser', 'resetPassword', 'setActive', 'audit']);
    api.users.and.resolveTo(sampleUsers());
    api.audit.and.resolveTo(sampleAuditPage());
    const reference = {
      summary: signal(sampleReferenceSummary()),
      load: () => Promise.resolve(sampleReferenceSummary()),
    };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: AdminApi, useValue: api },
        {
          provide: AuthSession,
          useValue: fakeAuthSession(testUser('admin', { username: 'admin', regionCode: '000000' })),
        },
        {
          provide: RegionYearSelection,
          useValue: { current: signal<RegionYear>({ regionCode: '390100', fiscalYear: 2026 }) },
        },
        { provide: ReferenceData, useValue: reference },
      ],
    });
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(AdminPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    await waitFor(fixture, () => userRows().length === 4, 'the user rows');
  }

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('lists the users with their role, region and status', async () => {
    await render();
    expect(userRows().map((row) => row.dataset['username'])).toEqual([
      'admin',
      'e2e.staff',
      'e2e.auditor',
      'e2e.deputy',
    ]);
    expect(userRows().map((row) => cell(row, 'user-status'))).toEqual(['正常', '正常', '须改密', '已停用']);
    expect(cell(userRow('admin'), 'user-region-cell')).toBe('全国');
    expect(cell(userRow('e2e.auditor'), 'user-role-cell')).toBe('审计人员');
    expect(cell(userRow('e2e.auditor'), 'user-region-cell')).toBe('城东区 390102');
    expect(text(element.querySelector('[data-testid="users-total"]'))).toBe('共 4 个用户');
    // A deactivated account offers 启用, an active one 停用; nobody may deactivate themselves.
    expect(element.querySelector('[data-testid="user-activate-e2e.deputy"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="user-deactivate-e2e.deputy"]')).toBeNull();
    expect(element.querySelector<HTMLButtonElement>('[data-testid="user-deactivate-admin"]')!.disabled).toBeTrue();
    expect(element.querySelector<HTMLButtonElement>('[data-testid="user-deactivate-e2e.staff"]')!.disabled).toBeFalse();
  });

  it('creates a user and shows the one-time password once, then never again', async () => {
    const created = sampleUser({
      id: 9,
      username: 'e2e.newuser',
      displayName: '新审计',
      role: 'auditor',
      mustChangePassword: true,
    });
    api.createUser.and.resolveTo({ user: created, oneTimePassword: 'Tq4-otp-pass' });
    await render();
    element.querySelector<HTMLButtonElement>('[data-testid="user-create"]')!.click();
    await waitFor(fixture, () => inDocument('new-user-username') !== null, 'the form');
    type('new-user-username', 'e2e.newuser');
    type('new-user-name', '新审计');
    inDocument('new-user-role-auditor')!.click();
    await fixture.whenStable();
    const checked = () =>
      [...document.querySelectorAll('.ant-radio-button-wrapper-checked')].map((label) =>
        label.getAttribute('data-testid'),
      );
    await waitFor(fixture, () => checked().length === 1, 'one role');
    expect(checked()).toEqual(['new-user-role-auditor']);
    inDocument('new-user-submit')!.click();
    await waitFor(fixture, () => inDocument('otp-password') !== null, 'the one-time password');

    expect(api.createUser).toHaveBeenCalledOnceWith({
      username: 'e2e.newuser',
      displayName: '新审计',
      role: 'auditor',
      regionCode: '390100',
    });
    expect(text(inDocument('otp-password'))).toBe('Tq4-otp-pass');
    expect(text(inDocument('otp-warning'))).toContain('此密码只显示这一次');
    expect(passwordTitle()).toBe('已创建用户 e2e.newuser');
    expect(api.users).toHaveBeenCalledTimes(2);

    inDocument('otp-close')!.click();
    await waitFor(fixture, () => !(document.body.textContent ?? '').includes('Tq4-otp-pass'), 'the password to go');
    element.querySelector<HTMLButtonElement>('[data-testid="user-create"]')!.click();
    await waitFor(fixture, () => inDocument('new-user-username') !== null, 'the form again');
    expect(document.querySelector<HTMLInputElement>('[data-testid="new-user-username"]')!.value).toBe('');
    expect(document.body.textContent).not.toContain('Tq4-otp-pass');
    expect(inDocument('otp-password')).toBeNull();
  });

  it('checks the form before sending it and shows the server’s refusal in the current language', async () => {
    api.createUser.and.rejectWith(
      serverError('用户名e2e.staff已存在', 'the username e2e.staff is taken', 'CONFLICT', 409),
    );
    await render();
    element.querySelector<HTMLButtonElement>('[data-testid="user-create"]')!.click();
    await waitFor(fixture, () => inDocument('new-user-submit') !== null, 'the form');
    inDocument('new-user-submit')!.click();
    await waitFor(fixture, () => inDocument('new-user-problems') !== null, 'the problems');
    expect(text(inDocument('new-user-problems'))).toContain('用户名须为3至64个字母');
    expect(api.createUser).not.toHaveBeenCalled();

    type('new-user-username', 'e2e.staff');
    type('new-user-name', '张三');
    inDocument('new-user-submit')!.click();
    await waitFor(fixture, () => inDocument('new-user-error') !== null, 'the refusal');
    expect(text(inDocument('new-user-error'))).toBe('创建用户失败：用户名e2e.staff已存在');
    TestBed.inject(I18n).setLang('en');
    await waitFor(fixture, () => text(inDocument('new-user-error')).startsWith('Could not'), 'the English refusal');
    expect(text(inDocument('new-user-error'))).toBe('Could not create the user: the username e2e.staff is taken');
    expect(inDocument('otp-password')).toBeNull();
    TestBed.inject(I18n).setLang('zh-CN');
  });

  it('resets a password after confirmation and shows the new one-time password', async () => {
    api.resetPassword.and.resolveTo('Zr8-new-pass');
    await render();
    element.querySelector<HTMLButtonElement>('[data-testid="user-reset-e2e.staff"]')!.click();
    await confirm();
    await waitFor(fixture, () => inDocument('otp-password') !== null, 'the new password');
    expect(api.resetPassword).toHaveBeenCalledOnceWith('e2e.staff');
    expect(text(inDocument('otp-password'))).toBe('Zr8-new-pass');
    expect(passwordTitle()).toBe('已重设 e2e.staff 的密码');
  });

  it('deactivates a user after confirmation, and says why when the server refuses', async () => {
    api.setActive.and.resolveTo(sampleUser({ active: false }));
    await render();
    element.querySelector<HTMLButtonElement>('[data-testid="user-deactivate-e2e.staff"]')!.click();
    await confirm();
    await waitFor(fixture, () => element.querySelector('[data-testid="users-notice"]') !== null, 'the notice');
    expect(api.setActive).toHaveBeenCalledOnceWith('e2e.staff', false);
    expect(text(element.querySelector('[data-testid="users-notice"]'))).toBe('已停用 e2e.staff');

    api.setActive.and.rejectWith(serverError('未找到用户e2e.deputy', 'user e2e.deputy not found', 'NOT_FOUND', 404));
    element.querySelector<HTMLButtonElement>('[data-testid="user-activate-e2e.deputy"]')!.click();
    await confirm();
    await waitFor(
      fixture,
      () => element.querySelector('[data-testid="users-notice"]')?.getAttribute('data-type') === 'error',
      'the refusal',
    );
    expect(text(element.querySelector('[data-testid="users-notice"]'))).toBe(
      '启用 e2e.deputy 失败：未找到用户e2e.deputy',
    );
  });

  it('shows the audit log with labelled actions, details and the export of the same filters', async () => {
    await render();
    element.querySelector<HTMLElement>('[data-testid="tab-audit"]')!.click();
    await waitFor(fixture, () => auditRows().length === 3, 'the audit rows');
    expect(api.audit).toHaveBeenCalledWith({ page: 1, pageSize: 20 }, jasmine.any(AbortSignal));
    expect(auditRows().map((row) => cell(row, 'audit-action'))).toEqual(['登录失败', '登录成功', '新增用户']);
    const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => text(td));
    expect(cells(auditRows()[0]!)).toEqual([
      '2026-11-20 14:05:09',
      '—',
      '登录失败',
      'nobody',
      '{"reason":"unknown user"}',
      '127.0.0.1',
    ]);
    expect(cells(auditRows()[2]!)).toEqual([
      '2026-11-20 14:00:00',
      'admin',
      '新增用户',
      'e2e.auditor',
      '{"role":"auditor","regionCode":"390102"}',
      '—',
    ]);
    expect(text(element.querySelector('[data-testid="audit-total"]'))).toBe('共 57 条');
    expect(element.querySelector('[data-testid="audit-export-csv"]')!.getAttribute('href')).toBe(
      '/api/admin/audit.csv',
    );

    await chooseOption(fixture, 'audit-filter-action', '新增用户');
    await waitFor(fixture, () => api.audit.calls.count() === 2, 'the filtered fetch');
    expect(api.audit.calls.mostRecent().args[0]).toEqual({ action: 'user.create', page: 1, pageSize: 20 });
    expect(element.querySelector('[data-testid="audit-export-csv"]')!.getAttribute('href')).toBe(
      '/api/admin/audit.csv?action=user.create',
    );

    const username = element.querySelector<HTMLInputElement>('[data-testid="audit-filter-username"]')!;
    username.value = ' e2e.auditor ';
    username.dispatchEvent(new Event('input'));
    username.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await waitFor(fixture, () => api.audit.calls.count() === 3, 'the fetch by username');
    expect(api.audit.calls.mostRecent().args[0]).toEqual({
      action: 'user.create',
      username: 'e2e.auditor',
      page: 1,
      pageSize: 20,
    });
    expect(element.querySelector('[data-testid="audit-export-csv"]')!.getAttribute('href')).toBe(
      '/api/admin/audit.csv?action=user.create&username=e2e.auditor',
    );

    const from = element.querySelector<HTMLInputElement>('[data-testid="audit-filter-from"]')!;
    from.value = '2026-11-20';
    from.dispatchEvent(new Event('input'));
    await waitFor(fixture, () => api.audit.calls.count() === 4, 'the fetch from a day');
    expect(api.audit.calls.mostRecent().args[0]).toEqual({
      action: 'user.create',
      username: 'e2e.auditor',
      from: '2026-11-20',
      page: 1,
      pageSize: 20,
    });
    expect(element.querySelector<HTMLInputElement>('[data-testid="audit-filter-to"]')!.min).toBe('2026-11-20');

    element.querySelector<HTMLButtonElement>('[data-testid="audit-filter-reset"]')!.click();
    await waitFor(fixture, () => api.audit.calls.count() === 5, 'the unfiltered fetch');
    expect(api.audit.calls.mostRecent().args[0]).toEqual({ page: 1, pageSize: 20 });
    expect(element.querySelector<HTMLInputElement>('[data-testid="audit-filter-username"]')!.value).toBe('');
  });

  it('follows the language switch on the audit log', async () => {
    await render();
    element.querySelector<HTMLElement>('[data-testid="tab-audit"]')!.click();
    await waitFor(fixture, () => auditRows().length === 3, 'the audit rows');
    TestBed.inject(I18n).setLang('en');
    await waitFor(fixture, () => cell(auditRows()[1]!, 'audit-action') === 'Signed in', 'the English labels');
    expect(text(element.querySelector('[data-testid="audit-total"]'))).toBe('57 in total');
    TestBed.inject(I18n).setLang('zh-CN');
  });

  it('says why the users cannot be shown and retries on demand', async () => {
    api.users.and.rejectWith(
      serverError('您的角色无权访问此功能', 'Your role may not use this function', 'FORBIDDEN', 403),
    );
    fixture = TestBed.createComponent(AdminPage);
    element = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => element.querySelector('[data-testid="users-error"]') !== null, 'the error');
    expect(text(element.querySelector('[data-testid="users-error"]'))).toContain('您的角色无权访问此功能');
    api.users.and.resolveTo(sampleUsers());
    element.querySelector<HTMLButtonElement>('[data-testid="users-error"] button')!.click();
    await waitFor(fixture, () => userRows().length === 4, 'the rows after a retry');
  });
});
