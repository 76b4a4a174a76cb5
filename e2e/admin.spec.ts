import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { provisionAccounts, signInPage, signOutPage, type Account, type Role } from './support/accounts';
import { openBrowser, screenshot } from './support/browser';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let accounts: Record<Role, Account>;

/** The account the administrator creates through the page, and the password its user then chooses. */
const NEW_USER = 'e2e.newuser';
const NEW_PASSWORD = 'Qx7-books-teal';
let oneTimePassword: string;

const text = async (testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();
const userRow = (username: string) => page.locator(`[data-testid="user-row"][data-username="${username}"]`);
const auditRow = (action: string, target: string) =>
  page.locator(`[data-testid="audit-row"][data-action="${action}"][data-target="${target}"]`);

/** Confirms the open nz-popconfirm (its buttons live in an overlay that takes no test id). */
async function confirmPopover(): Promise<void> {
  await page.locator('.admin-confirm .ant-popover-buttons .ant-btn-primary').click();
}

async function openAuditLog(): Promise<void> {
  await page.getByTestId('tab-audit').click();
  await page.getByTestId('audit-total').waitFor();
}

describe('admin journey: an administrator creates an account, follows it in the audit log and deactivates it', () => {
  before(async () => {
    server = await startServer({
      dataDir: await freshDataDir(),
      env: { DEMO_PAYMENTS_PER_YEAR: '2000', INBOX_POLL_SECONDS: '0' },
    });
    browser = await openBrowser();
    page = await browser.newPage();
    accounts = await provisionAccounts(server, ['staff']);
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens 系统管理 from the administrator’s menu, with the accounts of their region', async () => {
    await signInPage(page, server.url, accounts.admin);
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-page').waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin');
    await userRow(accounts.staff.username).waitFor();
    assert.equal(await userRow(accounts.admin.username).getByTestId('user-region-cell').innerText(), '全国');
    assert.equal(await userRow(accounts.staff.username).getByTestId('user-role-cell').innerText(), '财经委工作人员');
    assert.equal(await userRow(accounts.staff.username).getByTestId('user-status').innerText(), '正常');
    // Nobody deactivates themselves.
    assert.equal(await page.getByTestId(`user-deactivate-${accounts.admin.username}`).isDisabled(), true);
    await screenshot(page, 'admin-users-zh');
  });

  it('creates an auditor through the form and shows the one-time password once', async () => {
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-user-username').fill(NEW_USER);
    await page.getByTestId('new-user-name').fill('赵审计');
    await page.getByTestId('new-user-role-auditor').click();
    await page.locator('[data-testid="new-user-role-auditor"].ant-radio-button-wrapper-checked').waitFor();
    // The region defaults to the one in scope (the demo city).
    assert.match(await page.getByTestId('new-user-region').innerText(), /临江市/);
    await page.waitForTimeout(400); // ant's 0.3 s colour transition of the radio buttons, for the picture
    await screenshot(page, 'admin-new-user-zh', { fullPage: false });
    await page.getByTestId('new-user-submit').click();
    await page.getByTestId('otp-password').waitFor();
    oneTimePassword = (await page.getByTestId('otp-password').innerText()).trim();
    assert.match(oneTimePassword, /^\S{12,}$/);
    assert.match(await text('otp-warning'), /只显示这一次/);
    await screenshot(page, 'admin-password-zh', { fullPage: false });

    await page.getByTestId('otp-close').click();
    await page.getByTestId('otp-password').waitFor({ state: 'detached' });
    assert.equal(await page.getByText(oneTimePassword).count(), 0, 'the password is gone from the page');
    await userRow(NEW_USER).waitFor();
    assert.equal(await userRow(NEW_USER).getByTestId('user-role-cell').innerText(), '审计人员');
    assert.equal(await userRow(NEW_USER).getByTestId('user-status').innerText(), '须改密');
  });

  it('lets the new auditor in with it only to choose a password, and shows them no 系统管理', async () => {
    await signOutPage(page);
    await page.getByTestId('login-username').fill(NEW_USER);
    await page.getByTestId('login-password').fill(oneTimePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-forced').waitFor();
    await page.getByTestId('password-current').fill(oneTimePassword);
    await page.getByTestId('password-new').fill(NEW_PASSWORD);
    await page.getByTestId('password-repeat').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('overview-page').waitFor();
    assert.equal(await text('user-name'), '赵审计');
    assert.equal(await text('user-role'), '审计人员');
    assert.equal(await page.getByTestId('nav-admin').count(), 0);
    await signOutPage(page);
  });

  it('shows the administrator the account’s creation and its first sign-in in the audit log', async () => {
    await signInPage(page, server.url, accounts.admin, 'admin');
    await page.getByTestId('admin-page').waitFor();
    await openAuditLog();
    await auditRow('user.create', NEW_USER).waitFor();
    assert.equal(await auditRow('user.create', NEW_USER).getAttribute('data-username'), accounts.admin.username);
    assert.equal(await auditRow('user.create', NEW_USER).getByTestId('audit-action').innerText(), '新增用户');

    await page.getByTestId('audit-filter-username').fill(NEW_USER);
    await page.getByTestId('audit-filter-username').press('Enter');
    await page.getByTestId('audit-filter-reset').waitFor();
    await auditRow('auth.login', NEW_USER).waitFor();
    const rows = page.getByTestId('audit-row');
    const actions = await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-action')));
    // Newest first: signed out after changing the one-time password.
    assert.deepEqual(actions, ['auth.logout', 'auth.password_change', 'auth.login']);
    assert.deepEqual(
      await rows.evaluateAll((nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-username')))]),
      [NEW_USER],
    );
    assert.equal(await auditRow('auth.login', NEW_USER).getByTestId('audit-action').innerText(), '登录成功');
    assert.equal(await text('audit-total'), '共 3 条');
    assert.match(
      (await page.getByTestId('audit-export-csv').getAttribute('href')) ?? '',
      /^\/api\/admin\/audit\.csv\?username=e2e\.newuser$/,
    );
    await screenshot(page, 'admin-audit-zh');
    await page.getByTestId('audit-filter-reset').click();
  });

  it('deactivates the account, after which its user can no longer sign in', async () => {
    await page.getByTestId('tab-users').click();
    await page.getByTestId(`user-deactivate-${NEW_USER}`).click();
    await confirmPopover();
    await page.locator(`[data-testid="user-row"][data-username="${NEW_USER}"][data-status="inactive"]`).waitFor();
    assert.equal(await userRow(NEW_USER).getByTestId('user-status').innerText(), '已停用');
    assert.equal(await text('users-notice'), `已停用 ${NEW_USER}`);

    await signOutPage(page);
    await page.getByTestId('login-username').fill(NEW_USER);
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    assert.match(await text('login-error'), /用户名或密码错误/);
    assert.equal(new URL(page.url()).pathname, '/login');
  });

  it('exports the audit log as CSV with its header and the account’s lines', async () => {
    await signInPage(page, server.url, accounts.admin, 'admin');
    await openAuditLog();
    await auditRow('user.deactivate', NEW_USER).waitFor();
    assert.equal(await page.getByTestId('audit-export-csv').getAttribute('href'), '/api/admin/audit.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-csv').click()]);
    assert.match(download.suggestedFilename(), /^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'starts with the BOM');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,at,username,action,target,details,ip');
    const line = (pattern: RegExp) => lines.find((candidate) => pattern.test(candidate));
    assert.ok(
      line(new RegExp(`^\\d+,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},admin,user\\.create,${NEW_USER},`)),
      'the creation',
    );
    assert.ok(line(new RegExp(`,admin,user\\.deactivate,${NEW_USER},`)), 'the deactivation');
    assert.ok(
      line(new RegExp(`,${NEW_USER},auth\\.login_failed,${NEW_USER},.*inactive`)),
      'the refused sign-in of the deactivated account',
    );
  });

  it('reads in English too', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('tab-audit').getByText('Audit log').waitFor();
    assert.equal(
      await auditRow('user.deactivate', NEW_USER).getByTestId('audit-action').innerText(),
      'User deactivated',
    );
    assert.match(await text('audit-total'), /^\d+ in total$/);
    await screenshot(page, 'admin-audit-en');
    await page.getByTestId('tab-users').click();
    await userRow(NEW_USER).waitFor();
    assert.equal(await userRow(NEW_USER).getByTestId('user-status').innerText(), 'Deactivated');
    await screenshot(page, 'admin-users-en');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('tab-users').getByText('用户').waitFor();
  });

  it('keeps committee staff out: no menu entry, and /admin turns them away', async () => {
    await signOutPage(page);
    await signInPage(page, server.url, accounts.staff);
    await page.getByTestId('nav-overview').waitFor();
    assert.equal(await page.getByTestId('nav-admin').count(), 0);
    await page.goto(new URL('admin', server.url).toString());
    await page.getByTestId('overview-page').waitFor();
    assert.equal(new URL(page.url()).pathname, '/overview');
    assert.equal(await page.getByTestId('admin-page').count(), 0);
    const status = await page.evaluate(async () => (await fetch('/trpc/admin.users.list')).status);
    assert.equal(status, 403);
  });
});
