import type { AuthMessageKey } from './auth-messages.zh-cn';
import type { Role } from './user';

/** Each role's name (管理员, 财经委工作人员, 审计人员, 人大代表) in the auth dictionaries. */
export const ROLE_LABEL_KEYS = {
  admin: 'role.admin',
  staff: 'role.staff',
  auditor: 'role.auditor',
  deputy: 'role.deputy',
} as const satisfies Record<Role, AuthMessageKey>;
