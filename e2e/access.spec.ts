import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { passwordOf, printedAdmin, provisionAccounts, signInPage, signOutPage, type Account, type Role } from './support/accounts';
import { openBrowser, screenshot } from './support/browser';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let accounts: Record<Role, Account>;

const SECTIONS = ['overview', 'execution', 'revenue', 'debt', 'state-assets', 'social-funds', 'alerts', 'review', 'ingest', 'admin'] as const;
/** The side menu each role sees (issue 6: deputies the aggregates and the review; auditors no ingest; 系统管理 for admins). */
const MENU: Record<Role, readonly string[]> = {
  admin: SECTIONS,
  staff: SECTIONS.filter((s) => s !== 'admin'),
  auditor: SECTIONS.filter((s) => s !== 'ingest' && s !== 'admin'),
  deputy: ['overview', 'revenue', 'debt', 'state-assets', 'social-funds', 'review'],
};

async function menu(): Promise<string[]> {
  await page.getByTestId('nav-overview').waitFor();
  const shown: string[] = [];
  for (const section of SECTIONS) if ((await page.getByTestId(`nav-${section}`).count()) > 0) shown.push(section);
  return shown;
}

describe('access journey: the first administrator, then each role signs in and sees what the role may', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir(), env: { DEMO_PAYMENTS_PER_YEAR: '2000', INBOX_POLL_SECONDS: '0' } });
    browser = await openBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('sends a visitor without a session to the sign-in page, and refuses a wrong password in both languages', async () => {
    await page.goto(new URL('alerts', server.url).toString());
    await page.getByTestId('login-page').waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.match(new URL(page.url()).searchParams.get('returnUrl') ?? '', /^\/alerts/);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('Not-the-passw0rd');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    assert.match(await page.getByTestId('login-error').innerText(), /用户名或密码错误/);
    await screenshot(page, 'access-login-error-zh');
  });

  it('lets the first administrator in with the printed one-time password only to change it, then to the page asked for', async () => {
    const first = await printedAdmin(server);
    await page.getByTestId('login-username').fill(first.username);
    await page.getByTestId('login-password').fill(first.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-forced').waitFor();
    assert.equal(new URL(page.url()).pathname, '/password');
    await screenshot(page, 'access-password-forced-zh');
    await page.getByTestId('password-current').fill(first.password);
    await page.getByTestId('password-new').fill(passwordOf('admin'));
    await page.getByTestId('password-repeat').fill(passwordOf('admin'));
    await page.getByTestId('password-submit').click();
    await page.getByTestId('alerts-page').waitFor();
    assert.equal(await page.getByTestId('user-name').innerText(), '系统管理员');
    assert.deepEqual(await menu(), MENU.admin);
  });

  it('shows each role its own menu and turns it away from the sections it may not open', async () => {
    accounts = await provisionAccounts(server, ['staff', 'auditor', 'deputy'], { adminPasswordChanged: true });
    for (const role of ['staff', 'auditor', 'deputy'] as const) {
      await signOutPage(page);
      await signInPage(page, server.url, accounts[role]);
      assert.deepEqual(await menu(), MENU[role], role);
      assert.match(await page.getByTestId('user-role').innerText(), { staff: /财经委工作人员/, auditor: /审计人员/, deputy: /人大代表/ }[role]);
      await screenshot(page, `access-menu-${role}-zh`);
    }
    // The deputy, signed in now, asks for the alerts by URL: the first section opens instead.
    await page.goto(new URL('alerts', server.url).toString());
    await page.getByTestId('overview-page').waitFor();
    assert.equal(new URL(page.url()).pathname, '/overview');
    assert.equal(await page.getByTestId('alerts-page').count(), 0);
  });

  it('answers the API by role too: a deputy cannot fetch alerts, an auditor cannot upload', async () => {
    const status = await page.evaluate(async () => (await fetch('/trpc/alerts.list?input=%7B%7D')).status);
    assert.equal(status, 403);
    await signOutPage(page);
    await signInPage(page, server.url, accounts.auditor);
    const upload = await page.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      // (No named helper functions in here: the page has no bundler helpers.)
      const url = '/api/ingest/upload?feed=agencies&fileName=a.csv';
      const withoutToken = await fetch(url, { method: 'POST', body: 'x', headers: { 'content-type': 'application/octet-stream' } });
      const withToken = await fetch(url, { method: 'POST', body: 'x', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrfToken } });
      return { withoutToken: withoutToken.status, withToken: withToken.status, message: ((await withToken.json()) as { messageZh: string }).messageZh };
    });
    assert.deepEqual(upload, { withoutToken: 403, withToken: 403, message: '您的角色无权访问此功能' });
  });

  it('signs out for good: the session cookie no longer opens anything', async () => {
    await signOutPage(page);
    const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    assert.equal(status, 401);
    await page.goto(new URL('overview', server.url).toString());
    await page.getByTestId('login-page').waitFor();
  });
});
