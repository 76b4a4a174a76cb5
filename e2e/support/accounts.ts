import type { Page } from 'playwright-core';
import type { ServerProcess } from './server-process';

export type Role = 'admin' | 'staff' | 'auditor' | 'deputy';
export interface Account {
  username: string;
  password: string;
}

/** The password each e2e account ends up with (after the forced change of its one-time password). */
export const passwordOf = (role: Role) => PASSWORDS[role];
// Letters and digits, none containing a username (the password rules).
const PASSWORDS: Record<Role, string> = { admin: 'Qx7-chairs-blue', staff: 'Qx7-lamps-green', auditor: 'Qx7-desks-red', deputy: 'Qx7-doors-gold' };

/** The first administrator and the one-time password the server printed on its first start. */
export async function printedAdmin(server: ServerProcess, timeoutMs = 10_000): Promise<Account> {
  const pattern = /username: (\S+)\s+一次性密码 \/ one-time password: (\S+)/;
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    const match = pattern.exec(server.output());
    if (match) return { username: match[1]!, password: match[2]! };
  }
  throw new Error(`no one-time admin password printed:\n${server.output().slice(-2000)}`);
}

/** A signed-in API session from Node: its cookie and CSRF token. */
class ApiSession {
  private constructor(
    private readonly baseUrl: string,
    private cookie: string,
    private csrf: string,
  ) {}

  static async signIn(baseUrl: string, account: Account): Promise<ApiSession> {
    const response = await fetch(new URL('api/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${account.username}: ${response.status} ${await response.text()}`);
    return new ApiSession(baseUrl, cookieOf(response), ((await response.json()) as { csrfToken: string }).csrfToken);
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const response = await this.post('api/auth/password', { currentPassword, newPassword });
    this.cookie = cookieOf(response);
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  async mutation<T>(procedure: string, input: unknown): Promise<T> {
    const response = await this.post(`trpc/${procedure}`, input);
    return ((await response.json()) as { result: { data: T } }).result.data;
  }

  async query<T>(procedure: string): Promise<T> {
    const response = await fetch(new URL(`trpc/${procedure}`, this.baseUrl), { headers: { cookie: this.cookie } });
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { result: { data: T } }).result.data;
  }

  private async post(path: string, body: unknown): Promise<Response> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response;
  }
}

function cookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('bw_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * The accounts of a journey, made as an administrator would: the first admin signs in with the
 * printed one-time password and changes it, then creates one user per role for the demo city; each
 * user changes their one-time password. Returns every account with its final password.
 */
export async function provisionAccounts(
  server: ServerProcess,
  roles: readonly Exclude<Role, 'admin'>[] = ['staff', 'auditor', 'deputy'],
  options: { adminPasswordChanged?: boolean } = {},
): Promise<Record<Role, Account>> {
  const first = await printedAdmin(server);
  let admin: ApiSession;
  if (options.adminPasswordChanged) {
    admin = await ApiSession.signIn(server.url, { username: first.username, password: passwordOf('admin') });
  } else {
    admin = await ApiSession.signIn(server.url, first);
    await admin.changePassword(first.password, passwordOf('admin'));
  }
  const { defaultRegionCode } = await admin.query<{ defaultRegionCode: string }>('reference.summary');
  const accounts = { admin: { username: first.username, password: passwordOf('admin') } } as Record<Role, Account>;
  for (const role of roles) {
    const username = `e2e.${role}`;
    const created = await admin.mutation<{ oneTimePassword: string }>('admin.users.create', {
      username,
      displayName: { staff: '张工作人员', auditor: '李审计', deputy: '王代表' }[role],
      role,
      regionCode: defaultRegionCode,
    });
    const session = await ApiSession.signIn(server.url, { username, password: created.oneTimePassword });
    await session.changePassword(created.oneTimePassword, passwordOf(role));
    accounts[role] = { username, password: passwordOf(role) };
  }
  return accounts;
}

/** Signs in through the login page, as a user would, and waits to leave it. */
export async function signInPage(page: Page, baseUrl: string, account: Account, path = ''): Promise<void> {
  await page.goto(new URL(path, baseUrl).toString());
  await page.getByTestId('login-username').waitFor();
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && !url.pathname.startsWith('/password'));
}

/** Signs out with the header's 退出登录 and waits for the login page. */
export async function signOutPage(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}
