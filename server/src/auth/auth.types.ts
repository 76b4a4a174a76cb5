// Plain types of the sign-in services: no Node or database imports, so the client may import the
// router's types without type-checking server code.
import type { Actor, SessionUser } from './roles';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export type LoginResult =
  | { ok: true; user: SessionUser; session: NewSession }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number };

export type PasswordChangeResult = { ok: true; user: SessionUser; session: NewSession } | { ok: false; reason: { zh: string; en: string } };

/** Sign-in, sessions and password changes, with their audit lines. Built once per server. */
export interface AuthServices {
  login(username: string, password: string, client: ClientInfo): Promise<LoginResult>;
  /** The user of a live session token, or null. */
  sessionUser(token: string): Promise<SessionUser | null>;
  logout(token: string, user: SessionUser | null, client: ClientInfo): Promise<void>;
  changePassword(user: SessionUser, current: string, next: string, client: ClientInfo): Promise<PasswordChangeResult>;
}

export interface AuditEntry {
  actor: Actor | null;
  /** Dotted verb, e.g. `auth.login`, `auth.login_failed`, `alerts.export`, `user.create`. */
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** What masking of personal data needs of an alert (summary or detail). */
export interface MaskableAlert {
  id: string;
  explanationZh: string;
  explanationEn: string;
  evidence?: Record<string, unknown>;
}
