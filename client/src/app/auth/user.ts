/** Who may do what: 管理员, 财经委工作人员, 审计人员, 人大代表 (see sections.ts for what each may open). */
export type Role = 'admin' | 'staff' | 'auditor' | 'deputy';

/** The signed-in user as GET /api/auth/me, login and a password change return them. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The region the user watches; the server answers for it and its sub-regions only. */
  regionCode: string;
  /** Set for a new or reset account: everything but the auth endpoints answers 403 until it is changed. */
  mustChangePassword: boolean;
}

/** What the auth endpoints answer on success: the user and the token of the new session. */
export interface SessionReply {
  user: User;
  csrfToken: string;
}
