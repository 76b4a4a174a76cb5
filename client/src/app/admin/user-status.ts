import type { Lang } from '../shared/i18n/lang';
import type { AdminMessageKey } from './admin-messages.zh-cn';
import { adminText } from './admin-text';
import type { UserAccount } from './admin.types';

/** 正常, 已停用 or 须改密: what an administrator needs to know of an account at a glance. */
export type UserStatus = 'active' | 'inactive' | 'mustChangePassword';

const STATUS_TAGS: Readonly<Record<UserStatus, { labelKey: AdminMessageKey; color: string }>> = {
  active: { labelKey: 'admin.status.active', color: 'green' },
  inactive: { labelKey: 'admin.status.inactive', color: 'default' },
  mustChangePassword: { labelKey: 'admin.status.mustChangePassword', color: 'orange' },
};

/**
 * A deactivated account is 已停用 whatever its password: it cannot sign in at all. An active one
 * still holding a one-time password (new or reset) is 须改密 until its user changes it.
 */
export function userStatus(user: Pick<UserAccount, 'active' | 'mustChangePassword'>): UserStatus {
  if (!user.active) return 'inactive';
  return user.mustChangePassword ? 'mustChangePassword' : 'active';
}

export function userStatusTag(status: UserStatus, lang: Lang): { label: string; color: string } {
  return { label: adminText(lang, STATUS_TAGS[status].labelKey), color: STATUS_TAGS[status].color };
}
