import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ApiSession } from '../shared/api/api-session';
import { HttpApiError } from '../shared/api/http-api-error';
import { requestJson } from './request-json';
import { LOAD_PAGE } from './load-page';
import type { SessionReply, User } from './user';

/**
 * The signed-in user and their session's CSRF token. The server keeps the session in an HttpOnly
 * cookie; this service only learns who it belongs to (GET /api/auth/me, once per page load) and
 * starts or ends it. Failures reject with HttpApiError carrying the server's bilingual message
 * (wrong password, too many attempts, a new password that breaks the rules), or a TypeError when
 * the server was not reached: shared/api's apiErrorMessage tells the user either.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly api = inject(ApiSession);
  private readonly router = inject(Router);
  private readonly loadPage = inject(LOAD_PAGE);
  private readonly signedIn = signal<User | null>(null);
  private known: Promise<User | null> | null = null;
  /** Set when a session ended under a page that may still hold the previous user's data. */
  private expired = false;

  readonly user = this.signedIn.asReadonly();
  readonly csrfToken = this.api.csrfToken.asReadonly();

  constructor() {
    this.api.unauthorized.subscribe(() => this.expire());
  }

  /**
   * Resolves with the signed-in user, or null without a session. Asked once per page load; a
   * failure other than 401 (server down) also gives null, but is asked again next time.
   */
  load(): Promise<User | null> {
    this.known ??= requestJson<SessionReply>('/api/auth/me').then(
      (reply) => this.begin(reply),
      (error: unknown) => {
        if (!(error instanceof HttpApiError && error.status === 401)) this.known = null;
        return null;
      },
    );
    return this.known;
  }

  /** Signs in (no CSRF token: there is no session yet); rejects with the server's reason. */
  async login(username: string, password: string): Promise<User> {
    return this.begin(
      await requestJson<SessionReply>('/api/auth/login', { method: 'POST', body: { username, password } }),
    );
  }

  /** Changes the password; the server answers with a new session, no longer bound to change it. */
  async changePassword(currentPassword: string, newPassword: string): Promise<User> {
    const reply = await requestJson<SessionReply>('/api/auth/password', {
      method: 'POST',
      body: { currentPassword, newPassword },
      headers: this.api.headers(),
    });
    return this.begin(reply);
  }

  /**
   * Ends the session on the server, then loads the sign-in page afresh. A 401 means it had already
   * ended; any other failure rejects and leaves the user signed in, as they still are.
   */
  async logout(): Promise<void> {
    try {
      await requestJson<null>('/api/auth/logout', { method: 'POST', headers: this.api.headers() });
    } catch (error) {
      if (!(error instanceof HttpApiError && error.status === 401)) throw error;
    }
    this.forget();
    this.loadPage('/login');
  }

  /**
   * Opens `url` after signing in: within the page, or as a new page when an earlier session of
   * this page expired, so that nothing fetched for it (perhaps another user's region tree) lingers.
   */
  async open(url: string): Promise<void> {
    if (this.expired) this.loadPage(url);
    else await this.router.navigateByUrl(url);
  }

  private begin({ user, csrfToken }: SessionReply): User {
    this.signedIn.set(user);
    this.api.csrfToken.set(csrfToken);
    this.known = Promise.resolve(user);
    return user;
  }

  private forget(): void {
    this.signedIn.set(null);
    this.api.csrfToken.set(null);
    this.known = Promise.resolve(null);
  }

  /** An API answered 401: the session expired or was revoked. Back to the sign-in, then here. */
  private expire(): void {
    if (this.signedIn() === null) return;
    const returnUrl = this.router.url;
    this.forget();
    this.expired = true;
    void this.router.navigate(['/login'], { queryParams: { returnUrl } });
  }
}
