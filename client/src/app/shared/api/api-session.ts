import { Injectable, signal } from '@angular/core';
import { Subject } from 'rxjs';

/** The header the server requires on every state-changing request but the sign-in itself. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * What every API call shares with the session: the CSRF token it sends, and the one place told
 * when the server answers 401 (no session, or it expired). The auth feature sets the token and
 * listens; the API clients only read and report, so shared/ never depends on a feature.
 */
@Injectable({ providedIn: 'root' })
export class ApiSession {
  /** From GET /api/auth/me, the sign-in or a password change; null while signed out. */
  readonly csrfToken = signal<string | null>(null);
  private readonly unauthorizedReplies = new Subject<void>();

  /** Emits for each 401 an API call received. */
  readonly unauthorized = this.unauthorizedReplies.asObservable();

  /** The headers for a request: the CSRF token when there is one (harmless on GETs). */
  headers(): Record<string, string> {
    const token = this.csrfToken();
    return token === null ? {} : { [CSRF_HEADER]: token };
  }

  reportUnauthorized(): void {
    this.unauthorizedReplies.next();
  }

  /** `fetch` for the tRPC links: reports a 401 whatever the body, then hands the response on. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    if (response.status === 401) this.reportUnauthorized();
    return response;
  };
}
